using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using PartnerRules.Cli.Input;
using PartnerRules.Cli.Output;
using PartnerRules.Cli.Report;

namespace PartnerRules.Cli.Commands;

/// <summary><c>partnerrules ho</c>: HO eligibility for every partner of a file.</summary>
internal static class HoCommand
{
    internal static Command Create(CliContext context)
    {
        var partners = new Option<string>("--partners") { Description = "Partners: a JSON array of PartnerProfile, or a CSV with id,stage,pceMember.", Required = true };
        var opportunities = new Option<string>("--opportunities") { Description = "With a partners CSV: opportunities CSV with partner,id,origin,lastUpdatedAt,signedAt,deliveredAt." };
        var asOf = new Option<string>("--as-of") { Description = "When to decide: a date (the end of that day in the programme's zone, Asia/Shanghai) or an ISO instant with offset.", Required = true };
        var output = new Option<string>("--out") { Description = "Write every decision to a .json or .csv file." };
        var report = new Option<string>("--report") { Description = "Write a self-contained HTML report (opens offline)." };
        var within = new Option<int>("--changes-within") { Description = "The report's \"changes soon\" window in days (default 30).", DefaultValueFactory = _ => 30 };
        var policy = CommonOptions.Policy();
        var format = CommonOptions.Format("table", "json");
        var lang = CommonOptions.Lang();
        var quiet = CommonOptions.Quiet();
        var command = new Command("ho",
            "HO eligibility (may receive Huawei-shared opportunities) per partner: verdict, failing criteria and the date it changes.")
        {
            partners, opportunities, asOf, output, report, within, policy, format, lang, quiet,
        };

        command.SetAction(parsed =>
        {
            var partnersPath = CommonOptions.ExistingFile(parsed.GetValue(partners), "--partners");
            var opportunitiesPath = parsed.GetValue(opportunities) is { } o ? CommonOptions.ExistingFile(o, "--opportunities") : null;
            var outPath = parsed.GetValue(output);
            CommonOptions.CheckExtension(outPath, "--out", ".json", ".csv");
            CommonOptions.CheckExtension(parsed.GetValue(report), "--report", ".html", ".htm");
            if (parsed.GetValue(within) is < 1 or > 366)
            {
                throw new UsageException("--changes-within: give 1 to 366 days.");
            }

            // Started before the engine is built, on the core building it leaves idle: loading the partners file (reading
            // it whole, for CSV) and, for a report, the parts every report holds (benchmarks/README.md, "The tool over
            // 100,000 partners, pipelined").
            var problems = new List<InputProblem>();
            var opening = Task.Run(() => PartnerInput.Open(partnersPath, opportunitiesPath, problems));
            var prepared = parsed.GetValue(report) is null ? null : ReportParts.Prepare();
            var culture = CommonOptions.Culture(parsed.GetValue(lang));
            var engine = Engines.For(culture, PolicyFile.ForEngine(parsed.GetValue(policy)));
            if (!AsOf.TryParse(parsed.GetValue(asOf)!, engine.Policy.TimeZone, out var instant))
            {
                throw new UsageException($"--as-of: '{parsed.GetValue(asOf)}' is neither a date (2026-11-29) nor an ISO instant with offset (2026-11-29T10:00:00+08:00).");
            }

            var isQuiet = parsed.GetValue(quiet);
            var profiles = opening.GetAwaiter().GetResult();
            List<HoRow> rows = [];
            Consoles.WithProgress(context, isQuiet, Texts.Get("deciding", culture), progress =>
                rows = HoRun.Decide(engine, profiles, instant, problems, progress));

            foreach (var problem in problems)
            {
                context.Err.WriteLine(problem);
            }

            var summary = HoSummary.Of(rows, problems.Count);
            var document = new HoDocument(instant, summary, rows, problems);
            if (outPath is not null)
            {
                if (PartnerInput.IsCsv(outPath))
                {
                    HoOutput.WriteCsv(outPath, rows);
                }
                else
                {
                    using var stream = File.Create(outPath);
                    HoOutput.WriteJson(stream, document);
                }
            }

            if (parsed.GetValue(report) is { } reportPath)
            {
                ReportWriter.Write(reportPath, document, engine.Policy.TimeZone, parsed.GetValue(within), culture, prepared: prepared);
            }

            if (parsed.GetValue(format) == "json")
            {
                using var stdout = new MemoryStream();
                HoOutput.WriteJson(stdout, document);
                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            }
            else if (!isQuiet)
            {
                HoOutput.WriteTable(Consoles.For(context.Out, context.Interactive), rows, summary, culture);
            }

            return problems.Count > 0 ? CliApp.InvalidInput : CliApp.Success;
        });
        return command;
    }
}
