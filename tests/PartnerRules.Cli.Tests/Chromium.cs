using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace PartnerRules.Cli.Tests;

/// <summary>
/// Headless Chromium (Debian package <c>chromium</c>; .ci/run installs it) with the network cut off: no proxy
/// reaches anywhere and no host name resolves, so a report that tried to fetch anything would show it.
/// </summary>
internal static class Chromium
{
    public static string? Find() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Skips with the reason where Chromium is absent, except under CI=true, where that is a failure.</summary>
    public static string Require()
    {
        var path = Find();
        if (path is null)
        {
            const string Reason = "chromium is not installed (apt-get install -y chromium); the report's browser test needs it.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(Reason);
            }

            Assert.Skip(Reason);
        }

        return path;
    }

    /// <summary>Starts Chromium on a local file with the given extra arguments; returns the process (stdout redirected).</summary>
    public static Process Start(string chromium, string profile, string file, params string[] args)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] common =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--user-data-dir=" + profile, "--virtual-time-budget=10000",
        ];
        foreach (var arg in common.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(new Uri(file).AbsoluteUri);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits for the process and returns its stdout; a hung browser is killed and fails the test.</summary>
    public static string Finish(Process process, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return output.Result;
    }
}
