using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace PartnerRules;

/// <summary>
/// A stored snapshot failed the checks of <c>Restore</c>: its data is inconsistent (tampered, corrupted, or written
/// by a buggy store), or it names a policy version the caller's policy or schedule does not hold. This is a fault of
/// the stored data, not of the call, so it is not an <see cref="ArgumentException"/>: log it with the lifecycle's ids
/// and repair or quarantine the row; retrying the same snapshot fails the same way.
/// </summary>
public sealed class SnapshotRejectedException : PartnerRulesException
{
    /// <summary>How many problems the message lists before it only counts the rest (<see cref="Problems"/> holds all).</summary>
    public const int MaxListedProblems = 20;

    /// <summary>Creates the exception.</summary>
    /// <param name="snapshotType">The snapshot's type name, such as <c>OpportunitySnapshot</c>.</param>
    /// <param name="lifecycleId">The lifecycle's identifiers as text, such as <c>opportunity 'OPP-1'</c> (personal accounts masked).</param>
    /// <param name="problems">Every problem found, at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public SnapshotRejectedException(string snapshotType, string lifecycleId, IReadOnlyList<string> problems)
        : base(Describe(snapshotType, lifecycleId, problems))
    {
        SnapshotType = snapshotType;
        LifecycleId = lifecycleId;
        Problems = new ReadOnlyCollection<string>([.. problems]);
    }

    /// <summary>The snapshot's type name, such as <c>OpportunitySnapshot</c>.</summary>
    public string SnapshotType { get; }

    /// <summary>The lifecycle's identifiers as text, such as <c>opportunity 'OPP-1'</c>; personal accounts are masked.</summary>
    public string LifecycleId { get; }

    /// <summary>Every problem found, in the order checked.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string snapshotType, string lifecycleId, IReadOnlyList<string> problems)
    {
        if (snapshotType is null)
        {
            throw new ArgumentNullException(nameof(snapshotType));
        }

        if (lifecycleId is null)
        {
            throw new ArgumentNullException(nameof(lifecycleId));
        }

        if (problems is null)
        {
            throw new ArgumentNullException(nameof(problems));
        }

        if (problems.Count == 0)
        {
            throw new ArgumentException("A rejected snapshot needs at least one problem.", nameof(problems));
        }

        var listed = new string[Math.Min(problems.Count, MaxListedProblems)];
        for (var i = 0; i < listed.Length; i++)
        {
            listed[i] = problems[i];
        }

        var more = problems.Count > MaxListedProblems
            ? string.Format(CultureInfo.InvariantCulture, "; and {0} more", problems.Count - MaxListedProblems)
            : string.Empty;
        return string.Format(
            CultureInfo.InvariantCulture,
            "The {0} of {1} cannot be restored ({2} problem{3}): {4}{5}.",
            snapshotType,
            lifecycleId,
            problems.Count,
            problems.Count == 1 ? string.Empty : "s",
            string.Join("; ", listed),
            more);
    }
}
