using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// The operators' view of every deadline that is running or late: from lifecycles (or their snapshots) and an instant,
/// one <see cref="Obligation"/> per lifecycle whose current state runs a deadline.
/// </summary>
/// <remarks>Thread-safe (stateless). The lifecycles passed in must not be used on another thread during the call.</remarks>
public static partial class Obligations
{
    /// <summary>
    /// Every running deadline: overdue first, then by due date (then by overdue instant, code and subject id, so the order
    /// is stable).
    /// </summary>
    /// <param name="lifecyclesOrSnapshots">
    /// Any mix of <see cref="OpportunityLifecycle"/>, <see cref="InvoiceReturnLifecycle"/>, <see cref="IncentiveSettlementLifecycle"/>,
    /// <see cref="SpecialistInvitationLifecycle"/> and their snapshots (every <see cref="IObligationSource"/>). A lifecycle's
    /// deadline uses the policy it was created with; a snapshot is checked like <c>Restore</c> and its deadline uses
    /// <paramref name="policy"/>.
    /// </param>
    /// <param name="now">The instant that decides <see cref="Obligation.IsOverdue"/>.</param>
    /// <param name="policy">The policy for snapshots; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <returns>The obligations, sorted; empty when nothing is running.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lifecyclesOrSnapshots"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null (the message names its index), or the policy is invalid.</exception>
    /// <exception cref="SnapshotRejectedException">
    /// A snapshot is inconsistent, or names a policy version other than <paramref name="policy"/>'s (the message names the lifecycle).
    /// </exception>
    /// <exception cref="CalendarDataMissingException">An invoice return's business days fall in a year the calendar has no data for.</exception>
    public static IReadOnlyList<Obligation> Running(IEnumerable<IObligationSource> lifecyclesOrSnapshots, Instant now, ProgramPolicy? policy = null)
    {
        if (lifecyclesOrSnapshots is null)
        {
            throw new ArgumentNullException(nameof(lifecyclesOrSnapshots));
        }

        var checkedPolicy = LifecyclePolicy.Resolve(policy);
        return Collect(lifecyclesOrSnapshots, now, source => source.RunningDeadline(checkedPolicy));
    }

    /// <summary>
    /// Every running deadline, as <see cref="Running(IEnumerable{IObligationSource}, Instant, ProgramPolicy)"/>, with each
    /// snapshot's deadline under its own version of <paramref name="schedule"/>: the version it names, or, for a snapshot
    /// written before versions existed (or under the single "default" policy, which the schedule lacks), the version in
    /// force on its creation date. A lifecycle's deadline uses the version it runs under, as always.
    /// </summary>
    /// <param name="lifecyclesOrSnapshots">Any mix of lifecycles and snapshots that owe deadlines.</param>
    /// <param name="now">The instant that decides <see cref="Obligation.IsOverdue"/>.</param>
    /// <param name="schedule">The programme's policy versions.</param>
    /// <returns>The obligations, sorted; empty when nothing is running.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lifecyclesOrSnapshots"/> or <paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null (the message names its index).</exception>
    /// <exception cref="SnapshotRejectedException">A snapshot is inconsistent, or names a version the schedule lacks.</exception>
    /// <exception cref="PolicyNotInForceException">A snapshot without a version name was created before the schedule's first version.</exception>
    /// <exception cref="CalendarDataMissingException">An invoice return's business days fall in a year the calendar has no data for.</exception>
    public static IReadOnlyList<Obligation> Running(IEnumerable<IObligationSource> lifecyclesOrSnapshots, Instant now, PolicySchedule schedule)
    {
        if (lifecyclesOrSnapshots is null)
        {
            throw new ArgumentNullException(nameof(lifecyclesOrSnapshots));
        }

        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule));
        }

        return Collect(lifecyclesOrSnapshots, now, UnderSchedule(schedule));
    }

    private static ReadOnlyCollection<Obligation> Collect(IEnumerable<IObligationSource> lifecyclesOrSnapshots, Instant now, Func<IObligationSource, Deadline?> deadlineOf)
    {
        var running = new List<Obligation>();
        var index = 0;
        foreach (var source in lifecyclesOrSnapshots)
        {
            if (source is null)
            {
                throw new ArgumentException(LifecycleErrors.ObligationItemNull(index), nameof(lifecyclesOrSnapshots));
            }

            if (deadlineOf(source) is { } deadline)
            {
                running.Add(new Obligation(deadline.Obligation, source.SubjectId, deadline.ExpectedFrom, deadline.DueOn, deadline.OverdueFrom,
                    deadline.IsOverdue(now), Describe(deadline, source.SubjectId)));
            }

            index++;
        }

        running.Sort(Compare);
        return running.AsReadOnly();
    }

    private static string Describe(Deadline deadline, string subjectId)
    {
        var due = deadline.DueOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var from = deadline.ExpectedFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        // Every obligation code has its text, in English and Chinese (the Obligations tests check each).
        return LifecycleMessages.Format(LifecycleMessages.ObligationPrefix + deadline.Obligation.Replace('.', '_'), subjectId, due, from);
    }

    private static int Compare(Obligation a, Obligation b)
    {
        var order = b.IsOverdue.CompareTo(a.IsOverdue);
        if (order == 0)
        {
            order = a.DueOn.CompareTo(b.DueOn);
        }

        if (order == 0)
        {
            order = a.OverdueFrom.CompareTo(b.OverdueFrom);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Code, b.Code);
        }

        return order == 0 ? string.CompareOrdinal(a.SubjectId, b.SubjectId) : order;
    }

}
