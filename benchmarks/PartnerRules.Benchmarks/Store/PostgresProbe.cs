using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartnerRules.EntityFrameworkCore;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.Benchmarks.Store;

/// <summary>
/// <c>-- probe-store pg-sweep [count] [sweepers]</c>: the sweep on a throwaway PostgreSQL 15 server (initdb in a fresh
/// folder, a free port, started with pg_ctl as the <c>postgres</c> user when run as root, stopped at the end), with the
/// same settings as the tests' server (fsync off: this measures the store, not the disk).
/// </summary>
internal static class PostgresProbe
{
    public static async Task Sweep(int count, int sweepers)
    {
        var folder = Path.Combine(Path.GetTempPath(), "partnerrules-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asPostgres = Environment.UserName == "root";
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        try
        {
            if (asPostgres)
            {
                Run("chown", $"-R postgres \"{folder}\"", false);
            }

            Run("initdb", $"-D \"{data}\" -A trust -U postgres -E UTF8 --locale=C", asPostgres);
            Run("pg_ctl", $"-D \"{data}\" -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -l \"{Path.Combine(folder, "log")}\" -w start", asPostgres);
            var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=bench;Pooling=true;Maximum Pool Size=40;Timeout=30;Command Timeout=120";
            var clock = new BenchClock(StoreData.Now);
            PartnerRulesStore Store() => new(new PartnerRulesStoreOptions { Database = o => o.UseNpgsql(connection) }, clock, StoreData.Policy);
            var seeding = Store();
            await seeding.EnsureSchemaAsync();
            var watch = Stopwatch.StartNew();
            for (var start = 0; start < count; start += 2000)
            {
                await using var db = seeding.CreateContext();
                for (var i = start; i < Math.Min(count, start + 2000); i++)
                {
                    clock.Now = StoreData.Now - Duration.FromMinutes(i % 1440);
                    var row = new LifecycleRow();
                    SnapshotRows.Fill(row, seeding.Lifecycles.InviteSpecialist(new PartnerId("P-" + (i % 5000).ToString(CultureInfo.InvariantCulture)), new AccountId("E-" + i.ToString(CultureInfo.InvariantCulture)), 0));
                    db.Lifecycles.Add(row);
                }

                await db.SaveChangesAsync();
            }

            await using (var db = seeding.CreateContext())
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }

            Console.Error.WriteLine(FormattableString.Invariant($"// seeded {count:N0} invitations in PostgreSQL in {watch.Elapsed.TotalSeconds:F1} s"));
            clock.Now = StoreData.Now + Duration.FromDays(8);
            var handler = new StoreProbe.CountingHandler();
            var stores = Enumerable.Range(0, sweepers).Select(_ => Store()).ToList();
            watch.Restart();
            handler.Watch = watch;
            var results = await Task.WhenAll(stores.Select(s => Task.Run(() => new PartnerRulesSweeper(s, handler).SweepAsync())));
            var elapsed = watch.Elapsed;
            await using var check = seeding.CreateContext();
            var perKey = await check.Transitions.AsNoTracking().GroupBy(t => t.LifecycleKey).Select(g => g.Count()).ToListAsync();
            Console.WriteLine(FormattableString.Invariant(
                $"PostgreSQL sweep of {count:N0} due invitations, {sweepers} sweeper(s): {elapsed.TotalSeconds:F1} s ({count / elapsed.TotalSeconds:F0} per s); expired {results.Sum(r => r.Expired):N0} ({string.Join(" + ", results.Select(r => r.Expired))}), delivered {results.Sum(r => r.Delivered):N0}, conflicts {results.Sum(r => r.Conflicts)}, problems {results.Sum(r => r.Problems.Count)}"));
            Console.WriteLine(FormattableString.Invariant(
                $"  check: {perKey.Count:N0} lifecycles with transitions, max {(perKey.Count > 0 ? perKey.Max() : 0)} each; {handler.Distinct:N0} distinct deliveries, {handler.Total:N0} in all; first delivery at {handler.First.TotalSeconds:F1} s"));
            if (perKey.Count != count || perKey.Any(c => c != 1) || handler.Distinct != count)
            {
                throw new InvalidOperationException("The sweep did not expire and report each invitation exactly once.");
            }
        }
        finally
        {
            Run("pg_ctl", $"-D \"{data}\" -m fast -w stop", asPostgres);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}") : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {output}");
        }
    }
}
