using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using PartnerRules.Cli.Output;
using Spectre.Console;

namespace PartnerRules.Cli.Commands;

/// <summary>
/// <c>partnerrules policy validate|show|diff</c>: policy and schedule documents through the library's own reading and
/// whole-document validation. Exit 1 when a document has problems (they are the command's finding), 2 for usage.
/// </summary>
internal static class PolicyCommand
{
    internal static Command Create(CliContext context) =>
        new("policy", "Policy and schedule documents: validate them, show them with defaults filled in, diff two.")
        {
            Validate(context), Show(context), Diff(context),
        };

    private static Argument<string> File(string name) => new(name)
    {
        Description = "A policy document ({ \"requiredDeliveredPos\": 4, ... }) or a schedule document ({ \"versions\": [ ... ] }).",
    };

    private static Command Validate(CliContext context)
    {
        var file = File("FILE");
        var format = CommonOptions.Format("text", "json");
        var command = new Command("validate", "Every problem of a policy or schedule document, each with its JSON path.") { file, format };
        command.SetAction(parsed =>
        {
            var read = PolicyFile.Check(parsed.GetValue(file), "FILE");
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(context, new { file = read.Path, kind = read.Kind, valid = read.Problems.Count == 0, problems = read.Problems });
            }
            else if (read.Problems.Count == 0)
            {
                context.Out.WriteLine($"{read.Path}: a valid {read.Kind} document.");
            }
            else
            {
                WriteProblems(context.Out, read);
            }

            return read.Problems.Count == 0 ? CliApp.Success : CliApp.InvalidInput;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var file = File("FILE");
        var format = CommonOptions.Format("json", "table");
        var command = new Command("show", "The complete effective policy or schedule, every default filled in.") { file, format };
        command.SetAction(parsed =>
        {
            var read = PolicyFile.Check(parsed.GetValue(file), "FILE");
            if (read.Problems.Count > 0)
            {
                WriteProblems(context.Err, read);
                return CliApp.InvalidInput;
            }

            var effective = read.Effective();
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(context, effective);
                return CliApp.Success;
            }

            var table = new Table().AddColumn("property");
            if (read.IsSchedule)
            {
                var versions = effective.GetProperty("versions").EnumerateArray().ToList();
                foreach (var version in versions)
                {
                    table.AddColumn(Markup.Escape($"{version.GetProperty("policy").GetProperty("version").GetString()} (from {version.GetProperty("effectiveFrom").GetString()})"));
                }

                foreach (var property in versions[0].GetProperty("policy").EnumerateObject())
                {
                    table.AddRow([Markup.Escape(property.Name), .. versions.Select(v => Markup.Escape(PolicyFile.Cell(v.GetProperty("policy").GetProperty(property.Name))))]);
                }
            }
            else
            {
                table.AddColumn("value");
                foreach (var property in effective.EnumerateObject())
                {
                    table.AddRow(Markup.Escape(property.Name), Markup.Escape(PolicyFile.Cell(property.Value)));
                }
            }

            Consoles.For(context.Out, context.Interactive).Write(table);
            return CliApp.Success;
        });
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var left = File("FILE1");
        var right = File("FILE2");
        var format = CommonOptions.Format("table", "json");
        var command = new Command("diff", "Every property whose effective value differs between two policies, or between two schedules version by version.")
        {
            left, right, format,
        };
        command.SetAction(parsed =>
        {
            var reads = new[] { PolicyFile.Check(parsed.GetValue(left), "FILE1"), PolicyFile.Check(parsed.GetValue(right), "FILE2") };
            if (reads.Any(r => r.Problems.Count > 0))
            {
                foreach (var read in reads.Where(r => r.Problems.Count > 0))
                {
                    WriteProblems(context.Err, read);
                }

                return CliApp.InvalidInput;
            }

            if (reads[0].IsSchedule != reads[1].IsSchedule)
            {
                throw new UsageException($"policy diff: compare two policies or two schedules ('{reads[0].Path}' is a {reads[0].Kind}, '{reads[1].Path}' a {reads[1].Kind}).");
            }

            var differences = PolicyDiff.Of(reads[0].Effective(), reads[1].Effective(), reads[0].IsSchedule);
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(context, new { left = reads[0].Path, right = reads[1].Path, differences });
            }
            else if (differences.Count == 0)
            {
                context.Out.WriteLine("No differences: the two documents have the same effective values.");
            }
            else
            {
                WriteDiffTable(context, reads[0].IsSchedule, Path.GetFileName(reads[0].Path), Path.GetFileName(reads[1].Path), differences);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteDiffTable(CliContext context, bool schedules, string leftName, string rightName, List<PolicyDifference> differences)
    {
        var table = new Table();
        if (schedules)
        {
            table.AddColumn("version");
        }

        // Two files of the same name (2026/policy.json, 2027/policy.json) still need two distinct headings.
        table.AddColumns("property", Markup.Escape(leftName), Markup.Escape(leftName == rightName ? rightName + " (2)" : rightName));
        foreach (var difference in differences)
        {
            string[] cells = [Markup.Escape(difference.Property), Markup.Escape(PolicyFile.Cell(difference.Left)), Markup.Escape(PolicyFile.Cell(difference.Right))];
            table.AddRow(schedules ? [Markup.Escape(difference.Version!), .. cells] : cells);
        }

        Consoles.For(context.Out, context.Interactive).Write(table);
        context.Out.WriteLine($"{differences.Count} difference{(differences.Count == 1 ? "" : "s")}.");
    }

    private static void WriteProblems(TextWriter writer, PolicyFileRead read)
    {
        foreach (var problem in read.Problems)
        {
            writer.WriteLine($"{read.Path}: {problem.Path}: {problem.Message}");
        }

        writer.WriteLine($"{read.Problems.Count} problem{(read.Problems.Count == 1 ? "" : "s")} in {read.Path}.");
    }

    private static void WriteJson<T>(CliContext context, T value)
    {
        var options = PartnerRulesJson.CreateOptions();
        options.WriteIndented = true;
        context.Out.WriteLine(JsonSerializer.Serialize(value, options));
    }
}
