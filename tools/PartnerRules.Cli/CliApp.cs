using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Text.Json;
using PartnerRules.Cli.Commands;

namespace PartnerRules.Cli;

/// <summary>
/// The real entry point, with its streams passed in so tests run exactly what users run. Exit codes:
/// 0 success, 1 invalid records in the input (the valid ones are still decided), 2 usage.
/// </summary>
internal static class CliApp
{
    internal const int Success = 0;
    internal const int InvalidInput = 1;
    internal const int Usage = 2;

    internal static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var context = new CliContext(output, error, interactive);
        // A plain command named as installed (a RootCommand takes the executable's name, PartnerRules.Cli).
        var root = new Command("partnerrules", "The PartnerRules engine over a whole population of partners or claims.")
        {
            HoCommand.Create(context),
            IncentivesCommand.Create(context),
            WhatIfCommand.Create(context),
            DiagramCommand.Create(context),
            SampleCommand.Create(context),
            PolicyCommand.Create(context),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("error: " + problem.Message);
            }

            error.WriteLine("Run 'partnerrules --help' (or '<command> --help') for usage and examples.");
            return Usage;
        }

        try
        {
            var code = parsed.Invoke(configuration);
            if (parsed.Action is HelpAction && Examples.ByCommand.TryGetValue(parsed.CommandResult.Command.Name, out var examples))
            {
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }
            }

            return code;
        }
        catch (UsageException e)
        {
            error.WriteLine("error: " + e.Message);
            return Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or PartnerRulesException or ArgumentException)
        {
            // Never a stack trace: the message says what failed; the type helps a bug report.
            error.WriteLine($"error: {e.Message} ({e.GetType().Name})");
            return InvalidInput;
        }
#pragma warning disable CA1031 // The last resort: a user sees one line, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"error: unexpected {e.GetType().Name}: {e.Message} (please report it)");
            return InvalidInput;
        }
    }
}

/// <summary>Where a command writes, and whether a person is watching (progress bars only then).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Err, bool Interactive);
