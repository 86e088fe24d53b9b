using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.EntityFrameworkCore.Storage;
using PartnerRules.Internal;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>
/// Lifecycles of every kind in one database (SQLite or PostgreSQL through EF Core): add, load, save with the expected
/// <c>Revision</c>, fire a trigger by key in one transaction, idempotent commands, running obligations read from
/// indexed columns, and erasure of a personal account.
/// </summary>
/// <remarks>
/// Thread-safe: every call opens its own <c>DbContext</c>, so one store serves a whole application (register it as a
/// singleton), and several applications may share one PostgreSQL database (docs/scale-out.md). Every write is one
/// transaction: a refused or failed call writes nothing. Call <see cref="EnsureSchemaAsync"/> once at start-up.
/// </remarks>
public sealed class PartnerRulesStore : ILifecycleStore
{
    // The lookups every command makes, compiled once per store rather than looked up in EF's query cache on every call
    // (a compiled query belongs to one model: SQLite's and PostgreSQL's differ, hence per store, not static).

    /// <summary>The row of a key, tracked.</summary>
    private readonly Func<PartnerRulesDbContext, string, CancellationToken, Task<LifecycleRow?>> _rowByKey =
        EF.CompileAsyncQuery((PartnerRulesDbContext db, string key, CancellationToken _) => db.Lifecycles.SingleOrDefault(r => r.Key == key));

    /// <summary>The row of a key, untracked (for reading only).</summary>
    private readonly Func<PartnerRulesDbContext, string, CancellationToken, Task<LifecycleRow?>> _rowByKeyUntracked =
        EF.CompileAsyncQuery((PartnerRulesDbContext db, string key, CancellationToken _) => db.Lifecycles.AsNoTracking().SingleOrDefault(r => r.Key == key));

    /// <summary>An idempotency key, untracked.</summary>
    private readonly Func<PartnerRulesDbContext, string, CancellationToken, Task<IdempotencyRow?>> _keyByName =
        EF.CompileAsyncQuery((PartnerRulesDbContext db, string key, CancellationToken _) => db.IdempotencyKeys.AsNoTracking().SingleOrDefault(k => k.Key == key));

    /// <summary>Whether an expired idempotency key of that name is stored.</summary>
    private readonly Func<PartnerRulesDbContext, string, long, bool> _keyExpired =
        EF.CompileQuery((PartnerRulesDbContext db, string key, long now) => db.IdempotencyKeys.Any(k => k.Key == key && k.ExpiresAt <= now));

    /// <summary>Contexts are pooled: every call takes one and gives it back, so a command does not build a context's services anew.</summary>
    private readonly PooledDbContextFactory<PartnerRulesDbContext> _contexts;
    private readonly Duration _idempotencyLifetime;
    private readonly PolicySchedule _schedule;

    /// <summary>Creates the store over one policy.</summary>
    /// <param name="options">The database and the idempotency-key lifetime.</param>
    /// <param name="clock">The clock that stamps lifecycles restored by the store and times idempotency keys.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="loggers">Where restored lifecycles log their transitions; null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are incomplete (no database) or invalid.</exception>
    public PartnerRulesStore(PartnerRulesStoreOptions options, IClock clock, ProgramPolicy? policy = null, ILoggerFactory? loggers = null)
        : this(options, clock, PolicySchedule.Always(policy ?? ProgramPolicy.Default), loggers)
    {
    }

    /// <summary>Creates the store under a schedule: each stored lifecycle restores under the policy version it names.</summary>
    /// <param name="options">The database and the idempotency-key lifetime.</param>
    /// <param name="clock">The clock that stamps lifecycles restored by the store and times idempotency keys.</param>
    /// <param name="schedule">The policy versions.</param>
    /// <param name="loggers">Where restored lifecycles log their transitions; null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="clock"/> or <paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are incomplete (no database) or invalid.</exception>
    public PartnerRulesStore(PartnerRulesStoreOptions options, IClock clock, PolicySchedule schedule, ILoggerFactory? loggers = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.Validate();
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        _idempotencyLifetime = options.IdempotencyKeyLifetime;
        var builder = new DbContextOptionsBuilder<PartnerRulesDbContext>();
        options.Database!(builder);
        if (!options.SqliteDurableCommits)
        {
            builder.AddInterceptors(SqliteSynchronousNormal.Instance);
        }

        _contexts = new PooledDbContextFactory<PartnerRulesDbContext>(builder.Options);
        Lifecycles = new PartnerRulesLifecycles(clock, schedule, loggers);
    }

    /// <summary>The clock of the store and of the lifecycles it restores.</summary>
    public IClock Clock { get; }

    /// <summary>The factory the store restores with: create new lifecycles with it too, so they share the clock and policy.</summary>
    public PartnerRulesLifecycles Lifecycles { get; }

    internal PolicySchedule Schedule => _schedule;

    internal PartnerRulesDbContext CreateContext() => _contexts.CreateDbContext();

    /// <summary>
    /// Creates the tables when the database has none, or checks that their version is one this library knows. Safe to
    /// call at every start-up, from several hosts at once. SQLite databases are switched to write-ahead logging (WAL).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="StoreSchemaException">The tables were made by a newer PartnerRules (schema version above this one's).</exception>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        using var activity = PartnerRulesTelemetry.Source.StartActivity("partnerrules.ensure_schema");
        await using var db = CreateContext();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            await creator.CreateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        var version = await SchemaVersion(db, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            try
            {
                await creator.CreateTablesAsync(cancellationToken).ConfigureAwait(false);
                db.Schema.Add(new SchemaRow { Id = 1, Version = StoreSchema.Version });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                // Another host created them at the same moment: read what it wrote.
                await using var again = CreateContext();
                version = await SchemaVersion(again, cancellationToken).ConfigureAwait(false);
                if (version is null)
                {
                    throw;
                }
            }
        }

        StoreSchema.Check(version.Value);
    }

    private static async Task<int?> SchemaVersion(PartnerRulesDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Schema.AsNoTracking().Where(r => r.Id == 1).Select(r => (int?)r.Version).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException)
        {
            return null;
        }
    }

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

    /// <summary>The lifecycle stored under <paramref name="key"/>, restored under its policy version; null when none is.</summary>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="SnapshotRejectedException">The stored snapshot fails its checks (a stored-data fault).</exception>
    /// <exception cref="JsonException">The stored JSON does not read.</exception>
    public async Task<ILifecycle?> FindAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        await using var db = CreateContext();
        var row = await _rowByKeyUntracked(db, key.Value, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Lifecycles.Restore(SnapshotRows.Read(row));
    }

    /// <summary>The lifecycle stored under <paramref name="key"/>, as its type.</summary>
    /// <typeparam name="T">The lifecycle type, such as <see cref="OpportunityLifecycle"/>, or <see cref="ILifecycle"/>.</typeparam>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or the lifecycle is not a <typeparamref name="T"/>.</exception>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    /// <exception cref="SnapshotRejectedException">The stored snapshot fails its checks (a stored-data fault).</exception>
    public async Task<T> LoadAsync<T>(LifecycleKey key, CancellationToken cancellationToken = default)
        where T : class, ILifecycle
    {
        var lifecycle = await FindAsync(key, cancellationToken).ConfigureAwait(false) ?? throw new LifecycleNotFoundException(key);
        return StoreCommands.As<T>(lifecycle);
    }

    /// <summary>The keys of the lifecycles of one subject, oldest first: every return of an invoice, every settlement of a project, the lifecycle of an opportunity.</summary>
    /// <param name="kind">Opportunity, invoice return or incentive settlement (the kinds with a natural id of their own).</param>
    /// <param name="naturalId">The opportunity, invoice or project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="naturalId"/> is null or empty.</exception>
    public async Task<IReadOnlyList<LifecycleKey>> FindKeysAsync(LifecycleKind kind, string naturalId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(naturalId))
        {
            throw new ArgumentException("A natural id (opportunity, invoice or project) is needed.", nameof(naturalId));
        }

        var kindName = kind.ToString();
        await using var db = CreateContext();
        var keys = await db.Lifecycles.AsNoTracking().Where(r => r.Kind == kindName && r.NaturalId == naturalId)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Key).Select(r => r.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        return keys.ConvertAll(k => new LifecycleKey(k));
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

    /// <summary>The stored transitions of a lifecycle with who made them, oldest first; empty when none is stored.</summary>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    public async Task<IReadOnlyList<StoredTransition>> HistoryAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        await using var db = CreateContext();
        var rows = await db.Transitions.AsNoTracking().Where(t => t.LifecycleKey == key.Value).OrderBy(t => t.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(t => new StoredTransition(t.Sequence, SnapshotRows.Instant(t.At), t.From, t.To, t.Trigger, t.Reason, t.Actor, t.CorrelationId));
    }

    /// <summary>
    /// One page of the running obligations, earliest overdue instant first, read from indexed columns (never every
    /// snapshot): each described as <c>Obligations.Report</c> does, under the lifecycle's own policy version. A row that
    /// cannot be read is listed in <see cref="ObligationPage.Problems"/> with its key and does not fail the page.
    /// </summary>
    /// <param name="now">The instant that decides <c>IsOverdue</c>.</param>
    /// <param name="overdueOnly">True for the overdue ones only.</param>
    /// <param name="pageSize">1 to 1,000 rows. Default: 100.</param>
    /// <param name="continueAfter">The previous page's <see cref="ObligationPage.ContinueAfter"/>; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1 to 1,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="continueAfter"/> is not a value this method returned.</exception>
    public async Task<ObligationPage> ObligationsAsync(Instant now, bool overdueOnly = false, int pageSize = 100, string? continueAfter = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds 1 to 1,000 obligations.");
        }

        using var activity = PartnerRulesTelemetry.Source.StartActivity("partnerrules.obligations");
        var after = Continuation.Parse(continueAfter, nameof(continueAfter));
        var nowTicks = SnapshotRows.Ticks(now);
        await using var db = CreateContext();
        var rows = await DueRows.Running(db, overdueOnly ? nowTicks : null, after is { } position ? (position.Ticks, position.Key) : null, pageSize, cancellationToken).ConfigureAwait(false);
        var items = new List<StoredObligation>(rows.Count);
        var problems = new List<StoredRowProblem>();
        foreach (var row in rows)
        {
            try
            {
                var snapshot = SnapshotRows.Read(row);
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
            catch (Exception ex) when (ex is JsonException or PartnerRulesException or InvalidCastException)
            {
                problems.Add(new StoredRowProblem(row.Key, ex.Message));
            }
        }

        var next = rows.Count == pageSize ? Continuation.Format(rows[^1].OverdueFrom!.Value, rows[^1].Key) : null;
        return new ObligationPage(items, problems, next);
    }

    /// <summary>
    /// Replaces a personal account id with a pseudonym in every stored lifecycle (the account column and the snapshot;
    /// the history keeps its shape), raising each changed lifecycle's revision so a copy loaded before cannot write the
    /// account back. Reasons typed by people are kept as given.
    /// </summary>
    /// <param name="account">The account to erase.</param>
    /// <param name="pseudonym">What replaces it, such as <c>new AccountId("erased-" + ticket)</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of lifecycles changed.</returns>
    /// <exception cref="ArgumentException">Either id is <c>default</c>, or they are equal.</exception>
    public async Task<int> EraseAccountAsync(AccountId account, AccountId pseudonym, CancellationToken cancellationToken = default)
    {
        if (account.IsDefault || pseudonym.IsDefault)
        {
            throw new ArgumentException("Both the account and its pseudonym need a value.", account.IsDefault ? nameof(account) : nameof(pseudonym));
        }

        if (account == pseudonym)
        {
            throw new ArgumentException("The pseudonym must differ from the account it replaces.", nameof(pseudonym));
        }

        using var activity = PartnerRulesTelemetry.Source.StartActivity("partnerrules.erase_account");
        await using var db = CreateContext();
        var rows = await db.Lifecycles.Where(r => r.AccountId == account.Value).ToListAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        foreach (var row in rows)
        {
            var erased = SnapshotRows.Erase(SnapshotRows.Read(row), account, pseudonym);
            if (erased is null)
            {
                continue;
            }

            var bumped = erased switch
            {
                CustomerAssociationSnapshot a => (ILifecycleSnapshot)(a with { Revision = a.Revision + 1 }),
                SpecialistInvitationSnapshot s => s with { Revision = s.Revision + 1 },
                _ => erased,
            };
            row.AccountId = pseudonym.Value;
            row.Revision = bumped.Revision;
            row.Snapshot = JsonSerializer.Serialize(bumped, bumped.GetType(), SnapshotRows.Json);
            keys.Add(row.Key);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows.Where(r => keys.Contains(r.Key)))
        {
            var subject = row.PartnerId + "/" + pseudonym.Value;
            await db.Outbox.Where(o => o.LifecycleKey == row.Key).ExecuteUpdateAsync(o => o.SetProperty(x => x.SubjectId, subject), cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return keys.Count;
    }

    /// <summary>Deletes the idempotency keys whose lifetime has passed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number deleted.</returns>
    public async Task<int> PurgeExpiredIdempotencyKeysAsync(CancellationToken cancellationToken = default)
    {
        var now = SnapshotRows.Ticks(Clock.GetCurrentInstant());
        await using var db = CreateContext();
        return await db.IdempotencyKeys.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the changed row, its new transitions and the idempotency key; a stale revision is a conflict and writes nothing.</summary>
    internal async Task<CommandOutcome> Commit(PartnerRulesDbContext db, LifecycleRow row, ILifecycle lifecycle, long expectedRevision, CommandContext context, string? fingerprint,
        CancellationToken cancellationToken, Func<PartnerRulesDbContext, Task>? alongside = null)
    {
        if (row.Revision != expectedRevision)
        {
            PartnerRulesTelemetry.Conflicts.Add(1);
            throw new ConcurrencyConflictException(lifecycle.Key, expectedRevision, row.Revision);
        }

        var transitions = Stage(db, row, lifecycle, context);
        var outcome = new CommandOutcome(lifecycle.Key, row.Revision, row.State, Replayed: false);
        if (fingerprint is not null)
        {
            Remember(db, context, fingerprint, outcome);
        }

        if (alongside is not null)
        {
            await alongside(db).ConfigureAwait(false);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            PartnerRulesTelemetry.Conflicts.Add(1);
            await using var check = CreateContext();
            var actual = await check.Lifecycles.AsNoTracking().Where(r => r.Key == row.Key).Select(r => (long?)r.Revision).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            throw new ConcurrencyConflictException(lifecycle.Key, expectedRevision, actual);
        }
        catch (DbUpdateException)
        {
            await using var check = CreateContext();
            if (fingerprint is not null && await Idempotent(check, context, fingerprint, cancellationToken).ConfigureAwait(false) is { } raced)
            {
                return raced;
            }

            // Two saves of the same revision: the other one's transitions came first.
            var actual = await check.Lifecycles.AsNoTracking().Where(r => r.Key == row.Key).Select(r => (long?)r.Revision).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (actual != expectedRevision)
            {
                PartnerRulesTelemetry.Conflicts.Add(1);
                throw new ConcurrencyConflictException(lifecycle.Key, expectedRevision, actual);
            }

            throw;
        }

        Saved(transitions);
        return outcome;
    }

    /// <summary>Fills the tracked <paramref name="row"/> from <paramref name="lifecycle"/> and adds its new transitions, without saving; returns how many.</summary>
    internal static int Stage(PartnerRulesDbContext db, LifecycleRow row, ILifecycle lifecycle, CommandContext context)
    {
        var storedVersion = row.Version;
        if (lifecycle.Version < storedVersion)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The lifecycle holds {0} transitions, fewer than the {1} stored: it is not a later copy of the stored one.", lifecycle.Version, storedVersion), nameof(lifecycle));
        }

        var snapshot = SnapshotRows.Fill(row, lifecycle);
        var transitions = SnapshotRows.NewTransitions(snapshot, storedVersion, context).ToList();
        db.Transitions.AddRange(transitions);
        return transitions.Count;
    }

    internal static void Saved(int transitions)
    {
        PartnerRulesTelemetry.Commands.Add(1);
        if (transitions > 0)
        {
            PartnerRulesTelemetry.Transitions.Add(transitions);
        }
    }

    /// <summary>The first outcome of a live idempotency key used for the same command; null when the key is new, expired or absent.</summary>
    private async Task<CommandOutcome?> Idempotent(PartnerRulesDbContext db, CommandContext context, string fingerprint, CancellationToken cancellationToken)
    {
        if (context.IdempotencyKey is not { } key)
        {
            return null;
        }

        RequireIdempotencyKey(key);
        var now = SnapshotRows.Ticks(Clock.GetCurrentInstant());
        var stored = await _keyByName(db, key, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.ExpiresAt <= now)
        {
            return null;
        }

        if (stored.Fingerprint != fingerprint)
        {
            throw new IdempotencyKeyReusedException(key);
        }

        PartnerRulesTelemetry.Replays.Add(1);
        return new CommandOutcome(new LifecycleKey(stored.LifecycleKey), stored.Revision, stored.State, Replayed: true);
    }

    private void Remember(PartnerRulesDbContext db, CommandContext context, string fingerprint, CommandOutcome outcome)
    {
        if (context.IdempotencyKey is not { } key)
        {
            return;
        }

        var now = Clock.GetCurrentInstant();
        var row = new IdempotencyRow
        {
            Key = key,
            Fingerprint = fingerprint,
            LifecycleKey = outcome.Key.Value,
            Revision = outcome.Revision,
            State = outcome.State,
            CreatedAt = SnapshotRows.Ticks(now),
            ExpiresAt = SnapshotRows.Ticks(now + _idempotencyLifetime),
        };

        // An expired key of the same name is replaced in the same transaction.
        var nowTicks = row.CreatedAt;
        var expired = _keyExpired(db, key, nowTicks);
        if (expired)
        {
            db.IdempotencyKeys.Update(row);
        }
        else
        {
            db.IdempotencyKeys.Add(row);
        }
    }

    private static void RequireIdempotencyKey(string key)
    {
        if (key.Length is 0 or > 200 || key.Any(char.IsControl))
        {
            throw new ArgumentException("An idempotency key holds 1 to 200 characters and no control characters (CommandContext.IdempotencyKey).", nameof(key));
        }
    }

    /// <summary>A command's identity for its idempotency key: a SHA-256 of its parts, so no personal data is stored in it.</summary>
    internal static string Fingerprint(params string?[] parts)
    {
        var text = string.Join("\u001f", parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

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

    /// <summary>The position after which the next page starts: the overdue instant's ticks and the key.</summary>
    private readonly record struct Continuation(long Ticks, string Key)
    {
        public static string Format(long ticks, string key) => ticks.ToString(CultureInfo.InvariantCulture) + ":" + key;

        public static Continuation? Parse(string? text, string paramName)
        {
            if (text is null)
            {
                return null;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == text.Length - 1 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks))
            {
                throw new ArgumentException("Not a continuation this store returned: pass ObligationPage.ContinueAfter as it was.", paramName);
            }

            return new Continuation(ticks, text[(colon + 1)..]);
        }
    }
}

/// <summary>The store's schema version and what this library does with other versions.</summary>
internal static class StoreSchema
{
    /// <summary>1: lifecycles, transitions, idempotency keys, outbox, schema.</summary>
    public const int Version = 1;

    public static void Check(int stored)
    {
        if (stored > Version)
        {
            throw new StoreSchemaException($"The database's PartnerRules tables are at schema version {stored}, newer than this library's {Version}: upgrade PartnerRules.EntityFrameworkCore.");
        }

        // Older versions: none exist yet. Each future version adds its upgrade script here, applied in order.
    }
}
