using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// Where lifecycles of every kind are kept between requests: <c>PartnerRulesStore</c> (package
/// PartnerRules.EntityFrameworkCore) on SQLite or PostgreSQL, and <c>InMemoryLifecycleStore</c> (package
/// PartnerRules.Testing) with the same behaviour for unit tests. Code that depends on this interface tests against the
/// in-memory store and runs on the database.
/// </summary>
/// <remarks>
/// The contract of every implementation: thread-safe; every write is all or nothing (a refused or failed call writes
/// nothing); a save names the revision it was loaded at and is refused with <see cref="ConcurrencyConflictException"/>
/// when the store holds another; a command with an idempotency key (<see cref="CommandContext.IdempotencyKey"/>) used
/// before for the same command returns the first outcome (<see cref="CommandOutcome.Replayed"/>) without a second change,
/// and with another command is refused with <see cref="IdempotencyKeyReusedException"/>; keys expire after the store's
/// lifetime.
/// </remarks>
public interface ILifecycleStore
{
    /// <summary>The factory the store restores with: create new lifecycles with it, so they share the clock and policy.</summary>
    PartnerRulesLifecycles Lifecycles { get; }

    /// <summary>Stores a new lifecycle with the transitions it already has.</summary>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored key, revision and state; with a repeated idempotency key, the first outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lifecycle"/> is null.</exception>
    /// <exception cref="ArgumentException">The context names an <see cref="CommandContext.ExpectedRevision"/> (<c>ParamName</c> "context").</exception>
    /// <exception cref="LifecycleAlreadyStoredException">A lifecycle with its key is already stored.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The idempotency key was used for another command.</exception>
    Task<CommandOutcome> AddAsync(ILifecycle lifecycle, CommandContext? context = null, CancellationToken cancellationToken = default);

    /// <summary>The lifecycle stored under <paramref name="key"/>, restored under its policy version; null when none is.</summary>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="SnapshotRejectedException">The stored snapshot fails its checks.</exception>
    Task<ILifecycle?> FindAsync(LifecycleKey key, CancellationToken cancellationToken = default);

    /// <summary>The lifecycle stored under <paramref name="key"/>, as its type.</summary>
    /// <typeparam name="T">The lifecycle type, or <see cref="ILifecycle"/>.</typeparam>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or the lifecycle is not a <typeparamref name="T"/> (<c>ParamName</c> "T").</exception>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    Task<T> LoadAsync<T>(LifecycleKey key, CancellationToken cancellationToken = default)
        where T : class, ILifecycle;

    /// <summary>The keys of the lifecycles of one opportunity, invoice or project, oldest first.</summary>
    /// <param name="kind">Opportunity, invoice return or incentive settlement.</param>
    /// <param name="naturalId">The opportunity, invoice or project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="naturalId"/> is null or empty.</exception>
    Task<IReadOnlyList<LifecycleKey>> FindKeysAsync(LifecycleKind kind, string naturalId, CancellationToken cancellationToken = default);

    /// <summary>Saves a loaded lifecycle's changes when the store still holds <paramref name="expectedRevision"/>: the lifecycle, its new transitions and the idempotency key at once.</summary>
    /// <param name="lifecycle">The lifecycle, changed since it was loaded.</param>
    /// <param name="expectedRevision">The revision it had when loaded (the client's ETag).</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lifecycle"/> is null.</exception>
    /// <exception cref="ArgumentException">The lifecycle's revision is below <paramref name="expectedRevision"/>, it holds fewer transitions than stored, or the context's <see cref="CommandContext.ExpectedRevision"/> is another.</exception>
    /// <exception cref="LifecycleNotFoundException">The lifecycle is not stored.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored revision is another: nothing was written.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The idempotency key was used for another command (other changes count as another command).</exception>
    Task<CommandOutcome> SaveAsync(ILifecycle lifecycle, long expectedRevision, CommandContext? context = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads, applies <paramref name="command"/> and saves at the loaded revision, as one unit: a command that throws
    /// writes nothing. With <see cref="CommandContext.ExpectedRevision"/> (an <c>If-Match</c>), the stored revision must
    /// be that one; the idempotency key is checked first, so a retried request gets its first outcome.
    /// </summary>
    /// <typeparam name="T">The lifecycle type, or <see cref="ILifecycle"/>.</typeparam>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="commandName">What the command is, with its arguments: an idempotency key used again with another name is refused.</param>
    /// <param name="command">The change.</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, <paramref name="commandName"/> is empty, or the lifecycle is not a <typeparamref name="T"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored revision is not the context's expected one, or someone else saved it meanwhile: nothing was written.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The idempotency key was used for another command (another name or expected revision).</exception>
    Task<CommandOutcome> ExecuteAsync<T>(LifecycleKey key, string commandName, Action<T> command, CommandContext? context = null, CancellationToken cancellationToken = default)
        where T : class, ILifecycle;

    /// <summary>Fires <paramref name="trigger"/> on the stored lifecycle and saves it, as <see cref="ExecuteAsync{T}"/> does.</summary>
    /// <typeparam name="TTrigger">The trigger enum of the lifecycle's kind.</typeparam>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="reason">The reason; required by rejections, declines and losses.</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TTrigger"/> does not drive the stored lifecycle (<c>ParamName</c> "trigger").</exception>
    /// <exception cref="InvalidTransitionException">The trigger is not permitted now: nothing was written.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored revision is not the context's expected one, or someone else saved it meanwhile: nothing was written.</exception>
    Task<CommandOutcome> FireAsync<TTrigger>(LifecycleKey key, TTrigger trigger, string? reason = null, CommandContext? context = null, CancellationToken cancellationToken = default)
        where TTrigger : struct, Enum;

    /// <summary>The stored transitions of a lifecycle with who made them, oldest first.</summary>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<StoredTransition>> HistoryAsync(LifecycleKey key, CancellationToken cancellationToken = default);

    /// <summary>One page of the running obligations, earliest overdue instant first (then by key); unreadable rows named in <see cref="ObligationPage.Problems"/>.</summary>
    /// <param name="now">The instant that decides <c>IsOverdue</c>.</param>
    /// <param name="overdueOnly">True for the overdue ones only.</param>
    /// <param name="pageSize">1 to 1,000.</param>
    /// <param name="continueAfter">The previous page's <see cref="ObligationPage.ContinueAfter"/>; null for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1 to 1,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="continueAfter"/> is not a value the store returned.</exception>
    Task<ObligationPage> ObligationsAsync(Instant now, bool overdueOnly = false, int pageSize = 100, string? continueAfter = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a personal account id with a pseudonym in every stored lifecycle, raising each one's revision.</summary>
    /// <param name="account">The account to erase.</param>
    /// <param name="pseudonym">What replaces it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of lifecycles changed.</returns>
    /// <exception cref="ArgumentException">Either id is <c>default</c>, or they are equal.</exception>
    Task<int> EraseAccountAsync(AccountId account, AccountId pseudonym, CancellationToken cancellationToken = default);
}
