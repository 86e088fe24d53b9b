using System.Runtime.InteropServices;
using NodaTime;

namespace PartnerRules.Engine;

/// <summary>
/// When one piece of evidence (a PO update, a delivery, a link) counts for a criterion: at the
/// evaluation instant, and on each later local date <c>D</c> (evaluated as at the end of <c>D</c>)
/// from <see cref="From"/> until the day before <see cref="Until"/>.
/// </summary>
/// <remarks>
/// Precomputed in plain C# before the facts are inserted, so a rule only counts. Evidence of one
/// subject shares a <see cref="Key"/> when it should be counted once (links to one partner).
/// </remarks>
[StructLayout(LayoutKind.Auto)]
internal readonly struct EvidenceSpan
{
    public EvidenceSpan(bool countsAtAsOf, LocalDate from, LocalDate until, int key)
    {
        CountsAtAsOf = countsAtAsOf;
        From = from;
        Until = until;
        Key = key;
    }

    /// <summary>Whether it counts at the evaluation instant (it has happened, and is in the window).</summary>
    public bool CountsAtAsOf { get; }

    /// <summary>The first local date on which it counts (the day the fact happens).</summary>
    public LocalDate From { get; }

    /// <summary>The first local date on which it no longer counts; <see cref="LocalDate.MaxIsoValue"/> for never.</summary>
    public LocalDate Until { get; }

    /// <summary>Evidence with one key is counted once.</summary>
    public int Key { get; }

    /// <summary>Whether it counts at the end of local date <paramref name="date"/>.</summary>
    public bool CountsOn(LocalDate date) => From <= date && date < Until;

    /// <summary>Whether it can matter on or after <paramref name="today"/>: evidence that neither counts now nor later is dropped.</summary>
    public bool IsRelevant(LocalDate today) => CountsAtAsOf || today < Until && From < Until;
}
