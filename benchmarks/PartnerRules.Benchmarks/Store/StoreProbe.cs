using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartnerRules.EntityFrameworkCore;

namespace PartnerRules.Benchmarks.Store;

/// <summary>
/// <c>-- probe-store …</c>: the store's targets without BenchmarkDotNet, on SQLite files (WAL) made by
/// <see cref="StoreData"/>. <c>transition [n]</c>: one transition saved, four ways, interleaved (median and 95th
/// percentile); <c>obligations</c>: the first page among the seeded lifecycles; <c>sweep [count] [sweepers]</c>: one
/// sweep of due invitations, timed once, then checked (one transition and one delivery per invitation);
/// <c>scaleout [n]</c>: transitions per second from one store, then from two store instances on the same file.
/// The seeded file holds <c>$PARTNERRULES_BENCH_ROWS</c> lifecycles (default 1,000,000).
/// </summary>
internal static class StoreProbe
{
    public static async Task Run(string[] args)
    {
        var rows = StoreData.Rows;
        switch (args)
        {
            case ["seed", ..]:
                Console.WriteLine(await StoreData.Lifecycles(rows));
                break;
            case ["transition", ..]:
                await Transitions(await StoreData.Lifecycles(rows), Count(args, 1, 2000));
                break;
            case ["obligations", ..]:
                await Obligations(await StoreData.Lifecycles(rows));
                break;
            case ["sweep", ..]:
                await Sweep(Count(args, 1, 100_000), Count(args, 2, 1));
                break;
            case ["pg-sweep", ..]:
                await PostgresProbe.Sweep(Count(args, 1, 100_000), Count(args, 2, 2));
                break;
            case ["expire-parts", ..]:
                await ExpireParts(Count(args, 1, 5000));
                break;
            case ["scaleout", ..]:
                await ScaleOut(await StoreData.Lifecycles(rows), Count(args, 1, 2000));
                break;
            default:
                Console.WriteLine("probe-store seed | transition [n] | obligations | sweep [count] [sweepers] | scaleout [n]");
                break;
        }
    }

    private static int Count(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static async Task Transitions(string path, int n)
    {
        var keys = await StoreData.AddPool(path, 4 * (n + 200));
        try
        {
            var store = StoreData.Sqlite(path, new BenchClock(StoreData.Now));
            var next = 0;
            var ways = new (string Name, Func<LifecycleKey, Task> Step)[]
            {
                ("FireAsync by key", k => store.FireAsync(k, InvoiceReturnTrigger.Complete)),
                ("ExecuteAsync by key", k => store.ExecuteAsync<InvoiceReturnLifecycle>(k, "complete", l => l.Fire(InvoiceReturnTrigger.Complete))),
                ("LoadAsync + Fire + SaveAsync", async k =>
                {
                    var lifecycle = await store.LoadAsync<InvoiceReturnLifecycle>(k);
                    var revision = lifecycle.Revision;
                    lifecycle.Fire(InvoiceReturnTrigger.Complete);
                    await store.SaveAsync(lifecycle, revision);
                }),
                ("FireAsync by key with an idempotency key", k => store.FireAsync(k, InvoiceReturnTrigger.Complete, context: new CommandContext("bench", IdempotencyKey: "bench-" + k.Value))),
            };
            foreach (var (_, step) in ways)
            {
                for (var i = 0; i < 50; i++)
                {
                    await step(keys[next++]);
                }
            }

            var times = ways.Select(_ => new List<double>(n)).ToArray();
            var bytes = new long[ways.Length];
            for (var i = 0; i < n; i++)
            {
                for (var w = 0; w < ways.Length; w++)
                {
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var clock = Stopwatch.StartNew();
                    await ways[w].Step(keys[next++]);
                    times[w].Add(clock.Elapsed.TotalMilliseconds);
                    bytes[w] += GC.GetTotalAllocatedBytes(precise: true) - before;
                }
            }

            for (var w = 0; w < ways.Length; w++)
            {
                times[w].Sort();
                Console.WriteLine(FormattableString.Invariant(
                    $"{ways[w].Name,-45} median {times[w][n / 2],6:F3} ms  p95 {times[w][n * 95 / 100],6:F3} ms  mean {times[w].Average(),6:F3} ms  {bytes[w] / n,8:N0} B  ({n} each, interleaved)"));
            }
        }
        finally
        {
            await StoreData.RemovePool(path);
        }
    }

    private static async Task Obligations(string path)
    {
        var store = StoreData.Sqlite(path, new BenchClock(StoreData.Now));
        var cases = new (string Name, Func<Task<ObligationPage>> Read)[]
        {
            ("first page (100) of running obligations", () => store.ObligationsAsync(StoreData.Now)),
            ("first page (100) of overdue obligations", () => store.ObligationsAsync(StoreData.Now, overdueOnly: true)),
        };
        var first = await cases[0].Read();
        var cold = new List<string>();
        foreach (var (name, read) in cases)
        {
            var clock = Stopwatch.StartNew();
            var page = await read();
            cold.Add(FormattableString.Invariant($"{clock.Elapsed.TotalMilliseconds:F1}"));
            for (var i = 0; i < 20; i++)
            {
                await read();
            }

            var times = new List<double>();
            for (var i = 0; i < 50; i++)
            {
                clock.Restart();
                page = await read();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(FormattableString.Invariant(
                $"{name,-45} median {times[25],7:F3} ms  p95 {times[47],7:F3} ms  ({page.Items.Count} items, {page.Problems.Count} problems)"));
        }

        var later = first.ContinueAfter;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 100 && later is not null; i++)
        {
            later = (await store.ObligationsAsync(StoreData.Now, continueAfter: later)).ContinueAfter;
        }

        Console.WriteLine(FormattableString.Invariant($"{"next 100 pages, continued",-45} {sw.Elapsed.TotalMilliseconds / 100,7:F3} ms per page"));
    }

    private static async Task Sweep(int count, int sweepers)
    {
        var path = await StoreData.InvitationsCopy(count);
        try
        {
            var clock = new BenchClock(StoreData.Now + Duration.FromDays(8));
            var handler = new CountingHandler();
            var stores = Enumerable.Range(0, sweepers).Select(_ => StoreData.Sqlite(path, clock)).ToList();
            var watch = Stopwatch.StartNew();
            handler.Watch = watch;
            var results = await Task.WhenAll(stores.Select(s => Task.Run(() => new PartnerRulesSweeper(s, handler).SweepAsync())));
            var elapsed = watch.Elapsed;
            await using var db = stores[0].CreateContext();
            var perKey = await db.Transitions.AsNoTracking().GroupBy(t => t.LifecycleKey).Select(g => g.Count()).ToListAsync();
            var expired = results.Sum(r => r.Expired);
            Console.WriteLine(FormattableString.Invariant(
                $"sweep of {count:N0} due invitations, {sweepers} sweeper(s): {elapsed.TotalSeconds:F1} s ({count / elapsed.TotalSeconds:F0} per s); expired {expired:N0}, delivered {results.Sum(r => r.Delivered):N0}, conflicts {results.Sum(r => r.Conflicts)}, problems {results.Sum(r => r.Problems.Count)}"));
            Console.WriteLine(FormattableString.Invariant(
                $"  check: {perKey.Count:N0} lifecycles with transitions, max {(perKey.Count > 0 ? perKey.Max() : 0)} each; {handler.Distinct:N0} distinct deliveries, {handler.Total:N0} in all; first delivery (expiry done) at {handler.First.TotalSeconds:F1} s"));
            if (CommandTimer.Enabled)
            {
                CommandTimer.Instance.Print();
            }

            if (expired != count || perKey.Count != count || perKey.Any(c => c != 1) || handler.Distinct != count)
            {
                throw new InvalidOperationException("The sweep did not expire and report each invitation exactly once.");
            }
        }
        finally
        {
            StoreData.Delete(path);
        }
    }

    /// <summary>Where the CPU time of expiring one invitation goes, stage by stage, over rows read once (no database in the loop).</summary>
    private static async Task ExpireParts(int count)
    {
        var path = await StoreData.InvitationsCopy(count);
        try
        {
            var now = StoreData.Now + Duration.FromDays(8);
            var store = StoreData.Sqlite(path, new BenchClock(now));
            List<PartnerRules.EntityFrameworkCore.Storage.LifecycleRow> rows;
            await using (var db = store.CreateContext())
            {
                rows = await db.Lifecycles.AsNoTracking().ToListAsync();
            }

            var schedule = PolicySchedule.Always(StoreData.Policy);
            for (var round = 0; round < 3; round++)
            {
                var t = new double[6];
                var sw = new Stopwatch();
                foreach (var row in rows)
                {
                    sw.Restart();
                    var snapshot = PartnerRules.EntityFrameworkCore.Storage.SnapshotRows.Read(row);
                    t[0] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    var lifecycle = (SpecialistInvitationLifecycle)store.Lifecycles.Restore(snapshot);
                    t[1] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    var report = PartnerRules.Obligations.Report([(IObligationSource)lifecycle.ToSnapshot()], now, schedule);
                    t[2] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    lifecycle.Fire(SpecialistInvitationTrigger.Expire);
                    t[3] += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    PartnerRules.EntityFrameworkCore.Storage.SnapshotRows.Fill(new PartnerRules.EntityFrameworkCore.Storage.LifecycleRow(), lifecycle);
                    t[4] += sw.Elapsed.TotalMilliseconds;
                    GC.KeepAlive(report);
                }

                Console.WriteLine(FormattableString.Invariant(
                    $"per invitation, µs: read JSON {t[0] * 1000 / count:F1}, restore {t[1] * 1000 / count:F1}, describe (ToSnapshot + Report) {t[2] * 1000 / count:F1}, fire {t[3] * 1000 / count:F1}, fill (ToSnapshot + JSON) {t[4] * 1000 / count:F1}"));
            }
        }
        finally
        {
            StoreData.Delete(path);
        }
    }

    private static async Task ScaleOut(string path, int n)
    {
        var keys = await StoreData.AddPool(path, 3 * n + 100);
        try
        {
            var clock = new BenchClock(StoreData.Now);
            var one = StoreData.Sqlite(path, clock);
            var other = StoreData.Sqlite(path, clock);
            for (var i = 0; i < 100; i++)
            {
                await (i % 2 == 0 ? one : other).FireAsync(keys[i], InvoiceReturnTrigger.Complete);
            }

            var watch = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                await one.FireAsync(keys[100 + i], InvoiceReturnTrigger.Complete);
            }

            var single = n / watch.Elapsed.TotalSeconds;
            watch.Restart();
            await Task.WhenAll(
                Task.Run(async () =>
                {
                    for (var i = 0; i < n; i++)
                    {
                        await one.FireAsync(keys[100 + n + i], InvoiceReturnTrigger.Complete);
                    }
                }),
                Task.Run(async () =>
                {
                    for (var i = 0; i < n; i++)
                    {
                        await other.FireAsync(keys[100 + (2 * n) + i], InvoiceReturnTrigger.Complete);
                    }
                }));
            var two = 2 * n / watch.Elapsed.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant($"FireAsync by key, one store: {single:F0} transitions/s; two store instances on one file, one caller each: {two:F0} transitions/s ({two / single:F2}×)"));
        }
        finally
        {
            await StoreData.RemovePool(path);
        }
    }

    internal sealed class CountingHandler : IOverdueObligationHandler
    {
        private readonly ConcurrentDictionary<string, int> _seen = new();
        private int _total;

        public int Distinct => _seen.Count;

        public int Total => _total;

        public Stopwatch? Watch { get; set; }

        public TimeSpan First { get; private set; }

        public Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken)
        {
            _seen.AddOrUpdate(obligation.DeduplicationKey, 1, (_, c) => c + 1);
            if (Interlocked.Increment(ref _total) == 1)
            {
                First = Watch?.Elapsed ?? TimeSpan.Zero;
            }

            return Task.CompletedTask;
        }
    }
}
