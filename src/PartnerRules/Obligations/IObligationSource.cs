namespace PartnerRules;

/// <summary>A lifecycle that may have a deadline running: what <see cref="Obligations"/> lists.</summary>
internal interface IObligationSource
{
    /// <summary>The id that names the lifecycle in an <see cref="Obligation"/>.</summary>
    string SubjectId { get; }

    /// <summary>The deadline running now, if any.</summary>
    Deadline? Deadline { get; }
}
