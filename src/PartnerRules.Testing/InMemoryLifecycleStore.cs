using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PartnerRules.Internal;

namespace PartnerRules.Testing;

/// <summary>
/// An <see cref="ILifecycleStore"/> in memory with the behaviour of the database store (PartnerRules.EntityFrameworkCore):
/// snapshots kept as their JSON, revision checks, append-only history with actor and correlation id, idempotency keys
/// that expire by the clock, paged obligations, account erasure. For unit tests of code that takes an
/// <see cref="ILifecycleStore"/>; one instance per test.
/// </summary>
/// <remarks>Thread-safe: one lock around every call, so concurrent commands conflict as they would on a database.</remarks>
public sealed class InMemoryLifecycleStore : ILifecycleStore
{
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();
    private readonly object _gate = new();
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoredTransition>> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Fingerprint, CommandOutcome Outcome, Instant ExpiresAt)> _keys = new(StringComparer.Ordinal);
    private readonly Duration _idempotencyLifetime;
    private readonly IClock _clock;
    private readonly PolicySchedule _schedule;

    /// <summary>Creates an empty store.</summary>
    /// <param name="clock">The clock of restored lifecycles and idempotency keys (a <c>FakeClock</c> in tests).</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="idempotencyKeyLifetime">How long a key answers with its first outcome; null for 24 hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idempotencyKeyLifetime"/> is not positive.</exception>
    public InMemoryLifecycleStore(IClock clock, ProgramPolicy? policy = null, Duration? idempotencyKeyLifetime = null)
        : this(clock, PolicySchedule.Always(policy ?? ProgramPolicy.Default), idempotencyKeyLifetime)
    {
    }

    /// <summary>Creates an empty store under a schedule of policy versions.</summary>
    /// <param name="clock">The clock of restored lifecycles and idempotency keys.</param>
    /// <param name="schedule">The policy versions.</param>
    /// <param name="idempotencyKeyLifetime">How long a key answers with its first outcome; null for 24 hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idempotencyKeyLifetime"/> is not positive.</exception>
    public InMemoryLifecycleStore(IClock clock, PolicySchedule schedule, Duration? idempotencyKeyLifetime = null)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        _idempotencyLifetime = idempotencyKeyLifetime ?? Duration.FromHours(24);
        if (_idempotencyLifetime <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(idempotencyKeyLifetime), "The idempotency-key lifetime must be positive.");
        }

        Lifecycles = new PartnerRulesLifecycles(clock, schedule);
    }

    /// <inheritdoc />
    public PartnerRulesLifecycles Lifecycles { get; }

    /// <summary>How many lifecycles are stored.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

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
    public Task<ILifecycle?> FindAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        Row? row;
        lock (_gate)
        {
            _rows.TryGetValue(key.Value, out row);
        }

        return Task.FromResult(row is null ? null : Lifecycles.Restore(row.Read()));
    }

    /// <inheritdoc />
    public async Task<T> LoadAsync<T>(LifecycleKey key, CancellationToken cancellationToken = default)
        where T : class, ILifecycle =>
        StoreCommands.As<T>(await FindAsync(key, cancellationToken).ConfigureAwait(false) ?? throw new LifecycleNotFoundException(key));

    /// <inheritdoc />
    public Task<IReadOnlyList<LifecycleKey>> FindKeysAsync(LifecycleKind kind, string naturalId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(naturalId))
        {
            throw new ArgumentException("A natural id (opportunity, invoice or project) is needed.", nameof(naturalId));
        }

        lock (_gate)
        {
            IReadOnlyList<LifecycleKey> keys = _rows.Values.Where(r => r.Kind == kind && r.NaturalId == naturalId)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new LifecycleKey(r.Key)).ToList();
            return Task.FromResult(keys);
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

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredTransition>> HistoryAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        lock (_gate)
        {
            IReadOnlyList<StoredTransition> history = _history.TryGetValue(key.Value, out var list) ? list.ToList() : [];
            return Task.FromResult(history);
        }
    }

    /// <inheritdoc />
    public Task<ObligationPage> ObligationsAsync(Instant now, bool overdueOnly = false, int pageSize = 100, string? continueAfter = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds 1 to 1,000 obligations.");
        }

        var after = ParseContinuation(continueAfter, nameof(continueAfter));
        List<Row> rows;
        lock (_gate)
        {
            rows = _rows.Values.Where(r => r.OverdueFrom is { } o && (!overdueOnly || o <= now)
                    && (after is not { } a || o > a.At || (o == a.At && string.CompareOrdinal(r.Key, a.Key) > 0)))
                .OrderBy(r => r.OverdueFrom).ThenBy(r => r.Key, StringComparer.Ordinal).Take(pageSize).ToList();
        }

        var items = new List<StoredObligation>();
        var problems = new List<StoredRowProblem>();
        foreach (var row in rows)
        {
            try
            {
                var snapshot = row.Read();
                var report = Obligations.Report([(IObligationSource)snapshot], now, _schedule);
                if (report.Problems.Count > 0)
                {
                    problems.Add(new StoredRowProblem(row.Key, report.Problems[0].Reason));
                }
                else if (report.Running.Count > 0)
                {
                    items.Add(new StoredObligation(snapshot.Key, snapshot.Kind, report.Running[0]));
                }
            }
            catch (Exception ex) when (ex is JsonException or PartnerRulesException)
            {
                problems.Add(new StoredRowProblem(row.Key, ex.Message));
            }
        }

        var next = rows.Count == pageSize ? rows[rows.Count - 1].OverdueFrom!.Value.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture) + ":" + rows[rows.Count - 1].Key : null;
        return Task.FromResult(new ObligationPage(items, problems, next));
    }

    /// <inheritdoc />
    public Task<int> EraseAccountAsync(AccountId account, AccountId pseudonym, CancellationToken cancellationToken = default)
    {
        if (account.IsDefault || pseudonym.IsDefault)
        {
            throw new ArgumentException("Both the account and its pseudonym need a value.", account.IsDefault ? nameof(account) : nameof(pseudonym));
        }

        if (account == pseudonym)
        {
            throw new ArgumentException("The pseudonym must differ from the account it replaces.", nameof(pseudonym));
        }

        lock (_gate)
        {
            var changed = 0;
            foreach (var row in _rows.Values.Where(r => r.Account == account.Value).ToList())
            {
                ILifecycleSnapshot? erased = row.Read() switch
                {
                    CustomerAssociationSnapshot a when a.Customer == account => a with { Customer = pseudonym, Revision = a.Revision + 1 },
                    SpecialistInvitationSnapshot s when s.Account == account => s with { Account = pseudonym, Revision = s.Revision + 1 },
                    _ => null,
                };
                if (erased is not null)
                {
                    _rows[row.Key] = row.With(erased, pseudonym.Value);
                    changed++;
                }
            }

            return Task.FromResult(changed);
        }
    }

    /// <summary>Replaces a stored lifecycle's JSON, as a damaged database row would hold it (for tests of a host's error handling).</summary>
    /// <param name="key">The stored lifecycle.</param>
    /// <param name="json">The text to hold instead.</param>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    public void Corrupt(LifecycleKey key, string json)
    {
        lock (_gate)
        {
            var row = _rows.TryGetValue(key.Value, out var found) ? found : throw new LifecycleNotFoundException(key);
            row.Json = json;
        }
    }

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

    private CommandOutcome? Replay(CommandContext context, string fingerprint)
    {
        if (context.IdempotencyKey is not { } key)
        {
            return null;
        }

        if (key.Length is 0 or > 200 || key.Any(char.IsControl))
        {
            throw new ArgumentException("An idempotency key holds 1 to 200 characters and no control characters (CommandContext.IdempotencyKey).", nameof(context));
        }

        if (!_keys.TryGetValue(key, out var stored) || stored.ExpiresAt <= _clock.GetCurrentInstant())
        {
            return null;
        }

        return stored.Fingerprint == fingerprint ? stored.Outcome with { Replayed = true } : throw new IdempotencyKeyReusedException(key);
    }

    private CommandOutcome Remember(CommandContext context, string fingerprint, CommandOutcome outcome)
    {
        if (context.IdempotencyKey is { } key)
        {
            _keys[key] = (fingerprint, outcome, _clock.GetCurrentInstant() + _idempotencyLifetime);
        }

        return outcome;
    }

    private static string Fingerprint(params string?[] parts) => string.Join("\u001f", parts.Select(p => p ?? "\u0000"));

    private static (Instant At, string Key)? ParseContinuation(string? text, string paramName)
    {
        if (text is null)
        {
            return null;
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || !TryTicks(text, colon, out var ticks))
        {
            throw new ArgumentException("Not a continuation this store returned: pass ObligationPage.ContinueAfter as it was.", paramName);
        }

        return (Instant.FromUnixTimeTicks(ticks), text.Substring(colon + 1));
    }

#pragma warning disable CA1846 // netstandard2.0 has no span overload of long.TryParse.
    private static bool TryTicks(string text, int colon, out long ticks) => long.TryParse(text.Substring(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ticks);
#pragma warning restore CA1846

    /// <summary>One stored lifecycle: the columns a database would index, and the snapshot's JSON.</summary>
    private sealed class Row
    {
        public string Key { get; private set; } = "";
        public LifecycleKind Kind { get; private set; }
        public string State { get; private set; } = "";
        public long Revision { get; private set; }
        public long Version { get; private set; }
        public Instant CreatedAt { get; private set; }
        public string? NaturalId { get; private set; }
        public string? Partner { get; private set; }
        public string? Account { get; private set; }
        public Instant? OverdueFrom { get; private set; }
        public string Json { get; set; } = "";

        public static Row Of(ILifecycle lifecycle)
        {
            var snapshot = lifecycle.ToSnapshot();
            var row = From(snapshot);
            row.OverdueFrom = lifecycle.Deadline?.OverdueFrom;
            return row;
        }

        public Row With(ILifecycleSnapshot snapshot, string account)
        {
            var row = From(snapshot);
            row.OverdueFrom = OverdueFrom;
            row.Account = account;
            return row;
        }

        public ILifecycleSnapshot Read()
        {
            var type = Kind switch
            {
                LifecycleKind.Opportunity => typeof(OpportunitySnapshot),
                LifecycleKind.InvoiceReturn => typeof(InvoiceReturnSnapshot),
                LifecycleKind.CustomerAssociation => typeof(CustomerAssociationSnapshot),
                LifecycleKind.IncentiveSettlement => typeof(IncentiveSettlementSnapshot),
                _ => typeof(SpecialistInvitationSnapshot),
            };
            return (ILifecycleSnapshot)(JsonSerializer.Deserialize(Json, type, InMemoryLifecycleStore.Json) ?? throw new JsonException($"Row {Key} holds a null snapshot."));
        }

        private static Row From(ILifecycleSnapshot snapshot)
        {
            var (natural, partner, account) = snapshot switch
            {
                OpportunitySnapshot o => (o.Id.Value, o.Partner?.Value, (string?)null),
                InvoiceReturnSnapshot i => (i.Id.Value, null, null),
                CustomerAssociationSnapshot a => (null, a.Partner.Value, a.Customer?.Value),
                IncentiveSettlementSnapshot s => (s.Project.Value, s.Partner.Value, null),
                SpecialistInvitationSnapshot s => ((string?)null, (string?)s.Partner.Value, (string?)s.Account.Value),
                _ => throw new ArgumentException($"{snapshot.GetType().Name} is not a PartnerRules snapshot.", nameof(snapshot)),
            };
            return new Row
            {
                Key = snapshot.Key.Value,
                Kind = snapshot.Kind,
                State = snapshot.StateName,
                Revision = snapshot.Revision,
                Version = snapshot.Version,
                CreatedAt = snapshot.CreatedAt,
                NaturalId = natural,
                Partner = partner,
                Account = account,
                Json = JsonSerializer.Serialize(snapshot, snapshot.GetType(), InMemoryLifecycleStore.Json),
            };
        }
    }
}
