using System.CommandLine;
using System.IO;
using System.Text.Json;
using CsvHelper;
using NodaTime;
using NodaTime.Text;
using PartnerRules.Cli.Input;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Commands;

/// <summary><c>partnerrules sample</c>: a seeded, realistic population for demos and benchmarks.</summary>
internal static class SampleCommand
{
    internal static Command Create(CliContext context)
    {
        var count = new Option<int>("--partners") { Description = "How many partners (default 100).", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed writes the same file (default 1).", DefaultValueFactory = _ => 1 };
        var asOf = new Option<string>("--as-of") { Description = "The day the population is drawn around (default 2026-11-29).", DefaultValueFactory = _ => "2026-11-29" };
        var output = new Option<string>("--out") { Description = "partners.json, or partners.csv (then --opportunities names the second CSV). Default: JSON on stdout." };
        var opportunities = new Option<string>("--opportunities") { Description = "With --out *.csv: where the opportunities CSV goes." };
        var command = new Command("sample",
            "Writes a realistic, seeded partner population (stages, PCE membership, POs and HOs with update, signing and delivery dates).")
        {
            count, seed, asOf, output, opportunities,
        };

        command.SetAction(parsed =>
        {
            if (parsed.GetValue(count) is < 1 or > 10_000_000)
            {
                throw new UsageException("--partners: give 1 to 10000000.");
            }

            var outPath = parsed.GetValue(output);
            CommonOptions.CheckExtension(outPath, "--out", ".json", ".csv");
            var oppsPath = parsed.GetValue(opportunities);
            if (outPath is not null && PartnerInput.IsCsv(outPath) != (oppsPath is not null))
            {
                throw new UsageException("--opportunities goes with --out *.csv, and a CSV needs it.");
            }

            var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
            if (!AsOf.TryParse(parsed.GetValue(asOf)!, zone, out var anchor))
            {
                throw new UsageException($"--as-of: '{parsed.GetValue(asOf)}' is not a date or an ISO instant with offset.");
            }

            // Whole minutes: the sample's times read as a person would type them.
            anchor = Instant.FromUnixTimeSeconds(anchor.ToUnixTimeSeconds() / 60 * 60);
            var partners = SamplePopulation.Create(parsed.GetValue(count), parsed.GetValue(seed), anchor);
            var options = PartnerRulesJson.CreateOptions();
            if (outPath is null)
            {
                options.WriteIndented = true;
                context.Out.WriteLine(JsonSerializer.Serialize(partners, options));
            }
            else if (oppsPath is null)
            {
                // Small files are read by people (and their errors reported by line): indent them.
                options.WriteIndented = partners.Count <= 1000;
                using var stream = File.Create(outPath);
                JsonSerializer.Serialize(stream, partners, options);
            }
            else
            {
                WriteCsv(partners, outPath, oppsPath);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteCsv(System.Collections.Generic.List<PartnerProfile> partners, string partnersPath, string opportunitiesPath)
    {
        using (var csv = CsvWriter.ToFile(partnersPath))
        {
            csv.WriteHeader(PartnerInput.PartnerColumns);
            foreach (var p in partners)
            {
                csv.WriteRecord([p.Id.Value, p.Stage.ToString(), p.IsPceMember ? "true" : "false"]);
            }
        }

        using var opps = CsvWriter.ToFile(opportunitiesPath);
        opps.WriteHeader([.. PartnerInput.OpportunityColumns, .. PartnerInput.OpportunityOptional]);
        foreach (var p in partners)
        {
            foreach (var o in p.Opportunities)
            {
                opps.WriteRecord([p.Id.Value, o.Id.Value, o.Origin.ToString(), Text(o.LastUpdatedAt), Text(o.SignedAt), Text(o.DeliveredAt)]);
            }
        }
    }

    private static string Text(Instant? instant) => instant is { } i ? InstantPattern.ExtendedIso.Format(i) : "";
}
