using System;
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
}
