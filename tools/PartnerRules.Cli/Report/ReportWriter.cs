using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using PartnerRules.Cli.Input;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Report;

/// <summary>
/// The self-contained HTML report: summary counts and charts (ScottPlot SVG), the "changes soon" chart,
/// a virtualised, searchable, sortable table drawn in the browser from data embedded once, and the
/// lifecycle diagrams drawn in the browser by the mermaid build embedded in the tool.
/// </summary>
internal static class ReportWriter
{
    // Chinese stays readable; <, > and & are still escaped, so no text can close the script element.
    private static readonly JsonSerializerOptions DataJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly string[] DataTexts =
    [
        "partners", "diagrams", "search", "partner", "verdict", "changesOn", "findings", "approved", "refused", "shown",
        "baseline", "proposal", "changed", "claim", "payable", "difference", "granted", "denied",
    ];

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
        var data = Data(document, whatIf, culture);
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

    /// <summary>
    /// Rows as compact arrays ([partner, approved, changesOn, [[code index, passed, message index], …]]): one copy
    /// of the data, and each distinct message once (most partners share most of their messages). The rows are written
    /// straight to a <see cref="Utf8JsonWriter"/>: serialising 100,000 boxed rows took most of the report's time.
    /// </summary>
    private static ReadOnlyMemory<byte> Data(HoDocument document, WhatIfDocument? whatIf, CultureInfo culture)
    {
        var codes = new Dictionary<string, int>();
        var messages = new Dictionary<string, int>();
        static int IndexOf(Dictionary<string, int> table, string text) =>
            table.TryGetValue(text, out var i) ? i : table[text] = table.Count;

        // The tables come before the rows in the data, so every row's indices are found first: each chunk of rows numbers
        // its texts by first appearance on one core, then the chunks' numbers are mapped to the document's in row order
        // (one lookup per distinct text of a chunk), which gives the numbers one pass over all the rows would.
        var rows = document.Decisions;
        var chunks = Chunks.Map(rows.Count, 5000, (from, to) =>
        {
            var (chunkCodes, chunkMessages, chunkIndices) = (new Dictionary<string, int>(), new Dictionary<string, int>(), new List<int>());
            for (var r = from; r < to; r++)
            {
                foreach (var finding in rows[r].Decision.Findings)
                {
                    chunkIndices.Add(IndexOf(chunkCodes, finding.Code));
                    chunkIndices.Add(IndexOf(chunkMessages, finding.Message));
                }
            }

            return (chunkCodes, chunkMessages, chunkIndices);
        });
        var indices = new List<int>();
        foreach (var (chunkCodes, chunkMessages, chunkIndices) in chunks)
        {
            var (codeOf, messageOf) = (Renumber(chunkCodes, codes), Renumber(chunkMessages, messages));
            for (var i = 0; i < chunkIndices.Count; i += 2)
            {
                indices.Add(codeOf[chunkIndices[i]]);
                indices.Add(messageOf[chunkIndices[i + 1]]);
            }
        }

        static int[] Renumber(Dictionary<string, int> chunk, Dictionary<string, int> document) =>
            [.. Ordered(chunk).Select(text => IndexOf(document, text))];

        var impact = whatIf is null ? null : WhatIfReport.Data(whatIf, text => IndexOf(codes, text), text => IndexOf(messages, text));
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = DataJson.Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartObject("texts");
            foreach (var key in DataTexts)
            {
                json.WriteString(key, Texts.Get(key, culture));
            }

            json.WriteEndObject();
            WriteTable(json, "codes", codes);
            WriteTable(json, "messages", messages);
            json.WriteStartArray("rows");
            var next = 0;
            foreach (var row in rows)
            {
                json.WriteStartArray();
                json.WriteStringValue(row.Partner.Value);
                json.WriteNumberValue(row.Decision.IsApproved ? 1 : 0);
                if (row.Decision.ChangesOn is { } on)
                {
                    json.WriteStringValue(LocalDatePattern.Iso.Format(on));
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteStartArray();
                foreach (var finding in row.Decision.Findings)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(indices[next++]);
                    json.WriteNumberValue(finding.Passed ? 1 : 0);
                    json.WriteNumberValue(indices[next++]);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WritePropertyName("whatIf");
            JsonSerializer.Serialize(json, impact, DataJson);
            json.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>A table's texts in the order of their numbers.</summary>
    private static string[] Ordered(Dictionary<string, int> table)
    {
        var texts = new string[table.Count];
        foreach (var (text, index) in table)
        {
            texts[index] = text;
        }

        return texts;
    }

    private static void WriteTable(Utf8JsonWriter json, string name, Dictionary<string, int> table)
    {
        json.WriteStartArray(name);
        foreach (var text in Ordered(table))
        {
            json.WriteStringValue(text);
        }

        json.WriteEndArray();
    }

    internal static string Html(string text) => WebUtility.HtmlEncode(text);
}
