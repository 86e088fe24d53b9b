using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Report;

/// <summary>
/// The self-contained HTML report: summary counts and charts (ScottPlot SVG), the "changes soon" chart,
/// a virtualised, searchable, sortable table drawn in the browser from data embedded once, and the
/// lifecycle diagrams drawn in the browser by the mermaid build embedded in the tool.
/// </summary>
internal static class ReportWriter
{
    private static readonly string[] Palette = ["#2f9e44", "#c92a2a", "#e8590c", "#1971c2", "#7048e8", "#868e96"];

    internal static void Write(string path, HoDocument document, DateTimeZone zone, int changesWithinDays, CultureInfo culture, WhatIfDocument? whatIf = null,
        Task<ReportParts>? prepared = null)
    {
        string T(string key) => Texts.Get(key, culture);
        var asOfDate = document.AsOf.InZone(zone).Date;
        var summary = document.Summary;
        var subtitle = Texts.Format("subtitle", culture, LocalDatePattern.Iso.Format(asOfDate),
            InstantPattern.General.Format(document.AsOf), summary.Decided, summary.Invalid);

        var counts = new StringBuilder();
        foreach (var (label, value) in new[] { (T("decided"), summary.Decided), (T("approved"), summary.Eligible), (T("refused"), summary.NotEligible) })
        {
            counts.Append(CultureInfo.InvariantCulture, $"<div>{value}<span>{Html(label)}</span></div>");
        }

        var charts = new[]
        {
            Figure(T("byVerdict"), Charts.Bars([("\u2714", summary.Eligible), ("\u2718", summary.NotEligible)], Palette),
                [(T("approved"), Palette[0]), (T("refused"), Palette[1])]),
            Figure(T("byCriterion"), Charts.Bars([.. summary.FailingCriteria.Select(c => (c.Key, (double)c.Value))], Palette[2..]), []),
            ChangesSoon(document.Decisions, asOfDate, changesWithinDays, culture),
        };

        var texts = new Dictionary<string, string>
        {
            ["LANG"] = culture.Name,
            ["TITLE"] = Html(T(whatIf is null ? "title" : "whatIfTitle")),
            ["SUBTITLE"] = Html(subtitle),
            ["COUNTS"] = counts.ToString(),
            ["CHARTS"] = string.Concat(charts),
            ["WHATIF"] = whatIf is null ? "" : WhatIfReport.Section(whatIf, culture, Palette),
        };
        var data = ReportData.Of(document, whatIf, culture);
        var parts = (prepared ?? ReportParts.Prepare()).GetAwaiter().GetResult();
        using var file = File.Create(path);
        parts.WriteTo(file, texts, data);
    }

    private static string ChangesSoon(IReadOnlyList<HoRow> rows, LocalDate asOfDate, int days, CultureInfo culture)
    {
        var last = asOfDate.PlusDays(days);
        var soon = rows.Where(r => r.Decision.ChangesOn is { } on && on > asOfDate && on <= last)
            .GroupBy(r => r.Decision.ChangesOn!.Value).OrderBy(g => g.Key).ToList();
        var svg = Charts.ByDate(
            asOfDate.PlusDays(1).ToDateTimeUnspecified(),
            last.ToDateTimeUnspecified(),
            [.. soon.Select(g => g.Key.ToDateTimeUnspecified())],
            [
                ([.. soon.Select(g => (double)g.Count(r => r.Decision.IsApproved))], Palette[1]),
                ([.. soon.Select(g => (double)g.Count(r => !r.Decision.IsApproved))], Palette[0]),
            ]);
        return Figure(Texts.Format("changesSoon", culture, days), svg,
            [(Texts.Get("losesEligibility", culture), Palette[1]), (Texts.Get("becomesEligible", culture), Palette[0])]);
    }

    /// <summary>A chart with its title and legend in HTML, so they are in the report's language whatever fonts wrote the SVG.</summary>
    internal static string Figure(string title, string svg, IReadOnlyList<(string Label, string Colour)> legend)
    {
        var html = new StringBuilder("<figure class=\"chart\"><figcaption>").Append(Html(title)).Append("</figcaption>").Append(svg);
        if (legend.Count > 0)
        {
            html.Append("<div class=\"legend\">");
            foreach (var (label, colour) in legend)
            {
                html.Append("<span><i style=\"background:").Append(colour).Append("\"></i>").Append(Html(label)).Append("</span>");
            }

            html.Append("</div>");
        }

        return html.Append("</figure>").ToString();
    }

    internal static string Html(string text) => WebUtility.HtmlEncode(text);
}
