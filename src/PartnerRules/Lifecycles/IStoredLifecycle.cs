using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>
/// What the library needs from every snapshot to choose its policy version under a schedule and to name it in a
/// refusal. Internal: the public snapshot records carry the same members as properties.
/// </summary>
internal interface IStoredLifecycle
{
    /// <summary>The version named in the snapshot; null when written before versions existed.</summary>
    string? PolicyVersion { get; }

    /// <summary>When the lifecycle began: its date chooses the version of a snapshot without a usable name.</summary>
    Instant CreatedAt { get; }

    /// <summary>The lifecycle's identifiers as text for refusals (personal accounts masked).</summary>
    string LifecycleName { get; }

    /// <summary>The deadline running now under <paramref name="policy"/>, which the caller chose for this snapshot (its own name ignored).</summary>
    /// <exception cref="SnapshotRejectedException">The snapshot fails its checks.</exception>
    Deadline? RunningDeadlineUnder(ProgramPolicy policy);
}
