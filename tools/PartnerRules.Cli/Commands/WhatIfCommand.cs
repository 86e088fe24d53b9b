using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using NodaTime;
using PartnerRules.Cli.Input;
using PartnerRules.Cli.Output;
using PartnerRules.Cli.Report;

namespace PartnerRules.Cli.Commands;

/// <summary>
/// <c>partnerrules what-if</c>: the same population under the policy in force (the default, or <c>--policy</c>) and under
/// a proposed policy, through the library's <see cref="PartnerRulesEngine.CompareHoEligibility"/> and
/// <see cref="PartnerRulesEngine.CompareIncentives"/>.
/// </summary>
internal static class WhatIfCommand
{
    internal static Command Create(CliContext context)
    {
        var partners = new Option<string>("--partners") { Description = "Partners: a JSON array of PartnerProfile, or a CSV with id,stage,pceMember.", Required = true };
        var opportunities = new Option<string>("--opportunities") { Description = "With a partners CSV: opportunities CSV with partner,id,origin,lastUpdatedAt,signedAt,deliveredAt." };
        var proposal = new Option<string>("--proposal") { Description = "The proposed policy: one policy document (partial JSON, the rest from the defaults), as if in force on every date.", Required = true };
        var claims = new Option<string>("--claims") { Description = "Also compare these incentive claims (JSON array of IncentiveClaim, or CSV as for 'incentives')." };
        var asOf = new Option<string>("--as-of") { Description = "When to decide the partners: a date (the end of that day in the programme's zone) or an ISO instant with offset (default: now)." };
        var output = new Option<string>("--out") { Description = "Write every change to a .json or .csv file." };
        var report = new Option<string>("--report") { Description = "Write a self-contained HTML impact report: the baseline decisions and the what-if diff." };
        var policy = CommonOptions.Policy();
        policy.Description = "The baseline: a policy document or schedule (default: the default policy). " + policy.Description;
        var format = CommonOptions.Format("table", "json");
        var lang = CommonOptions.Lang();
        var quiet = CommonOptions.Quiet();
        var command = new Command("what-if",
            "What a proposed policy would change: partners (and claims) whose verdict, any criterion or the payable differs from the policy in force.")
        {
            partners, opportunities, proposal, claims, asOf, policy, output, report, format, lang, quiet,
        };

        command.SetAction(parsed =>
        {
            var partnersPath = CommonOptions.ExistingFile(parsed.GetValue(partners), "--partners");
            var opportunitiesPath = parsed.GetValue(opportunities) is { } o ? CommonOptions.ExistingFile(o, "--opportunities") : null;
            var claimsPath = parsed.GetValue(claims) is { } c ? CommonOptions.ExistingFile(c, "--claims") : null;
            var outPath = parsed.GetValue(output);
            CommonOptions.CheckExtension(outPath, "--out", ".json", ".csv");
            CommonOptions.CheckExtension(parsed.GetValue(report), "--report", ".html", ".htm");
            var proposed = PolicyFile.Proposal(CommonOptions.ExistingFile(parsed.GetValue(proposal), "--proposal"), "--proposal");
            // Started before the engine is built, on the core building it leaves idle: loading the partners file (reading
            // it whole, for CSV) and, for a report, the parts every report holds (benchmarks/README.md, "The tool over
            // 100,000 partners, pipelined").
            var problems = new List<InputProblem>();
            var opening = Task.Run(() => PartnerInput.Open(partnersPath, opportunitiesPath, problems));
            var prepared = parsed.GetValue(report) is null ? null : ReportParts.Prepare();
            var culture = CommonOptions.Culture(parsed.GetValue(lang));
            var engine = Engines.For(culture, PolicyFile.ForEngine(parsed.GetValue(policy)));
            var instant = SystemClock.Instance.GetCurrentInstant();
            if (parsed.GetValue(asOf) is { } text && !AsOf.TryParse(text, engine.Policy.TimeZone, out instant))
            {
                throw new UsageException($"--as-of: '{text}' is neither a date (2026-11-29) nor an ISO instant with offset (2026-11-29T10:00:00+08:00).");
            }

            var isQuiet = parsed.GetValue(quiet);
            var profiles = opening.GetAwaiter().GetResult();
            var decided = new List<PartnerProfile>();
            List<HoRow> rows = [];
            Consoles.WithProgress(context, isQuiet, Texts.Get("deciding", culture), progress =>
                rows = HoRun.Decide(engine, profiles, instant, problems, progress, decided));
            var (ho, index) = WhatIfRun.Partners(engine, decided, instant, proposed);
            var incentives = claimsPath is null
                ? null
                : WhatIfRun.Claims(engine, ClaimInput.Read(claimsPath, engine.Policy.Currency, problems), claimsPath, proposed, problems);

            foreach (var problem in problems)
            {
                context.Err.WriteLine(problem);
            }

            var document = new WhatIfDocument(instant, WhatIfRun.Describe(engine.Schedule), proposed.Version, ho, incentives, problems) { HoRowIndex = index };
            if (outPath is not null)
            {
                if (PartnerInput.IsCsv(outPath))
                {
                    WhatIfOutput.WriteCsv(outPath, document);
                }
                else
                {
                    using var stream = File.Create(outPath);
                    WhatIfOutput.WriteJson(stream, document);
                }
            }

            if (parsed.GetValue(report) is { } reportPath)
            {
                var baseline = new HoDocument(instant, HoSummary.Of(rows, problems.Count), rows, problems);
                ReportWriter.Write(reportPath, baseline, engine.Policy.TimeZone, 30, culture, document, prepared);
            }

            if (parsed.GetValue(format) == "json")
            {
                using var stdout = new MemoryStream();
                WhatIfOutput.WriteJson(stdout, document);
                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            }
            else if (!isQuiet)
            {
                WhatIfOutput.WriteTable(Consoles.For(context.Out, context.Interactive), document, culture);
            }

            return problems.Count > 0 ? CliApp.InvalidInput : CliApp.Success;
        });
        return command;
    }
}
