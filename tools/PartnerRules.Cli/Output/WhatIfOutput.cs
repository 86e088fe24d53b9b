using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsvHelper;
using NodaTime.Text;
using Spectre.Console;

namespace PartnerRules.Cli.Output;

/// <summary>Writes a what-if result as terminal tables, JSON or CSV.</summary>
internal static class WhatIfOutput
{
    private const int TableRows = 100;

    internal static void WriteTable(IAnsiConsole console, WhatIfDocument document, CultureInfo culture)
    {
        string T(string key) => Texts.Get(key, culture);
        console.WriteLine(Texts.Format("whatIfHeading", culture, document.Proposal, document.Baseline, InstantPattern.General.Format(document.AsOf)));
        var ho = document.Ho;
        var partners = new Table().AddColumns(T("partner"), T("baseline"), T("proposal"), T("changed"));
        foreach (var change in ho.Changes.Take(TableRows))
        {
            partners.AddRow(Markup.Escape(change.Partner.Value), Verdict(change.Baseline, "approved", "refused", culture),
                Verdict(change.Proposal, "approved", "refused", culture), Markup.Escape(string.Join(", ", change.ChangedCriteria)));
        }

        if (ho.Changes.Count > 0)
        {
            console.Write(partners);
            More(console, ho.Changes.Count, culture);
        }

        console.WriteLine(Texts.Format("hoImpact", culture, ho.Evaluated, ho.NewlyApproved, ho.NewlyRefused, ho.Changes.Count));
        if (document.Incentives is not { } claims)
        {
            return;
        }

        var table = new Table().AddColumns(T("partner"), T("claim"), T("baseline"), T("proposal"), T("changed"), T("payable"), T("difference"));
        foreach (var change in claims.Changes.Take(TableRows))
        {
            table.AddRow(Markup.Escape(change.Partner.Value), Markup.Escape($"{change.Kind}/{change.Customer} ({change.Where})"),
                Verdict(change.Baseline, "granted", "denied", culture), Verdict(change.Proposal, "granted", "denied", culture),
                Markup.Escape(string.Join(", ", change.ChangedCriteria)),
                $"{Money(change.Baseline.Payable)} \u2192 {Money(change.Proposal.Payable)}", change.PayableDifference is { } d ? Signed(d) : "");
        }

        if (claims.Changes.Count > 0)
        {
            console.Write(table);
            More(console, claims.Changes.Count, culture);
        }

        console.WriteLine(Texts.Format("claimImpact", culture, claims.Evaluated, claims.NewlyApproved, claims.NewlyRefused, claims.Changes.Count));
    }

    internal static void WriteJson(Stream stream, WhatIfDocument document)
    {
        var options = PartnerRulesJson.CreateOptions();
        options.WriteIndented = true;
        JsonSerializer.Serialize(stream, document, options);
    }

    /// <summary>One line per change: partners first, then claims.</summary>
    internal static void WriteCsv(string path, WhatIfDocument document)
    {
        using var csv = CsvWriter.ToFile(path);
        csv.WriteHeader(["kind", "partner", "claim", "baselineApproved", "proposalApproved", "changedCriteria", "baselinePayable", "proposalPayable", "payableDifference"]);
        foreach (var change in document.Ho.Changes)
        {
            csv.WriteRecord(["ho", change.Partner.Value, "", Flag(change.Baseline), Flag(change.Proposal), string.Join(";", change.ChangedCriteria), "", "", ""]);
        }

        foreach (var change in document.Incentives?.Changes ?? [])
        {
            csv.WriteRecord(["incentive", change.Partner.Value, $"{change.Kind}/{change.Customer} ({change.Where})", Flag(change.Baseline), Flag(change.Proposal),
                string.Join(";", change.ChangedCriteria), Money(change.Baseline.Payable), Money(change.Proposal.Payable),
                change.PayableDifference is { } d ? Signed(d) : ""]);
        }
    }

    private static void More(IAnsiConsole console, int count, CultureInfo culture)
    {
        if (count > TableRows)
        {
            console.WriteLine(Texts.Format("moreChanges", culture, count - TableRows));
        }
    }

    private static string Verdict(Decision decision, string yes, string no, CultureInfo culture) => Texts.Get(decision.IsApproved ? yes : no, culture);

    private static string Flag(Decision decision) => decision.IsApproved ? "true" : "false";

    internal static string Money(Money money) => string.Create(CultureInfo.InvariantCulture, $"{money.Amount:0.00} {money.Currency}");

    internal static string Signed(Money money) => string.Create(CultureInfo.InvariantCulture, $"{money.Amount:+0.00;-0.00;0.00} {money.Currency}");
}
