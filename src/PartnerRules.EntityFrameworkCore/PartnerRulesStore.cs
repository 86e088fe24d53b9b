using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.EntityFrameworkCore.Storage;

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
public sealed partial class PartnerRulesStore : ILifecycleStore
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
