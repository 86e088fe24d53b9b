using NodaTime;

namespace PartnerRules;

/// <summary>An obligation that runs while a lifecycle is in a state, with its due date.</summary>
/// <param name="Obligation">Stable code of the obligation, such as <c>INVOICE.PAPER_RETURN</c>.</param>
/// <param name="ExpectedFrom">The first local date on which completion is expected (for "2–3 business days": the 2nd).</param>
/// <param name="DueOn">The last local date on which completion is on time.</param>
/// <param name="OverdueFrom">The programme's midnight that ends <paramref name="DueOn"/>: from this instant on, the obligation is overdue.</param>
public sealed record Deadline(string Obligation, LocalDate ExpectedFrom, LocalDate DueOn, Instant OverdueFrom)
{
    /// <summary>True when <paramref name="now"/> is at or after <see cref="OverdueFrom"/>.</summary>
    /// <param name="now">The instant to judge at.</param>
    public bool IsOverdue(Instant now) => now >= OverdueFrom;

    /// <summary>The deadline with ISO dates, whatever the current culture.</summary>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "Deadline {{ Obligation = {0}, ExpectedFrom = {1:uuuu-MM-dd}, DueOn = {2:uuuu-MM-dd}, OverdueFrom = {3:uuuu-MM-ddTHH:mm:ss'Z'} }}",
        Obligation, ExpectedFrom, DueOn, OverdueFrom);
}
