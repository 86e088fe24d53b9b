using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

[assembly: AssemblyFixture(typeof(PartnerRules.EntityFrameworkCore.Tests.PostgresServer))]

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>
/// A throwaway PostgreSQL server for this test run: a fresh data directory (initdb), a free port, started with pg_ctl
/// and stopped at the end. Run as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses root).
/// Where no binaries exist, <see cref="Unavailable"/> says why.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _bin;
    private string? _directory;
    private bool _asPostgresUser;

    /// <summary>Why no server runs; null when one does.</summary>
    public string? Unavailable { get; private set; }

    public int Port { get; private set; }

    /// <summary>A connection string to a database of its own (created by the store's EnsureSchemaAsync).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=40;Timeout=30;Command Timeout=60";

    public async ValueTask InitializeAsync()
    {
        _bin = FindBin();
        if (_bin is null)
        {
            Unavailable = "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH, through pg_config or under /usr/lib/postgresql.";
            return;
        }

        _asPostgresUser = Environment.UserName == "root";
        _directory = Path.Combine(Path.GetTempPath(), "partnerrules-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_directory);
        var data = Path.Combine(_directory, "data");
        if (_asPostgresUser)
        {
            var (chown, chownOut) = await Run("chown", $"-R postgres \"{_directory}\"", asPostgres: false);
            if (chown != 0)
            {
                Unavailable = "Could not hand the data directory to the postgres user: " + chownOut;
                return;
            }
        }

        var (init, initOut) = await Run(Path.Combine(_bin, "initdb"), $"-D \"{data}\" -A trust -U postgres -E UTF8 --locale=C", _asPostgresUser);
        if (init != 0)
        {
            Unavailable = "initdb failed: " + initOut;
            return;
        }

        Port = FreePort();
        var options = $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        var (start, startOut) = await Run(Path.Combine(_bin, "pg_ctl"), $"-D \"{data}\" -o \"{options}\" -l \"{Path.Combine(_directory, "log")}\" -w start", _asPostgresUser);
        if (start != 0)
        {
            Unavailable = "pg_ctl start failed: " + startOut;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bin is not null && _directory is not null && Unavailable is null)
        {
            await Run(Path.Combine(_bin, "pg_ctl"), $"-D \"{Path.Combine(_directory, "data")}\" -m fast -w stop", _asPostgresUser);
        }

        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Skips the calling test with the reason where no server runs; under CI=true that is a failure instead.</summary>
    public void Require()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true needs PostgreSQL for the store tests: " + Unavailable);
        }

        Assert.Skip(Unavailable);
    }

    private static string? FindBin()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")) : []);
        return candidates.FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> Run(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- \"{file}\" {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, (await output + await error).Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
