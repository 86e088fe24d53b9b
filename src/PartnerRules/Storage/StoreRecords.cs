using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>Who made a change and why it arrived: recorded with every transition the change saves.</summary>
/// <param name="Actor">Who made the change (a user or service name; not a personal account id). Optional.</param>
/// <param name="CorrelationId">The request or message that carried the change, for tracing. Optional.</param>
/// <param name="IdempotencyKey">
/// The client's key for this command (an <c>Idempotency-Key</c> header): the same key again returns the first outcome
/// without a second change; the same key with another command is an <see cref="IdempotencyKeyReusedException"/>. Optional.
/// </param>
public sealed record CommandContext(string? Actor = null, string? CorrelationId = null, string? IdempotencyKey = null)
{
    private readonly long? _expectedRevision;

    /// <summary>No actor, correlation or idempotency key.</summary>
    public static CommandContext None { get; } = new();

    /// <summary>
    /// The revision the client read (an <c>If-Match</c> ETag), or null to take the stored one. <c>ExecuteAsync</c> and
    /// <c>FireAsync</c> refuse with <see cref="ConcurrencyConflictException"/> when the store holds another, after the
    /// idempotency check (a retried request still gets its first outcome) and before the command runs; it is part of
    /// the command, so the same idempotency key with another expected revision is refused. <c>SaveAsync</c> takes it
    /// as its <c>expectedRevision</c> (they must agree); <c>AddAsync</c> refuses it (a new lifecycle has no revision).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long? ExpectedRevision
    {
        get => _expectedRevision;
        init => _expectedRevision = value is < 0
            ? throw new ArgumentOutOfRangeException(nameof(ExpectedRevision), value, "A revision is 0 or more: pass the ETag a read returned.")
            : value;
    }
}

/// <summary>What a command left in the store.</summary>
/// <param name="Key">The lifecycle.</param>
/// <param name="Revision">Its revision after the command: the new ETag.</param>
/// <param name="State">Its state's name after the command.</param>
/// <param name="Replayed">True when the idempotency key had been used for this command before: nothing changed now, and the outcome is the first one.</param>
public sealed record CommandOutcome(LifecycleKey Key, long Revision, string State, bool Replayed);

/// <summary>One stored transition with who made it.</summary>
/// <param name="Sequence">1 for the first transition (the lifecycle's <c>Version</c> after it).</param>
/// <param name="At">When it happened.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Trigger">The trigger's name.</param>
/// <param name="Reason">The reason given, if any.</param>
/// <param name="Actor">Who made it, as the command said.</param>
/// <param name="CorrelationId">The request or message that carried it.</param>
public sealed record StoredTransition(long Sequence, Instant At, string From, string To, string Trigger, string? Reason, string? Actor, string? CorrelationId);

/// <summary>A running obligation read from the store, with the lifecycle it belongs to.</summary>
/// <param name="Key">The lifecycle.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Obligation">What is due, as <c>Obligations.Report</c> describes it.</param>
public sealed record StoredObligation(LifecycleKey Key, LifecycleKind Kind, Obligation Obligation);

/// <summary>A stored row that could not be read: named by its key, so one bad row never hides the others.</summary>
/// <param name="Key">The row's key.</param>
/// <param name="Problem">What was wrong (a snapshot that fails its checks, JSON that does not read, a format this library does not know).</param>
public sealed record StoredRowProblem(string Key, string Problem);

/// <summary>One page of running obligations, in due order.</summary>
/// <remarks>Immutable and thread-safe. Equal when both lists are equal, element by element, and the continuation is.</remarks>
public sealed record ObligationPage
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The obligations of this page.</param>
    /// <param name="problems">Rows of this page that could not be read.</param>
    /// <param name="continueAfter">Where the next page starts; null on the last page.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list holds null.</exception>
    public ObligationPage(IReadOnlyList<StoredObligation> items, IReadOnlyList<StoredRowProblem> problems, string? continueAfter)
    {
        Items = Guard.List(items, nameof(items));
        Problems = Guard.List(problems, nameof(problems));
        ContinueAfter = continueAfter;
    }

    /// <summary>The obligations of this page.</summary>
    public IReadOnlyList<StoredObligation> Items { get; }

    /// <summary>Rows of this page that could not be read; empty when every row was.</summary>
    public IReadOnlyList<StoredRowProblem> Problems { get; }

    /// <summary>Pass it to the next call for the next page; null on the last page.</summary>
    public string? ContinueAfter { get; }

    /// <inheritdoc />
    public bool Equals(ObligationPage? other) =>
        other is not null && SequenceEquality.Equal(Items, other.Items) && SequenceEquality.Equal(Problems, other.Problems)
        && string.Equals(ContinueAfter, other.ContinueAfter, StringComparison.Ordinal);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise : hash mixing only; equal pages hash equal under any deterministic mix
    public override int GetHashCode() => unchecked((SequenceEquality.Hash(Items) * 397) ^ SequenceEquality.Hash(Problems));

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Items = ").Append(Items.Count).Append(", Problems = ").Append(Problems.Count).Append(", ContinueAfter = ").Append(ContinueAfter);
        return true;
    }
}
