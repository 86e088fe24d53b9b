using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;
using PartnerRules.EntityFrameworkCore;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.Benchmarks.Store;

/// <summary>A clock the benchmarks set.</summary>
internal sealed class BenchClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;
}

/// <summary>
/// The store benchmarks' SQLite files. Rows are made by the library (factories, then the store's own
/// <see cref="SnapshotRows.Fill"/>) and inserted in bulk with prepared raw SQL whose column names come from the store's EF
/// model, so a seeded row is exactly what <c>AddAsync</c> would write, at ~100× its speed. A seeded file is kept and
/// reused: its name holds the row count, the store's schema version, the snapshot format and <see cref="DataVersion"/>,
/// so a change to any of them seeds a new file. Files live in <c>$PARTNERRULES_BENCH_DATA</c> or the temp folder.
/// </summary>
internal static class StoreData
{
    /// <summary>Raise when the seeded mix below changes.</summary>
    public const int DataVersion = 1;

    public static readonly ProgramPolicy Policy = ProgramPolicy.Default with { HoOfferResponseTime = Period.FromDays(5) };

    /// <summary>The benchmarks' "now": rows are created up to 40 days before it.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 2, 0);

    private static readonly Decision ApprovedHo = new(true,
    [
        new Finding(FindingCodes.HoPceMember, true, "PCE member"),
        new Finding(FindingCodes.HoSharesOpportunities, true, "shares"),
        new Finding(FindingCodes.HoDevelopmentPath, true, "path"),
    ]);

    /// <summary>How many lifecycles the seeded file holds: <c>$PARTNERRULES_BENCH_ROWS</c>, default 1,000,000.</summary>
    public static int Rows => Environment.GetEnvironmentVariable("PARTNERRULES_BENCH_ROWS") is { Length: > 0 } set ? int.Parse(set, CultureInfo.InvariantCulture) : 1_000_000;

    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("PARTNERRULES_BENCH_DATA") is { Length: > 0 } set ? set : Path.Combine(Path.GetTempPath(), "partnerrules-bench");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary><c>$PARTNERRULES_BENCH_SYNCHRONOUS</c> (NORMAL, OFF): a <c>PRAGMA synchronous</c> on every connection, to tell the disk's fsync from the store's own time; unset, SQLite's default (FULL).</summary>
    public static string? Synchronous { get; } = Environment.GetEnvironmentVariable("PARTNERRULES_BENCH_SYNCHRONOUS") is { Length: > 0 } s ? s : null;

    public static PartnerRulesStore Sqlite(string path, IClock clock, string? synchronous = null) =>
        new(new PartnerRulesStoreOptions
        {
            Database = o =>
            {
                o.UseSqlite($"Data Source={path};Default Timeout=60");
                if ((synchronous ?? Synchronous) is { } mode)
                {
                    o.AddInterceptors(new SynchronousPragma(mode));
                }

                if (CommandTimer.Enabled)
                {
                    o.AddInterceptors(CommandTimer.Instance);
                }
            },
        }, clock, Policy);

    /// <summary>
    /// The file of <paramref name="count"/> lifecycles of every kind, seeded once: 40 % invoice returns (three invoice
    /// kinds), 30 % specialist invitations, 20 % HO offers, 10 % PO drafts (no obligation), created over the 40 days before
    /// <see cref="Now"/>, so most deadlines have passed and some have not.
    /// </summary>
    public static async Task<string> Lifecycles(int count)
    {
        var path = Path.Combine(Folder, Name("lifecycles", count));
        if (!File.Exists(path))
        {
            await Create(path, count, Mixed).ConfigureAwait(false);
        }

        return path;
    }

    /// <summary>A fresh copy of a file holding <paramref name="count"/> specialist invitations all due at <see cref="Now"/> plus 8 days (the template is seeded once).</summary>
    public static async Task<string> InvitationsCopy(int count)
    {
        var template = Path.Combine(Folder, Name("invitations", count));
        if (!File.Exists(template))
        {
            await Create(template, count, (factory, clock, i) =>
            {
                clock.Now = Now - Duration.FromMinutes(i % 1440);
                return factory.InviteSpecialist(new PartnerId("P-" + (i % 5000).ToString(CultureInfo.InvariantCulture)), new AccountId("E-" + i.ToString(CultureInfo.InvariantCulture)), 0);
            }).ConfigureAwait(false);
        }

        var copy = Path.Combine(Folder, "run-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        File.Copy(template, copy);
        return copy;
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>Adds <paramref name="count"/> electronic invoice returns (Requested: one Complete each) for a transition benchmark to use up; removes the previous run's first.</summary>
    public static async Task<LifecycleKey[]> AddPool(string path, int count)
    {
        await RemovePool(path).ConfigureAwait(false);
        var keys = new LifecycleKey[count];
        await Insert(path, 0, count, (factory, clock, i) =>
        {
            clock.Now = Now - Duration.FromHours(1);
            var lifecycle = factory.RequestInvoiceReturn(new InvoiceId("POOL-" + i.ToString(CultureInfo.InvariantCulture)), InvoiceKind.ElectronicOrdinary);
            keys[i] = lifecycle.Key;
            return lifecycle;
        }, fast: false).ConfigureAwait(false);
        return keys;
    }

    /// <summary>Deletes the pool rows and everything written for them, so the seeded file stays as seeded.</summary>
    public static async Task RemovePool(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Default Timeout=60");
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM partnerrules_transitions WHERE "LifecycleKey" IN (SELECT "Key" FROM partnerrules_lifecycles WHERE "Kind" = 'InvoiceReturn' AND "NaturalId" LIKE 'POOL-%');
            DELETE FROM partnerrules_idempotency_keys WHERE "Key" LIKE 'bench-%';
            DELETE FROM partnerrules_lifecycles WHERE "Kind" = 'InvoiceReturn' AND "NaturalId" LIKE 'POOL-%';
            PRAGMA wal_checkpoint(TRUNCATE);
            """;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static string Name(string what, int count) => string.Create(CultureInfo.InvariantCulture,
        $"{what}-{count}-schema{StoreSchema.Version}-format{SnapshotRows.CurrentFormat}-data{DataVersion}.db");

    private static ILifecycle Mixed(PartnerRulesLifecycles factory, BenchClock clock, int i)
    {
        clock.Now = Now - Duration.FromMinutes((i * 37L) % (40 * 1440));
        var n = i.ToString(CultureInfo.InvariantCulture);
        var partner = new PartnerId("P-" + (i % 5000).ToString(CultureInfo.InvariantCulture));
        return (i % 10) switch
        {
            0 => factory.RequestInvoiceReturn(new InvoiceId("INV-" + n), InvoiceKind.ElectronicOrdinary),
            1 => factory.RequestInvoiceReturn(new InvoiceId("INV-" + n), InvoiceKind.PaperOrdinary),
            2 or 3 => factory.RequestInvoiceReturn(new InvoiceId("INV-" + n), InvoiceKind.SpecialVat),
            4 or 5 or 6 => factory.InviteSpecialist(partner, new AccountId("E-" + n), 0),
            7 or 8 => factory.Offer(new OpportunityId("HO-" + n), partner, ApprovedHo),
            _ => factory.CreateDraft(new OpportunityId("PO-" + n)),
        };
    }

    /// <summary>Seeds a new file under a temporary name, then renames it: a file cut short by a crash is never reused.</summary>
    private static async Task Create(string path, int count, Func<PartnerRulesLifecycles, BenchClock, int, ILifecycle> make)
    {
        var clock = Stopwatch.StartNew();
        var temporary = path + ".seeding";
        Delete(temporary);
        await Sqlite(temporary, new BenchClock(Now)).EnsureSchemaAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        await Insert(temporary, 0, count, make, fast: true).ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        File.Move(temporary, path);
        Console.Error.WriteLine(FormattableString.Invariant($"// seeded {count:N0} rows into {path} in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>Rows made on both cores in chunks, inserted by one prepared statement per chunk transaction.</summary>
    private static async Task Insert(string path, int from, int count, Func<PartnerRulesLifecycles, BenchClock, int, ILifecycle> make, bool fast)
    {
        var model = Sqlite(path, new BenchClock(Now));
        IReadOnlyList<IProperty> properties;
        string table;
        await using (var db = model.CreateContext())
        {
            var entity = db.Model.FindEntityType(typeof(LifecycleRow))!;
            table = entity.GetTableName()!;
            properties = entity.GetProperties().ToList();
        }

        var identifier = StoreObjectIdentifier.Table(table, null);
        var columns = properties.Select(p => "\"" + p.GetColumnName(identifier) + "\"").ToList();
        await using var connection = new SqliteConnection($"Data Source={path};Default Timeout=60");
        await connection.OpenAsync().ConfigureAwait(false);
        await using (var pragma = connection.CreateCommand())
        {
            // Seeding only: no journal and no fsync (the file is renamed into place when complete); back to WAL at the end.
            pragma.CommandText = fast ? "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000;" : "PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        const int Chunk = 20_000;
        var making = new Stopwatch();
        var inserting = new Stopwatch();
        for (var start = from; start < from + count; start += Chunk)
        {
            var size = Math.Min(Chunk, from + count - start);
            var rows = new LifecycleRow[size];
            making.Start();
            Parallel.For(0, (size + 999) / 1000, block =>
            {
                var time = new BenchClock(Now);
                var factory = new PartnerRulesLifecycles(time, PolicySchedule.Always(Policy));
                for (var i = block * 1000; i < Math.Min(size, (block + 1) * 1000); i++)
                {
                    var row = new LifecycleRow();
                    SnapshotRows.Fill(row, make(factory, time, start + i));
                    rows[i] = row;
                }
            });
            making.Stop();
            inserting.Start();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync().ConfigureAwait(false);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", properties.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
            var parameters = properties.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
            insert.Prepare();
            foreach (var row in rows)
            {
                for (var p = 0; p < properties.Count; p++)
                {
                    parameters[p].Value = properties[p].PropertyInfo!.GetValue(row) ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            await transaction.CommitAsync().ConfigureAwait(false);
            inserting.Stop();
        }

        Console.Error.WriteLine(FormattableString.Invariant($"// {count:N0} rows: made in {making.Elapsed.TotalSeconds:F1} s, inserted in {inserting.Elapsed.TotalSeconds:F1} s"));

        if (fast)
        {
            await using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>Sets <c>PRAGMA synchronous</c> on each connection the store opens.</summary>
internal sealed class SynchronousPragma(string mode) : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    // "NORMAL" or "OFF"; anything with '=' is taken as whole pragmas ("synchronous=NORMAL;cache_size=-65536").
    private readonly string _sql = mode.Contains('=', StringComparison.Ordinal)
        ? string.Concat(mode.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => "PRAGMA " + p + ";"))
        : "PRAGMA synchronous=" + mode + ";";

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, System.Threading.CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private void Set(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }
}

/// <summary><c>$PARTNERRULES_BENCH_COMMANDS=1</c>: counts and times the store's SQL commands by their first words (printed by the probe).</summary>
internal sealed class CommandTimer : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("PARTNERRULES_BENCH_COMMANDS") == "1";

    public static readonly CommandTimer Instance = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Count, double Ms)> _byText = new();

    public override System.Threading.Tasks.ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, System.Threading.CancellationToken cancellationToken = default)
    {
        Add(command, eventData.Duration);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override System.Threading.Tasks.ValueTask<int> NonQueryExecutedAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, int result, System.Threading.CancellationToken cancellationToken = default)
    {
        Add(command, eventData.Duration);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    public void Print()
    {
        foreach (var (text, (count, ms)) in _byText.OrderByDescending(p => p.Value.Ms))
        {
            Console.WriteLine(FormattableString.Invariant($"  {count,7} × {ms / count,8:F3} ms = {ms,9:F0} ms  {text}"));
        }
    }

    private void Add(System.Data.Common.DbCommand command, TimeSpan duration)
    {
        var text = command.CommandText.Replace('\n', ' ');
        var key = text.Length > 90 ? text[..90] : text;
        _byText.AddOrUpdate(key, (1, duration.TotalMilliseconds), (_, v) => (v.Count + 1, v.Ms + duration.TotalMilliseconds));
    }
}
