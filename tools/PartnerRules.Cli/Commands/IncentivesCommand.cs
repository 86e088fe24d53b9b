using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PartnerRules.Cli.Input;
using PartnerRules.Cli.Output;
using Spectre.Console;

namespace PartnerRules.Cli.Commands;

/// <summary><c>partnerrules incentives</c>: payable amount, cap and whether the cap applied, per claim.</summary>
internal static class IncentivesCommand
{
    /// <summary>One claim and its decision (JSON output).</summary>
    internal sealed record ClaimRow(IncentiveClaim Claim, IncentiveDecision Decision);

    internal static Command Create(CliContext context)
    {
        var claims = new Option<string>("--claims") { Description = "Claims: a JSON array of IncentiveClaim, or a CSV with partner,kind,customer,monthlySpend,committeeApprovedAmount,currency.", Required = true };
        var policy = CommonOptions.Policy();
        var format = CommonOptions.Format("table", "json");
        var lang = CommonOptions.Lang();
        var quiet = CommonOptions.Quiet();
        var command = new Command("incentives",
            "Incentive claims: payable amount, cap and whether the cap applied, with each criterion.")
        {
            claims, policy, format, lang, quiet,
        };

        command.SetAction(parsed =>
        {
            var path = CommonOptions.ExistingFile(parsed.GetValue(claims), "--claims");
            var culture = CommonOptions.Culture(parsed.GetValue(lang));
            var engine = Engines.For(culture, PolicyFile.ForEngine(parsed.GetValue(policy)));
            var problems = new List<InputProblem>();
            var read = ClaimInput.Read(path, engine.Policy.Currency, problems);
            var rows = new List<ClaimRow>();
            foreach (var (claim, where) in read)
            {
                try
                {
                    rows.Add(new ClaimRow(claim, engine.EvaluateIncentive(claim)));
                }
                catch (System.ArgumentException e)
                {
                    problems.Add(new InputProblem(Path.GetFileName(path), where, e.ParamName ?? "$", e.Message));
                }
            }

            foreach (var problem in problems)
            {
                context.Err.WriteLine(problem);
            }

            if (parsed.GetValue(format) == "json")
            {
                var options = PartnerRulesJson.CreateOptions();
                options.WriteIndented = true;
                context.Out.WriteLine(JsonSerializer.Serialize(new { claims = rows, problems }, options));
            }
            else if (!parsed.GetValue(quiet))
            {
                WriteTable(Consoles.For(context.Out, context.Interactive), rows, problems.Count, culture);
            }

            return problems.Count > 0 ? CliApp.InvalidInput : CliApp.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, List<ClaimRow> rows, int invalid, CultureInfo culture)
    {
        var table = new Table().AddColumns(Texts.Get("partner", culture), Texts.Get("claim", culture), Texts.Get("verdict", culture),
            Texts.Get("payable", culture), Texts.Get("cap", culture), Texts.Get("capped", culture), Texts.Get("failing", culture));
        foreach (var (claim, decision) in rows)
        {
            table.AddRow(
                Markup.Escape(claim.Partner.Value),
                $"{claim.Kind}/{claim.Customer}",
                Texts.Get(decision.IsApproved ? "granted" : "denied", culture),
                Money(decision.Payable),
                decision.Cap is { } cap ? Money(cap) : "",
                decision.IsCapped ? Texts.Get("yes", culture) : "",
                Markup.Escape(string.Join(", ", decision.Findings.Where(f => !f.Passed).Select(f => f.Code))));
        }

        console.Write(table);
        console.WriteLine(Texts.Format("incentiveSummary", culture, rows.Count, rows.Count(r => r.Decision.IsApproved),
            rows.Count(r => !r.Decision.IsApproved), rows.Count(r => r.Decision.IsCapped), invalid));
    }

    private static string Money(Money money) => string.Create(CultureInfo.InvariantCulture, $"{money.Amount:N2} {money.Currency}");
}
