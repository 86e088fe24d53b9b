using System;
using System.IO;

namespace PartnerRules.Cli.Tests;

/// <summary>The tool run through its real entry point, as a user runs it: arguments in, exit code and output out.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Err);

internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        var result = new CliResult(code, output.ToString(), error.ToString());
        // Whatever went wrong, a user never sees a stack trace.
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Out, StringComparison.Ordinal);
        return result;
    }

    /// <summary>The repository's root (samples/data lives there).</summary>
    public static string Repo { get; } = FindRepo();

    public static string Sample(string name) => Path.Combine(Repo, "samples", "data", name);

    private static string FindRepo()
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
}

/// <summary>A fresh folder per test for the files it writes or feeds the tool.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "partnerrules-cli-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
