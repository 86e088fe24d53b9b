using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PartnerRules.EntityFrameworkCore.Storage;
using PartnerRules.Internal;

namespace PartnerRules.EntityFrameworkCore;

// The commands: add, save at the expected revision, execute or fire by key; each one transaction, answered with its first
// outcome when its idempotency key was used before for the same command.
public sealed partial class PartnerRulesStore
{
    /// <summary>Stores a new lifecycle (from a factory, or any lifecycle not yet stored) with the transitions it already has.</summary>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored key, revision and state; with an idempotency key used before for the same lifecycle data, the first outcome (<c>Replayed</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lifecycle"/> is null.</exception>
    /// <exception cref="LifecycleAlreadyStoredException">A lifecycle with its key is already stored.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The idempotency key was used for another command.</exception>
    public async Task<CommandOutcome> AddAsync(ILifecycle lifecycle, CommandContext? context = null, CancellationToken cancellationToken = default)
    {
        if (lifecycle is null)
        {
            throw new ArgumentNullException(nameof(lifecycle));
        }

        context ??= CommandContext.None;
        StoreCommands.RefuseExpectedRevision(context);
        using var activity = Start("partnerrules.add", lifecycle.Key, lifecycle.Kind, context);
        var row = new LifecycleRow();
        var snapshot = SnapshotRows.Fill(row, lifecycle);
        var fingerprint = Fingerprint("add", row.Kind, row.NaturalId, row.PartnerId, row.AccountId, row.State, row.Version.ToString(CultureInfo.InvariantCulture));
        await using var db = CreateContext();
        if (await Idempotent(db, context, fingerprint, cancellationToken).ConfigureAwait(false) is { } replay)
        {
            return replay;
        }

        db.Lifecycles.Add(row);
        var transitions = SnapshotRows.NewTransitions(snapshot, 0, context).ToList();
        db.Transitions.AddRange(transitions);
        var outcome = new CommandOutcome(lifecycle.Key, row.Revision, row.State, Replayed: false);
        Remember(db, context, fingerprint, outcome);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            await using var check = CreateContext();
            if (await Idempotent(check, context, fingerprint, cancellationToken).ConfigureAwait(false) is { } raced)
            {
                return raced;
            }

            if (await check.Lifecycles.AnyAsync(r => r.Key == row.Key, cancellationToken).ConfigureAwait(false))
            {
                throw new LifecycleAlreadyStoredException(lifecycle.Key);
            }

            throw;
        }

        Saved(transitions.Count);
        return outcome;
    }

    /// <summary>
    /// Saves the changes made to a loaded lifecycle, when the store still holds the revision it was loaded at: the row, the
    /// new transitions (with the context's actor and correlation id) and the idempotency key, in one transaction.
    /// </summary>
    /// <param name="lifecycle">The lifecycle, changed since it was loaded.</param>
    /// <param name="expectedRevision">The revision it had when loaded (the client's ETag).</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new revision and state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lifecycle"/> is null.</exception>
    /// <exception cref="ArgumentException">The lifecycle's revision is below <paramref name="expectedRevision"/>, or it holds fewer transitions than stored.</exception>
    /// <exception cref="LifecycleNotFoundException">The lifecycle is not stored (add it with <see cref="AddAsync"/>).</exception>
    /// <exception cref="ConcurrencyConflictException">The stored revision is not <paramref name="expectedRevision"/>: nothing was written.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The idempotency key was used for another command.</exception>
    public async Task<CommandOutcome> SaveAsync(ILifecycle lifecycle, long expectedRevision, CommandContext? context = null, CancellationToken cancellationToken = default)
    {
        context = StoreCommands.CheckSave(lifecycle, expectedRevision, context);
        using var activity = Start("partnerrules.save", lifecycle.Key, lifecycle.Kind, context);

        var fingerprint = Fingerprint(StoreCommands.SaveCommand(lifecycle, expectedRevision, context, SnapshotRows.Json));
        await using var db = CreateContext();
        if (await Idempotent(db, context, fingerprint, cancellationToken).ConfigureAwait(false) is { } replay)
        {
            return replay;
        }

        var row = await _rowByKey(db, lifecycle.Key.Value, cancellationToken).ConfigureAwait(false)
            ?? throw new LifecycleNotFoundException(lifecycle.Key);
        return await Commit(db, row, lifecycle, expectedRevision, context, fingerprint, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Loads the lifecycle stored under <paramref name="key"/>, applies <paramref name="command"/> to it and saves the
    /// result when nobody changed it meanwhile, as one unit: a command that throws writes nothing (and its retry runs again).
    /// </summary>
    /// <typeparam name="T">The lifecycle type the command works on, or <see cref="ILifecycle"/>.</typeparam>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="commandName">
    /// What the command is, with its arguments (such as <c>"edit:" + a hash of the form</c>): an idempotency key used again
    /// with another name is refused.
    /// </param>
    /// <param name="command">The change, such as <c>l => l.Edit(form)</c>.</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new revision and state; with a repeated idempotency key, the first outcome (<c>Replayed</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, <paramref name="commandName"/> is empty, or the lifecycle is not a <typeparamref name="T"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored revision is not the context's <see cref="CommandContext.ExpectedRevision"/>, or someone else saved the lifecycle between the load and the save: nothing was written.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The idempotency key was used for another command.</exception>
    /// <exception cref="InvalidTransitionException">The command's step is refused (nothing was written).</exception>
    public async Task<CommandOutcome> ExecuteAsync<T>(LifecycleKey key, string commandName, Action<T> command, CommandContext? context = null, CancellationToken cancellationToken = default)
        where T : class, ILifecycle
    {
        StoreCommands.CheckCommand(key, commandName, command);

        context ??= CommandContext.None;
        using var activity = Start("partnerrules.execute", key, null, context);
        var fingerprint = Fingerprint("execute", key.Value, commandName, StoreCommands.Expected(context));
        await using var db = CreateContext();
        if (await Idempotent(db, context, fingerprint, cancellationToken).ConfigureAwait(false) is { } replay)
        {
            return replay;
        }

        var row = await _rowByKey(db, key.Value, cancellationToken).ConfigureAwait(false)
            ?? throw new LifecycleNotFoundException(key);
        StoreCommands.CheckStoredRevision(context, key, row.Revision);
        var lifecycle = StoreCommands.As<T>(Lifecycles.Restore(SnapshotRows.Read(row)));
        var expected = row.Revision;
        command(lifecycle);
        return await Commit(db, row, lifecycle, expected, context, fingerprint, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fires <paramref name="trigger"/> on the lifecycle stored under <paramref name="key"/> and saves it, as <see cref="ExecuteAsync{T}"/> does.</summary>
    /// <typeparam name="TTrigger">The trigger enum of the lifecycle's kind, such as <see cref="OpportunityTrigger"/>.</typeparam>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="reason">The reason; required by rejections, declines and losses.</param>
    /// <param name="context">Actor, correlation id and idempotency key; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new revision and state.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <typeparamref name="TTrigger"/> is not the trigger type of the stored lifecycle.</exception>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    /// <exception cref="InvalidTransitionException">The trigger is not permitted now (nothing was written).</exception>
    /// <exception cref="ConcurrencyConflictException">The stored revision is not the context's <see cref="CommandContext.ExpectedRevision"/>, or someone else saved the lifecycle meanwhile: nothing was written.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The idempotency key was used for another command.</exception>
    public Task<CommandOutcome> FireAsync<TTrigger>(LifecycleKey key, TTrigger trigger, string? reason = null, CommandContext? context = null, CancellationToken cancellationToken = default)
        where TTrigger : struct, Enum =>
        ExecuteAsync<ILifecycle>(key, Fingerprint("fire", typeof(TTrigger).Name, trigger.ToString(), reason), lifecycle => StoreCommands.Fire(lifecycle, trigger, reason), context, cancellationToken);

    private static System.Diagnostics.Activity? Start(string name, LifecycleKey key, LifecycleKind? kind, CommandContext context)
    {
        var activity = PartnerRulesTelemetry.Source.StartActivity(name);
        if (activity is not null)
        {
            activity.SetTag("partnerrules.lifecycle.key", key.Value);
            if (kind is { } k)
            {
                activity.SetTag("partnerrules.lifecycle.kind", k.ToString());
            }

            if (context.CorrelationId is { } correlation)
            {
                activity.SetTag("partnerrules.correlation_id", correlation);
            }
        }

        return activity;
    }
}
