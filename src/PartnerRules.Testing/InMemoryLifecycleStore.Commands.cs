using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PartnerRules.Internal;

namespace PartnerRules.Testing;

// The commands: add, save at the expected revision, execute or fire by key; each one write under the lock, with its new
// transitions appended to the history.
public sealed partial class InMemoryLifecycleStore
{
    /// <inheritdoc />
    public Task<CommandOutcome> AddAsync(ILifecycle lifecycle, CommandContext? context = null, CancellationToken cancellationToken = default)
    {
        if (lifecycle is null)
        {
            throw new ArgumentNullException(nameof(lifecycle));
        }

        context ??= CommandContext.None;
        StoreCommands.RefuseExpectedRevision(context);
        var row = Row.Of(lifecycle);
        var fingerprint = Fingerprint("add", row.Kind.ToString(), row.NaturalId, row.Partner, row.Account, row.State, row.Version.ToString(CultureInfo.InvariantCulture));
        lock (_gate)
        {
            if (Replay(context, fingerprint) is { } replay)
            {
                return Task.FromResult(replay);
            }

            if (_rows.ContainsKey(row.Key))
            {
                throw new LifecycleAlreadyStoredException(lifecycle.Key);
            }

            _rows.Add(row.Key, row);
            _history[row.Key] = [];
            Append(row, lifecycle.ToSnapshot(), 0, context);
            return Task.FromResult(Remember(context, fingerprint, new CommandOutcome(lifecycle.Key, row.Revision, row.State, false)));
        }
    }

    /// <inheritdoc />
    public Task<CommandOutcome> SaveAsync(ILifecycle lifecycle, long expectedRevision, CommandContext? context = null, CancellationToken cancellationToken = default)
    {
        context = StoreCommands.CheckSave(lifecycle, expectedRevision, context);

        var fingerprint = Fingerprint(StoreCommands.SaveCommand(lifecycle, expectedRevision, context, Json));
        lock (_gate)
        {
            if (Replay(context, fingerprint) is { } replay)
            {
                return Task.FromResult(replay);
            }

            return Task.FromResult(Commit(lifecycle, expectedRevision, context, fingerprint));
        }
    }

    /// <inheritdoc />
    public Task<CommandOutcome> ExecuteAsync<T>(LifecycleKey key, string commandName, Action<T> command, CommandContext? context = null, CancellationToken cancellationToken = default)
        where T : class, ILifecycle
    {
        StoreCommands.CheckCommand(key, commandName, command);

        context ??= CommandContext.None;
        var fingerprint = Fingerprint("execute", key.Value, commandName, StoreCommands.Expected(context));
        lock (_gate)
        {
            if (Replay(context, fingerprint) is { } replay)
            {
                return Task.FromResult(replay);
            }

            var row = _rows.TryGetValue(key.Value, out var found) ? found : throw new LifecycleNotFoundException(key);
            StoreCommands.CheckStoredRevision(context, key, row.Revision);
            var lifecycle = StoreCommands.As<T>(Lifecycles.Restore(row.Read()));
            command(lifecycle);
            return Task.FromResult(Commit(lifecycle, row.Revision, context, fingerprint));
        }
    }

    /// <inheritdoc />
    public Task<CommandOutcome> FireAsync<TTrigger>(LifecycleKey key, TTrigger trigger, string? reason = null, CommandContext? context = null, CancellationToken cancellationToken = default)
        where TTrigger : struct, Enum =>
        ExecuteAsync<ILifecycle>(key, Fingerprint("fire", typeof(TTrigger).Name, trigger.ToString(), reason), lifecycle => StoreCommands.Fire(lifecycle, trigger, reason), context, cancellationToken);

    private CommandOutcome Commit(ILifecycle lifecycle, long expectedRevision, CommandContext context, string fingerprint)
    {
        var stored = _rows.TryGetValue(lifecycle.Key.Value, out var found) ? found : throw new LifecycleNotFoundException(lifecycle.Key);
        if (stored.Revision != expectedRevision)
        {
            throw new ConcurrencyConflictException(lifecycle.Key, expectedRevision, stored.Revision);
        }

        if (lifecycle.Version < stored.Version)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The lifecycle holds {0} transitions, fewer than the {1} stored: it is not a later copy of the stored one.", lifecycle.Version, stored.Version), nameof(lifecycle));
        }

        var row = Row.Of(lifecycle);
        _rows[row.Key] = row;
        Append(row, lifecycle.ToSnapshot(), stored.Version, context);
        return Remember(context, fingerprint, new CommandOutcome(lifecycle.Key, row.Revision, row.State, false));
    }

    private void Append(Row row, ILifecycleSnapshot snapshot, long storedVersion, CommandContext context)
    {
        var list = _history[row.Key];
        foreach (var (step, index) in Steps(snapshot).Select((s, i) => (s, i)).Skip((int)storedVersion))
        {
            list.Add(new StoredTransition(index + 1, step.At, step.From, step.To, step.Trigger, step.Reason, context.Actor, context.CorrelationId));
        }
    }

    private static IEnumerable<(Instant At, string From, string To, string Trigger, string? Reason)> Steps(ILifecycleSnapshot snapshot) => snapshot switch
    {
        OpportunitySnapshot s => s.History.Select(t => (t.At, t.From.ToString(), t.To.ToString(), t.Trigger.ToString(), t.Reason)),
        InvoiceReturnSnapshot s => s.History.Select(t => (t.At, t.From.ToString(), t.To.ToString(), t.Trigger.ToString(), t.Reason)),
        CustomerAssociationSnapshot s => s.History.Select(t => (t.At, t.From.ToString(), t.To.ToString(), t.Trigger.ToString(), t.Reason)),
        IncentiveSettlementSnapshot s => s.History.Select(t => (t.At, t.From.ToString(), t.To.ToString(), t.Trigger.ToString(), t.Reason)),
        SpecialistInvitationSnapshot s => s.History.Select(t => (t.At, t.From.ToString(), t.To.ToString(), t.Trigger.ToString(), t.Reason)),
        _ => [],
    };
}
