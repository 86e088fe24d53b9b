using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>How the store reaches its database, and how long idempotency keys are kept.</summary>
public sealed class PartnerRulesStoreOptions
{
    /// <summary>
    /// Chooses the database, such as <c>o => o.UseSqlite("Data Source=partnerrules.db")</c> or
    /// <c>o => o.UseNpgsql(connectionString)</c>. Required.
    /// </summary>
    public Action<DbContextOptionsBuilder>? Database { get; set; }

    /// <summary>How long an idempotency key answers with its first outcome; after that the key may be used again. Default: 24 hours.</summary>
    public Duration IdempotencyKeyLifetime { get; set; } = Duration.FromHours(24);

    internal void Validate()
    {
        if (Database is null)
        {
            throw new ArgumentException("PartnerRulesStoreOptions.Database is not set: choose the database, such as o => o.UseSqlite(\"Data Source=partnerrules.db\").", nameof(Database));
        }

        if (IdempotencyKeyLifetime <= Duration.Zero)
        {
            throw new ArgumentException($"PartnerRulesStoreOptions.IdempotencyKeyLifetime must be positive (was {IdempotencyKeyLifetime}).", nameof(IdempotencyKeyLifetime));
        }
    }
}

/// <summary>Who made a change and why it arrived: recorded with every transition the change saves.</summary>
/// <param name="Actor">Who made the change (a user or service name; not a personal account id). Optional.</param>
/// <param name="CorrelationId">The request or message that carried the change, for tracing. Optional.</param>
/// <param name="IdempotencyKey">
/// The client's key for this command (an <c>Idempotency-Key</c> header): the same key again returns the first outcome
/// without a second change; the same key with another command is an <see cref="IdempotencyKeyReusedException"/>. Optional.
/// </param>
public sealed record CommandContext(string? Actor = null, string? CorrelationId = null, string? IdempotencyKey = null)
{
    /// <summary>No actor, correlation or idempotency key.</summary>
    public static CommandContext None { get; } = new();
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
/// <param name="Items">The obligations of this page.</param>
/// <param name="Problems">Rows of this page that could not be read.</param>
/// <param name="ContinueAfter">Pass it to the next call for the next page; null on the last page.</param>
public sealed record ObligationPage(IReadOnlyList<StoredObligation> Items, IReadOnlyList<StoredRowProblem> Problems, string? ContinueAfter);
