using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>The per-item variant of the obligations view: one bad item never fails the others.</summary>
public static partial class Obligations
{
    /// <summary>
    /// Every running deadline, like <see cref="Running(IEnumerable{IObligationSource}, Instant, ProgramPolicy)"/>, and every
    /// item that could not be evaluated, by its index and subject id, instead of an exception for the whole list: a
    /// deadline whose business days fall in a year the calendar has no data for ("deadline unknown", naming the year
    /// and how to add it), a snapshot that fails its lifecycle's checks, a null item. No item is dropped silently.
    /// </summary>
    /// <param name="lifecyclesOrSnapshots">As for <see cref="Running(IEnumerable{IObligationSource}, Instant, ProgramPolicy)"/>.</param>
    /// <param name="now">The instant that decides <see cref="Obligation.IsOverdue"/>.</param>
    /// <param name="policy">The policy for snapshots; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <returns>The running obligations, sorted, and the problems, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lifecyclesOrSnapshots"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy is invalid (a problem of the call, not of an item).</exception>
    public static ObligationReport Report(IEnumerable<IObligationSource> lifecyclesOrSnapshots, Instant now, ProgramPolicy? policy = null)
    {
        if (lifecyclesOrSnapshots is null)
        {
            throw new ArgumentNullException(nameof(lifecyclesOrSnapshots));
        }

        var checkedPolicy = LifecyclePolicy.Resolve(policy);
        return CollectEach(lifecyclesOrSnapshots, now, source => source.RunningDeadline(checkedPolicy));
    }

    /// <summary>
    /// Every running deadline, like <see cref="Running(IEnumerable{IObligationSource}, Instant, PolicySchedule)"/> (each
    /// snapshot under its own version), and every item that could not be evaluated, as
    /// <see cref="Report(IEnumerable{IObligationSource}, Instant, ProgramPolicy)"/> reports them; a snapshot without a version
    /// name created before the schedule's first version is reported too (<see cref="ObligationProblemKind.PolicyNotInForce"/>).
    /// </summary>
    /// <param name="lifecyclesOrSnapshots">Any mix of lifecycles and snapshots that owe deadlines.</param>
    /// <param name="now">The instant that decides <see cref="Obligation.IsOverdue"/>.</param>
    /// <param name="schedule">The programme's policy versions.</param>
    /// <returns>The running obligations, sorted, and the problems, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lifecyclesOrSnapshots"/> or <paramref name="schedule"/> is null.</exception>
    public static ObligationReport Report(IEnumerable<IObligationSource> lifecyclesOrSnapshots, Instant now, PolicySchedule schedule)
    {
        if (lifecyclesOrSnapshots is null)
        {
            throw new ArgumentNullException(nameof(lifecyclesOrSnapshots));
        }

        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule));
        }

        return CollectEach(lifecyclesOrSnapshots, now, UnderSchedule(schedule));
    }

    /// <summary>Each snapshot's deadline under its own version of the schedule; a lifecycle's under the version it runs under.</summary>
    private static Func<IObligationSource, Deadline?> UnderSchedule(PolicySchedule schedule) => source => source is IStoredLifecycle stored
        ? stored.RunningDeadlineUnder(LifecyclePolicy.ForSnapshot(schedule, stored.PolicyVersion, stored.CreatedAt, source.GetType().Name, stored.LifecycleName, out _))
        : source.RunningDeadline(schedule.Newest);

    /// <summary>The reason of a deadline the calendar cannot compute (also the lifecycle's <c>DeadlineUnknownReason</c>).</summary>
    internal static string DeadlineUnknown(CalendarDataMissingException missing) => "Deadline unknown: " + missing.Message;

    private static ObligationReport CollectEach(IEnumerable<IObligationSource> sources, Instant now, Func<IObligationSource, Deadline?> deadlineOf)
    {
        var running = new List<Obligation>();
        var problems = new List<ObligationProblem>();
        var index = 0;
        foreach (var source in sources)
        {
            if (source is null)
            {
                problems.Add(new ObligationProblem(index, string.Empty, ObligationProblemKind.NullItem, "The item is null: there is nothing to evaluate."));
            }
            else
            {
                try
                {
                    if (deadlineOf(source) is { } deadline)
                    {
                        running.Add(ToObligation(deadline, source.SubjectId, now));
                    }
                }
                catch (CalendarDataMissingException e)
                {
                    problems.Add(new ObligationProblem(index, source.SubjectId, ObligationProblemKind.DeadlineUnknown, DeadlineUnknown(e)));
                }
                catch (SnapshotRejectedException e)
                {
                    problems.Add(new ObligationProblem(index, source.SubjectId, ObligationProblemKind.SnapshotRejected, "Snapshot rejected: " + e.Message));
                }
                catch (PolicyNotInForceException e)
                {
                    problems.Add(new ObligationProblem(index, source.SubjectId, ObligationProblemKind.PolicyNotInForce, "No policy in force: " + e.Message));
                }
            }

            index++;
        }

        running.Sort(Compare);
        return new ObligationReport(running, problems);
    }

    private static Obligation ToObligation(Deadline deadline, string subjectId, Instant now) =>
        new(deadline.Obligation, subjectId, deadline.ExpectedFrom, deadline.DueOn, deadline.OverdueFrom, deadline.IsOverdue(now), Describe(deadline, subjectId));
}
