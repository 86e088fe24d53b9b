using System;
using System.Collections.Generic;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// What <see cref="Obligations.Report(IEnumerable{IObligationSource}, NodaTime.Instant, ProgramPolicy)"/> (or its
/// schedule overload) found: every
/// running deadline, and every item it could not evaluate, by its place in the input and its subject. One bad item
/// never hides the others, and no item is dropped: each is in <see cref="Running"/>, in <see cref="Problems"/>, or
/// owes nothing now.
/// </summary>
/// <remarks>Immutable and thread-safe. Equal when both lists are equal, element by element.</remarks>
public sealed record ObligationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="running">The running obligations, in the order <see cref="Obligations.Running(IEnumerable{IObligationSource}, NodaTime.Instant, ProgramPolicy)"/> gives.</param>
    /// <param name="problems">The items that could not be evaluated, in input order.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list holds null.</exception>
    public ObligationReport(IReadOnlyList<Obligation> running, IReadOnlyList<ObligationProblem> problems)
    {
        Running = Guard.List(running, nameof(running));
        Problems = Guard.List(problems, nameof(problems));
    }

    /// <summary>The running obligations: overdue first, then by due date.</summary>
    public IReadOnlyList<Obligation> Running { get; }

    /// <summary>The items that could not be evaluated, in input order; empty when every item was.</summary>
    public IReadOnlyList<ObligationProblem> Problems { get; }

    /// <inheritdoc />
    public bool Equals(ObligationReport? other) =>
        other is not null && SequenceEquality.Equal(Running, other.Running) && SequenceEquality.Equal(Problems, other.Problems);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise : hash mixing only; equal reports hash equal under any deterministic mix
    public override int GetHashCode() => unchecked((SequenceEquality.Hash(Running) * 397) ^ SequenceEquality.Hash(Problems));

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Running = ").Append(Running.Count).Append(", Problems = ").Append(Problems.Count);
        return true;
    }
}

/// <summary>An item of an obligations report that could not be evaluated, and why.</summary>
/// <param name="Index">The item's place in the input (from 0), so the caller can find it.</param>
/// <param name="SubjectId">The item's subject, as <see cref="Obligation.SubjectId"/> names it (an account masked); empty for a null item.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Reason">What went wrong and what to do, in English (for a log or an operator's list).</param>
public sealed record ObligationProblem(int Index, string SubjectId, ObligationProblemKind Kind, string Reason);

/// <summary>Why an item of an obligations report could not be evaluated.</summary>
public enum ObligationProblemKind
{
    /// <summary>
    /// A deadline runs, but its due date is unknown: its business days fall in a year the calendar has no data for
    /// (the reason names the year and how to add its official schedule).
    /// </summary>
    DeadlineUnknown,

    /// <summary>A stored snapshot failed the checks of its lifecycle's <c>Restore</c> (the reason lists every problem).</summary>
    SnapshotRejected,

    /// <summary>The item is null.</summary>
    NullItem,

    /// <summary>
    /// Under a schedule: a snapshot without a version name was created before the schedule's first version, so no
    /// policy decides its deadline.
    /// </summary>
    PolicyNotInForce,
}
