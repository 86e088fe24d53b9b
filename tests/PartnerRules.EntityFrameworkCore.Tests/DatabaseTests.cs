using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>A database per test and a store over it, on SQLite or PostgreSQL.</summary>
public abstract class DatabaseTests : IAsyncLifetime
{
    private readonly List<Database> _databases = [];

    protected abstract Database NewDatabase();

    protected virtual void RequireDatabase()
    {
    }

    protected Database Db { get; private set; } = null!;

    protected FaultInjector Faults { get; } = new();

    public virtual ValueTask InitializeAsync()
    {
        Db = NewDatabase();
        _databases.Add(Db);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<PartnerRulesStore> Store(IClock clock, Duration? idempotencyLifetime = null)
    {
        RequireDatabase();
        var store = new PartnerRulesStore(new PartnerRulesStoreOptions
        {
            Database = b => Db.Use(b).AddInterceptors(Faults),
            IdempotencyKeyLifetime = idempotencyLifetime ?? Duration.FromHours(24),
        }, clock, TestData.Policy);
        await store.EnsureSchemaAsync(TestContext.Current.CancellationToken);
        return store;
    }

}
