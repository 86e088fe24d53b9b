using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PartnerRules.EntityFrameworkCore;

namespace PartnerRules.Benchmarks.Store;

/// <summary>
/// Issue target: one transition saved ≤ 2 ms, on a SQLite file (WAL) holding 1,000,000 lifecycles
/// (<see cref="StoreData.Lifecycles"/>). Each call completes a different electronic invoice return of a pool added in
/// the set-up and removed in the clean-up, so every call is the same one transition. <see cref="Synchronous"/>:
/// FULL is SQLite's default (the WAL is fsynced at every commit); NORMAL is the setting SQLite recommends with WAL
/// (no fsync at commit; a power cut may lose the last commits, never consistency), set by the host on each connection.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class StoreTransitionBenchmarks
{
    private const int Pool = 30_000;
    private string _path = "";
    private PartnerRulesStore _store = null!;
    private LifecycleKey[] _keys = [];
    private int _next;

    [Params("FULL", "NORMAL")]
    public string Synchronous { get; set; } = "FULL";

    [GlobalSetup]
    public void SetUp()
    {
        _path = StoreData.Lifecycles(StoreData.Rows).GetAwaiter().GetResult();
        _keys = StoreData.AddPool(_path, Pool).GetAwaiter().GetResult();
        _store = StoreData.Sqlite(_path, new BenchClock(StoreData.Now), Synchronous);
    }

    [GlobalCleanup]
    public void CleanUp() => StoreData.RemovePool(_path).GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<CommandOutcome> FireAsync_by_key() => _store.FireAsync(Next(), InvoiceReturnTrigger.Complete);

    [Benchmark]
    public Task<CommandOutcome> FireAsync_by_key_with_idempotency_key()
    {
        var key = Next();
        return _store.FireAsync(key, InvoiceReturnTrigger.Complete, context: new CommandContext("bench", IdempotencyKey: "bench-" + key.Value));
    }

    [Benchmark]
    public async Task<CommandOutcome> LoadAsync_Fire_SaveAsync()
    {
        var lifecycle = await _store.LoadAsync<InvoiceReturnLifecycle>(Next());
        var revision = lifecycle.Revision;
        lifecycle.Fire(InvoiceReturnTrigger.Complete);
        return await _store.SaveAsync(lifecycle, revision);
    }

    private LifecycleKey Next() => _next < _keys.Length
        ? _keys[_next++]
        : throw new InvalidOperationException($"All {Pool} pooled lifecycles are used: raise StoreTransitionBenchmarks.Pool.");
}

/// <summary>Issue target: the first page (100) of running obligations among 1,000,000 stored lifecycles ≤ 100 ms (SQLite file, WAL).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class StoreObligationBenchmarks
{
    private PartnerRulesStore _store = null!;
    private string? _second;

    [GlobalSetup]
    public void SetUp()
    {
        var path = StoreData.Lifecycles(StoreData.Rows).GetAwaiter().GetResult();
        _store = StoreData.Sqlite(path, new BenchClock(StoreData.Now));
        _second = _store.ObligationsAsync(StoreData.Now).GetAwaiter().GetResult().ContinueAfter;
    }

    [Benchmark(Baseline = true)]
    public Task<ObligationPage> First_page_of_running_obligations() => _store.ObligationsAsync(StoreData.Now);

    [Benchmark]
    public Task<ObligationPage> First_page_of_overdue_obligations() => _store.ObligationsAsync(StoreData.Now, overdueOnly: true);

    [Benchmark]
    public Task<ObligationPage> Second_page_of_running_obligations() => _store.ObligationsAsync(StoreData.Now, continueAfter: _second);
}
