using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>
/// What every <c>Restore</c> checks before it builds a lifecycle: the history starts in the
/// variant's initial state, chains, takes only edges of the table, leads to the state, matches the
/// version, is in time order from the creation on, and has every required reason.
/// </summary>
internal static class SnapshotChecks
{
    /// <summary>
    /// More transitions than any real lifecycle takes (the longest loop, PO resubmission, would need
    /// thousands of review rounds): a longer history is refused as tampered rather than replayed.
    /// </summary>
    public const int MaxHistoryLength = 10_000;

    public static void History<TState, TTrigger, TContext>(
        LifecycleTable<TState, TTrigger, TContext> table,
        int variant,
        TState state,
        long version,
        Instant createdAt,
        IReadOnlyList<Transition<TState, TTrigger>>? history,
        List<string> problems)
        where TState : struct, Enum
        where TTrigger : struct, Enum
        where TContext : class
    {
        if (!EnumInfo<TState>.IsDefined(state))
        {
            problems.Add($"State {state} is not a defined {typeof(TState).Name}");
        }

        Supported(createdAt, "CreatedAt", problems);

        if (history is null)
        {
            problems.Add("History is null (use an empty list for a lifecycle without steps)");
            return;
        }

        if (history.Count > MaxHistoryLength)
        {
            problems.Add(Invariant($"History has {history.Count} steps, more than the {MaxHistoryLength} a lifecycle can take"));
            return;
        }

        if (version != history.Count)
        {
            problems.Add(Invariant($"Version {version} does not match the history's {history.Count} step(s): Version counts the transitions"));
        }

        var expectedFrom = table.InitialStateByVariant[variant];
        var previousAt = createdAt;
        var previousIndex = -1; // the step at previousAt, the latest so far: -1 for the creation
        var chained = true;
        for (var i = 0; i < history.Count; i++)
        {
            var step = history[i];
            if (step is null)
            {
                problems.Add(Invariant($"History[{i}] is null"));
                chained = false;
                continue;
            }

            var defined = EnumInfo<TState>.IsDefined(step.From) && EnumInfo<TState>.IsDefined(step.To) && EnumInfo<TTrigger>.IsDefined(step.Trigger);
            if (!defined)
            {
                problems.Add(Invariant($"History[{i}] holds an undefined value ({step.From} -{step.Trigger}-> {step.To})"));
                chained = false;
            }
            else if (chained && !EqualityComparer<TState>.Default.Equals(step.From, expectedFrom))
            {
                problems.Add(i == 0
                    ? Invariant($"History[0] starts in {step.From}, not in the initial state {expectedFrom}")
                    : Invariant($"History[{i}] starts in {step.From}, but History[{i - 1}] ended in {expectedFrom}"));
            }
            else if (table.Find(variant, step.From, step.Trigger) is not { } edge)
            {
                problems.Add(Invariant($"History[{i}]: {step.Trigger} is not permitted in {step.From}"));
            }
            else if (!EqualityComparer<TState>.Default.Equals(edge.To, step.To))
            {
                problems.Add(Invariant($"History[{i}]: {step.Trigger} from {step.From} leads to {edge.To}, not {step.To}"));
            }

            if (step.At < previousAt)
            {
                problems.Add(previousIndex < 0
                    ? Invariant($"History[{i}] at {step.At} is before the creation at {createdAt}")
                    : Invariant($"History[{i}] at {step.At} is before History[{previousIndex}] at {previousAt}"));
            }
            else
            {
                previousAt = step.At;
                previousIndex = i;
            }

            if (table.RequiresReason(step.Trigger) && string.IsNullOrWhiteSpace(step.Reason))
            {
                problems.Add(Invariant($"History[{i}] ({step.Trigger}) has no reason, which {step.Trigger} requires"));
            }

            expectedFrom = step.To;
        }

        if (previousIndex >= 0)
        {
            Supported(previousAt, Invariant($"History[{previousIndex}].At"), problems);
        }

        if (chained && EnumInfo<TState>.IsDefined(state) && !EqualityComparer<TState>.Default.Equals(expectedFrom, state))
        {
            problems.Add(history.Count == 0
                ? Invariant($"State {state} is not the initial state {expectedFrom}, and the history is empty")
                : Invariant($"State {state} is not where the history ends ({expectedFrom})"));
        }
    }

    /// <summary>
    /// Refuses an instant a lifecycle could not have been created or stepped at (<see cref="LifecycleClock"/>, with the
    /// default policy's deadlines): deadlines counted from it would overflow. Steps lie between the creation and the
    /// latest step, so checking those two covers the history.
    /// </summary>
    private static void Supported(Instant at, string name, List<string> problems)
    {
        if (!LifecycleClock.Supported(at, ProgramPolicy.Default))
        {
            problems.Add(Invariant($"{name} {at} is outside the dates a lifecycle supports"));
        }
    }

    public static void Defined<TEnum>(TEnum value, string name, List<string> problems)
        where TEnum : struct, Enum
    {
        if (!EnumInfo<TEnum>.IsDefined(value))
        {
            problems.Add($"{name} {value} is not a defined {typeof(TEnum).Name}");
        }
    }

    /// <summary>
    /// The revision a snapshot restores with: its own, or its <paramref name="version"/> when it reads 0 (written before
    /// <c>Revision</c> existed, when only transitions were counted). A revision below the version is a problem: every
    /// transition is a write. It is checked only when nothing else is wrong: against a broken history it says nothing new.
    /// </summary>
    public static long Revision(long revision, long version, List<string> problems)
    {
        if (revision == 0)
        {
            return version;
        }

        if (problems.Count == 0 && revision < version)
        {
            problems.Add(Invariant($"Revision {revision} is below Version {version}: every transition is a write, so Revision is at least Version"));
        }

        return revision;
    }

    /// <summary>A snapshot that names a version must be restored under that version; one without a name takes <paramref name="policy"/>.</summary>
    public static void PolicyVersion(string? snapshotVersion, ProgramPolicy? policy, List<string> problems)
    {
        var expected = (policy ?? ProgramPolicy.Default).Version;
        if (snapshotVersion is not null && !string.Equals(snapshotVersion, expected, StringComparison.Ordinal))
        {
            problems.Add(Invariant($"PolicyVersion '{snapshotVersion}' is not the version of the policy given ('{expected}'): restore it under the policy of that name (PartnerRulesLifecycles with a PolicySchedule finds it)"));
        }
    }

    /// <summary>One identifier of a lifecycle as text for a refusal: <c>kind 'value'</c>, or <c>kind (none)</c> for a default identifier.</summary>
    public static string Name(string kind, string? value) =>
        string.IsNullOrEmpty(value) ? kind + " (none)" : kind + " '" + value + "'";

    /// <summary>The checks every snapshot ends with (revision, then policy version), then the refusal listing every problem.</summary>
    /// <returns>The revision to restore with (see <see cref="Revision"/>).</returns>
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent.</exception>
    public static long Conclude(IStoredLifecycle snapshot, long revision, long version, ProgramPolicy? policy, List<string> problems, string snapshotType)
    {
        var restored = Revision(revision, version, problems);
        PolicyVersion(snapshot.PolicyVersion, policy, problems);
        ThrowIfAny(problems, snapshotType, snapshot.LifecycleName);
        return restored;
    }

    /// <summary>Throws when <paramref name="problems"/> is not empty, listing every problem.</summary>
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent.</exception>
    public static void ThrowIfAny(List<string> problems, string snapshotType, string lifecycleId)
    {
        if (problems.Count > 0)
        {
            throw new SnapshotRejectedException(snapshotType, lifecycleId, problems);
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
