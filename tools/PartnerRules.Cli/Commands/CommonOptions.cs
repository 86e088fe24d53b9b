using System.CommandLine;
using System.Globalization;
using System.IO;

namespace PartnerRules.Cli.Commands;

/// <summary>Options several commands share, and the checks they all make.</summary>
internal static class CommonOptions
{
    internal static Option<string> Lang() => new Option<string>("--lang")
    {
        Description = "Language of messages and the report: en or zh-CN (default: the system's UI language).",
    }.AcceptOnlyFromAmong("en", "zh-CN");

    internal static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress bar, no table or summary: only problems (on stderr) and the files asked for.",
    };

    internal static Option<string> Format(params string[] values) => new Option<string>("--format")
    {
        Description = "Output on stdout: " + string.Join(" or ", values) + $" (default {values[0]}).",
        DefaultValueFactory = _ => values[0],
    }.AcceptOnlyFromAmong(values);

    internal static Option<string> Policy() => new("--policy")
    {
        Description = "Decide under this policy document (partial JSON, the rest from the defaults) or policy schedule ({ \"versions\": [...] }: the version in force on each date; see docs/policy.md) instead of the default policy.",
    };

    internal static CultureInfo Culture(string? lang) =>
        lang is null
            ? (CultureInfo.CurrentUICulture.Name.StartsWith("zh", System.StringComparison.Ordinal) ? new CultureInfo("zh-CN") : new CultureInfo("en"))
            : new CultureInfo(lang);

    /// <summary>A named input that does not exist is a usage error: nothing can be decided from it.</summary>
    internal static string ExistingFile(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new UsageException($"{option}: no file '{path}'.");
        }

        return path;
    }

    internal static void CheckExtension(string? path, string option, params string[] extensions)
    {
        if (path is null)
        {
            return;
        }

        foreach (var extension in extensions)
        {
            if (path.EndsWith(extension, System.StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        throw new UsageException($"{option}: '{path}' must end in {string.Join(" or ", extensions)}.");
    }
}
