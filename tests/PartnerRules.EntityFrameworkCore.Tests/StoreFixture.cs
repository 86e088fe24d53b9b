using System;
using System.Collections.Concurrent;
using System.Data.Common;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using NodaTime.Testing;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>One database per test: a SQLite file (WAL) or a PostgreSQL database on the throwaway server.</summary>
public abstract class Database : IAsyncDisposable
{
    public abstract string Name { get; }

    public abstract DbContextOptionsBuilder Use(DbContextOptionsBuilder builder);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed class SqliteDatabase : Database
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "partnerrules-" + Guid.NewGuid().ToString("N") + ".db");

    public override string Name => "SQLite";

    public override DbContextOptionsBuilder Use(DbContextOptionsBuilder builder) => builder.UseSqlite($"Data Source={_path};Default Timeout=60");

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresDatabase(PostgresServer server) : Database
{
    private readonly string _name = "t" + Guid.NewGuid().ToString("N")[..20];

    public override string Name => "PostgreSQL";

    public override DbContextOptionsBuilder Use(DbContextOptionsBuilder builder) => builder.UseNpgsql(server.ConnectionString(_name));
}

/// <summary>Throws from inside a save when armed: before the command that writes <see cref="Table"/>, optionally closing the connection first.</summary>
public sealed class FaultInjector : DbCommandInterceptor
{
    public volatile bool Armed;

    public bool DropConnection { get; set; }

    public string Table { get; set; } = "partnerrules_transitions";

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fault(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Fault(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Fault(DbCommand command)
    {
        if (Armed && command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) && command.CommandText.Contains(Table, StringComparison.Ordinal))
        {
            if (DropConnection)
            {
                command.Connection?.Close();
            }

            throw new InvalidOperationException("Injected fault in the middle of a save.");
        }
    }
}

/// <summary>Records every overdue obligation delivered; can fail a given number of calls first.</summary>
public sealed class RecordingHandler : IOverdueObligationHandler
{
    public ConcurrentQueue<OverdueObligation> Received { get; } = new();

    public int FailuresLeft;

    public Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref FailuresLeft) >= 0)
        {
            throw new InvalidOperationException("The host's mail server is down.");
        }

        Received.Enqueue(obligation);
        return Task.CompletedTask;
    }
}

public static class TestData
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly ProgramPolicy Policy = ProgramPolicy.Default with { HoOfferResponseTime = Period.FromDays(5) };

    /// <summary>10:00 on Monday 2 March 2026 in Shanghai.</summary>
    public static readonly Instant Start = new LocalDateTime(2026, 3, 2, 10, 0).InZoneStrictly(Shanghai).ToInstant();

    public static FakeClock Clock() => new(Start);

    public static Decision ApprovedHo { get; } = new(true,
    [
        new Finding(FindingCodes.HoPceMember, true, "PCE member"),
        new Finding(FindingCodes.HoSharesOpportunities, true, "shares"),
        new Finding(FindingCodes.HoDevelopmentPath, true, "path"),
    ]);
}
