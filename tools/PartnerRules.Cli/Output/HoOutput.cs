using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsvHelper;
using NodaTime;
using NodaTime.Text;
using PartnerRules.Cli.Input;
using Spectre.Console;

namespace PartnerRules.Cli.Output;

/// <summary>Counts a reader wants first: by verdict, and by each criterion that failed.</summary>
internal sealed record HoSummary(int Decided, int Eligible, int NotEligible, int Invalid, IReadOnlyDictionary<string, int> FailingCriteria)
{
    internal static HoSummary Of(IReadOnlyList<HoRow> rows, int invalid) => new(
        rows.Count,
        rows.Count(r => r.Decision.IsApproved),
        rows.Count(r => !r.Decision.IsApproved),
        invalid,
        rows.SelectMany(r => r.Decision.Findings).Where(f => !f.Passed).GroupBy(f => f.Code)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
}

/// <summary>The machine-readable result (--format json, --out *.json): one schema for both.</summary>
internal sealed record HoDocument(Instant AsOf, HoSummary Summary, IReadOnlyList<HoRow> Decisions, IReadOnlyList<InputProblem> Problems);

/// <summary>Writes HO results as a terminal table, JSON or CSV.</summary>
internal static class HoOutput
{
    private const int TableRows = 100;

    internal static void WriteTable(IAnsiConsole console, IReadOnlyList<HoRow> rows, HoSummary summary, CultureInfo culture)
    {
        var table = new Table().AddColumns(Texts.Get("partner", culture), Texts.Get("verdict", culture),
            Texts.Get("failing", culture), Texts.Get("changesOn", culture));
        foreach (var row in rows.Take(TableRows))
        {
            table.AddRow(
                Markup.Escape(row.Partner.Value),
                Texts.Get(row.Decision.IsApproved ? "approved" : "refused", culture),
                Markup.Escape(string.Join(", ", Failing(row))),
                row.Decision.ChangesOn is { } on ? LocalDatePattern.Iso.Format(on) : "");
        }

        console.Write(table);
        if (rows.Count > TableRows)
        {
            console.WriteLine(Texts.Format("more", culture, rows.Count - TableRows));
        }

        console.WriteLine(Texts.Format("summary", culture, summary.Decided, summary.Eligible, summary.NotEligible, summary.Invalid));
    }

    internal static void WriteJson(Stream stream, HoDocument document)
    {
        var options = PartnerRulesJson.CreateOptions();
        options.WriteIndented = true;
        JsonSerializer.Serialize(stream, document, options);
    }

    internal static void WriteCsv(string path, IReadOnlyList<HoRow> rows)
    {
        using var csv = CsvWriter.ToFile(path);
        csv.WriteHeader(["partner", "eligible", "changesOn", "failing", "messages"]);
        foreach (var row in rows)
        {
            csv.WriteRecord([
                row.Partner.Value,
                row.Decision.IsApproved ? "true" : "false",
                row.Decision.ChangesOn is { } on ? LocalDatePattern.Iso.Format(on) : "",
                string.Join(";", Failing(row)),
                string.Join(" | ", row.Decision.Findings.Select(f => f.Message)),
            ]);
        }
    }

    internal static IEnumerable<string> Failing(HoRow row) => row.Decision.Findings.Where(f => !f.Passed).Select(f => f.Code);
}
