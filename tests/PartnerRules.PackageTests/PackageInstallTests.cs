using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerRules.PackageTests;

/// <summary>
/// The proof that an install works: both packages are packed with a version no cache has seen,
/// and a stand-alone consumer project restores them from the local folder feed and runs.
/// </summary>
public sealed class PackageInstallTests(PartnerRules.EntityFrameworkCore.Tests.PostgresServer postgres)
{
    private static readonly Lazy<Task<Packed>> PackOnce = new(PackAsync);

    private static string Consumer => Path.Combine(Root, "tests", "PartnerRules.PackageTests", "Consumer", "Consumer.csproj");

    [Fact]
    public async Task Packed_packages_install_and_run_in_a_consumer_project()
    {
        var packed = await PackOnce.Value;
        var packages = Path.Combine(packed.Scratch, "packages");

        var run = await RunConsumer(postgres);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("calendar: 2026-10-10", run.Output, StringComparison.Ordinal);
        Assert.Contains("policy: Asia/Shanghai 3", run.Output, StringComparison.Ordinal);
        Assert.Contains("json: {\"id\":\"O-1\",\"origin\":\"PartnerOriginated\",\"lastUpdatedAt\":\"2026-11-29T16:00:00Z\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("missing: 2027", run.Output, StringComparison.Ordinal);
        Assert.Contains("ho: False HO.PCE_MEMBER=True,HO.SHARES_OPPORTUNITIES=False,HO.DEVELOPMENT_PATH=False", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ho-zh: Member", run.Output, StringComparison.Ordinal);
        Assert.Contains("association: ASSOCIATION.NEW_ACCOUNT 无法进行关联,请联系您的华为云合作伙伴重新提交注册(关联合作伙伴的账号必须是7天内创建的新账号)", run.Output, StringComparison.Ordinal);
        Assert.Contains("di: True", run.Output, StringComparison.Ordinal);
        Assert.Contains("schedule: 2026 True 2027-01-01", run.Output, StringComparison.Ordinal);
        Assert.Contains("what-if: 1 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("policy-typo: True", run.Output, StringComparison.Ordinal);
        Assert.Contains("lifecycle: 2026 1 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("rejected: OpportunitySnapshot opportunity 'O-9'", run.Output, StringComparison.Ordinal);
        Assert.Contains("store: Submitted 2 replayed=True conflict=True", run.Output, StringComparison.Ordinal);
        Assert.Contains("history: Submit by alice", run.Output, StringComparison.Ordinal);
        Assert.Contains("swept: expired=1 reported=0 delivered=1 handled=STAFF.INVITATION_VALIDITY", run.Output, StringComparison.Ordinal);
        Assert.Contains("obligations: 0 problems=0", run.Output, StringComparison.Ordinal);
        Assert.Contains("in-memory: Submitted 2 replayed=True conflict=True", run.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(packages, "partnerrules", packed.Version)), "the consumer restored the freshly packed PartnerRules");
        Assert.True(Directory.Exists(Path.Combine(packages, "partnerrules.abstractions", packed.Version)), "PartnerRules brought PartnerRules.Abstractions with it");
        Assert.True(Directory.Exists(Path.Combine(packages, "partnerrules.entityframeworkcore", packed.Version)), "the consumer restored the freshly packed store");
    }

    [Fact]
    public async Task The_packed_store_runs_on_postgresql()
    {
        postgres.Require();

        var run = await RunConsumer(postgres);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("store-postgres: Submitted 2 replayed=True conflict=True", run.Output, StringComparison.Ordinal);
    }

    // One consumer run serves both tests (a run builds the consumer, the longest step): on PostgreSQL too when the
    // throwaway server runs.
    private static readonly object RunGate = new();
    private static Task<(int ExitCode, string Output)>? _run;

    private static Task<(int ExitCode, string Output)> RunConsumer(PartnerRules.EntityFrameworkCore.Tests.PostgresServer server)
    {
        lock (RunGate)
        {
            return _run ??= Run();
        }

        async Task<(int ExitCode, string Output)> Run()
        {
            var packed = await PackOnce.Value;
            var packages = Path.Combine(packed.Scratch, "packages");
            var environment = server.Unavailable is null
                ? new[] { ("PARTNERRULES_CONSUMER_POSTGRES", server.ConnectionString("consumer" + Guid.NewGuid().ToString("N")[..12])) }
                : [];
            return await DotnetAsync($"run --project \"{Consumer}\" -p:PartnerRulesVersion={packed.Version} -p:RestorePackagesPath=\"{packages}\"", environment);
        }
    }

    [Theory]
    [InlineData("PartnerRules")]
    [InlineData("PartnerRules.Abstractions")]
    [InlineData("PartnerRules.Testing")]
    [InlineData("PartnerRules.EntityFrameworkCore")]
    public async Task Each_package_carries_its_readme_licence_repository_and_symbols(string id)
    {
        var packed = await PackOnce.Value;
        var nupkg = Path.Combine(Feed, $"{id}.{packed.Version}.nupkg");

        Assert.True(File.Exists(Path.Combine(Feed, $"{id}.{packed.Version}.snupkg")), "a symbol package beside the package");
        using var archive = ZipFile.OpenRead(nupkg);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        if (id != "PartnerRules.EntityFrameworkCore")
        {
            // EF Core 10 runs on net10.0 only; the other packages serve .NET Framework and older .NET too.
            Assert.Contains($"lib/netstandard2.0/{id}.dll", entries);
        }

        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.xml", entries);

        using var nuspec = new StreamReader(archive.GetEntry($"{id}.nuspec")!.Open());
        var text = await nuspec.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\" url=\"", text, StringComparison.Ordinal);
        Assert.Contains("commit=\"", text, StringComparison.Ordinal);
        if (id == "PartnerRules")
        {
            Assert.Contains($"<dependency id=\"PartnerRules.Abstractions\" version=\"{packed.Version}\"", text, StringComparison.Ordinal);
        }

        if (id == "PartnerRules.EntityFrameworkCore")
        {
            Assert.Contains($"<dependency id=\"PartnerRules\" version=\"{packed.Version}\"", text, StringComparison.Ordinal);
            Assert.Contains("<dependency id=\"Microsoft.EntityFrameworkCore.Sqlite\"", text, StringComparison.Ordinal);
            Assert.Contains("<dependency id=\"Npgsql.EntityFrameworkCore.PostgreSQL\"", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("PartnerRules")]
    [InlineData("PartnerRules.Abstractions")]
    [InlineData("PartnerRules.Testing")]
    [InlineData("PartnerRules.EntityFrameworkCore")]
    public async Task Each_package_carries_its_own_consumer_readme_with_links_that_work_outside_the_repository(string id)
    {
        var packed = await PackOnce.Value;
        using var archive = ZipFile.OpenRead(Path.Combine(Feed, $"{id}.{packed.Version}.nupkg"));
        using var reader = new StreamReader(archive.GetEntry("README.md")!.Open());

        var readme = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(Root, "src", id, "README.md"), TestContext.Current.CancellationToken), readme);
        Assert.StartsWith($"# {id}\n", readme, StringComparison.Ordinal);
        Assert.Contains($"dotnet add package {id}", readme, StringComparison.Ordinal);
        Assert.DoesNotContain(".ci/run", readme, StringComparison.Ordinal);
        foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)]*)\)"))
        {
            Assert.StartsWith("https://", link.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    private static string Root { get; } = FindRoot();

    private static string Feed => Path.Combine(Root, "local-feed");

    private static async Task<Packed> PackAsync()
    {
        // A version no NuGet cache has seen, so the consumer can only get the packages packed here.
        var version = "0.0.0-pkgtest." + Guid.NewGuid().ToString("N")[..12];
        foreach (var stale in Directory.EnumerateFiles(Feed, "*.0.0.0-pkgtest.*"))
        {
            File.Delete(stale);
        }

        // Scratch folders of earlier runs, left for a look after a failure. Another clone's run may be using one right
        // now (two checkouts testing on one machine): only a day-old folder is removed, and one that cannot be is left.
        foreach (var stale in Directory.EnumerateDirectories(Path.GetTempPath(), "partnerrules-pkgtest-*"))
        {
            TryDeleteStale(stale);
        }

        var scratch = Path.Combine(Path.GetTempPath(), "partnerrules-pkgtest-" + version);
        Directory.CreateDirectory(scratch);
        foreach (var project in new[] { "PartnerRules.Abstractions", "PartnerRules", "PartnerRules.Testing", "PartnerRules.EntityFrameworkCore" })
        {
            var path = Path.Combine(Root, "src", project, project + ".csproj");
            var pack = await DotnetAsync($"pack \"{path}\" -c Release -o \"{Feed}\" -p:Version={version}");
            Assert.True(pack.ExitCode == 0, pack.Output);
        }

        return new Packed(version, scratch);
    }

    private static void TryDeleteStale(string folder)
    {
        try
        {
            if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still in use, or another user's: not this run's to remove.
        }
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, $"dotnet {arguments}\n{await stdout}\n{await stderr}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PartnerRules.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record Packed(string Version, string Scratch);
}
