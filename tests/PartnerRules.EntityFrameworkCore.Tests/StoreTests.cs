using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>
/// The store's contract, in three classes (<see cref="StoreCommandTests"/>, <see cref="StoreIdempotencyTests"/>,
/// <see cref="StoreObligationTests"/>), each run on SQLite, on PostgreSQL and on the in-memory store: the hooks here
/// choose the store.
/// </summary>
public abstract class StoreTests : DatabaseTests
{
    /// <summary>The store under test: the database store here, the in-memory one in the InMemory classes (<see cref="InMemoryContract"/>).</summary>
    protected virtual async Task<ILifecycleStore> ContractStore(IClock clock, Duration? idempotencyLifetime = null) => await Store(clock, idempotencyLifetime);

    /// <summary>Makes a stored row unreadable, as a damaged row would be.</summary>
    protected virtual async Task Corrupt(ILifecycleStore store, LifecycleKey key)
    {
        await using var db = ((PartnerRulesStore)store).CreateContext();
        await db.Lifecycles.Where(r => r.Key == key.Value).ExecuteUpdateAsync(r => r.SetProperty(x => x.Snapshot, "{ not json"), TestContext.Current.CancellationToken);
    }

    /// <summary>Every text the store holds for its lifecycles.</summary>
    protected virtual async Task<IReadOnlyList<string>> StoredTexts(ILifecycleStore store)
    {
        await using var db = ((PartnerRulesStore)store).CreateContext();
        return await db.Lifecycles.Select(r => r.Snapshot + "|" + r.AccountId).ToListAsync(TestContext.Current.CancellationToken);
    }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
}

/// <summary>The contract's hooks on the in-memory store of PartnerRules.Testing.</summary>
internal static class InMemoryContract
{
    public static Task<ILifecycleStore> Store(IClock clock, Duration? idempotencyLifetime) =>
        Task.FromResult<ILifecycleStore>(new PartnerRules.Testing.InMemoryLifecycleStore(clock, TestData.Policy, idempotencyLifetime));

    public static Task Corrupt(ILifecycleStore store, LifecycleKey key)
    {
        ((PartnerRules.Testing.InMemoryLifecycleStore)store).Corrupt(key, "{ not json");
        return Task.CompletedTask;
    }

    public static Task<IReadOnlyList<string>> StoredTexts() => Task.FromResult<IReadOnlyList<string>>([]);
}
