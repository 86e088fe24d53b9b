using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime.Text;
using PartnerRules.Cli.Input;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Report;

/// <summary>
/// The data the report's table and what-if view are drawn from, embedded once in the file: the report's texts, each
/// distinct finding code and message once, and the rows as compact arrays.
/// </summary>
internal static class ReportData
{
    // Chinese stays readable; <, > and & are still escaped, so no text can close the script element.
    private static readonly JsonSerializerOptions DataJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly string[] DataTexts =
    [
        "partners", "diagrams", "search", "partner", "verdict", "changesOn", "findings", "approved", "refused", "shown",
        "baseline", "proposal", "changed", "claim", "payable", "difference", "granted", "denied",
    ];

    // Rows numbered and written per chunk, on every core.
    private const int RowsPerChunk = 5000;

    /// <summary>
    /// Rows as compact arrays ([partner, approved, changesOn, [[code index, passed, message index], …]]): one copy
    /// of the data, and each distinct message once (most partners share most of their messages). The rows are written
    /// straight to a <see cref="Utf8JsonWriter"/>: serialising 100,000 boxed rows took most of the report's time.
    /// </summary>
    internal static ReadOnlyMemory<byte> Of(HoDocument document, WhatIfDocument? whatIf, CultureInfo culture)
    {
        var codes = new Dictionary<string, int>();
        var messages = new Dictionary<string, int>();
        static int IndexOf(Dictionary<string, int> table, string text) =>
            table.TryGetValue(text, out var i) ? i : table[text] = table.Count;

        // The tables come before the rows in the data, so every row's indices are found first: each chunk of rows numbers
        // its texts by first appearance on one core, then the chunks' numbers are mapped to the document's in row order
        // (one lookup per distinct text of a chunk), which gives the numbers one pass over all the rows would.
        var rows = document.Decisions;
        var chunks = Chunks.Map(rows.Count, RowsPerChunk, (from, to) =>
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
        foreach (var (chunkCodes, chunkMessages, chunkIndices) in chunks)
        {
            var (codeOf, messageOf) = (Renumber(chunkCodes, codes), Renumber(chunkMessages, messages));
            for (var i = 0; i < chunkIndices.Count; i += 2)
            {
                (chunkIndices[i], chunkIndices[i + 1]) = (codeOf[chunkIndices[i]], messageOf[chunkIndices[i + 1]]);
            }
        }

        static int[] Renumber(Dictionary<string, int> chunk, Dictionary<string, int> document) =>
            [.. Ordered(chunk).Select(text => IndexOf(document, text))];

        // Each chunk's rows are written on every core, then copied into the data in order.
        var written = Chunks.Map(rows.Count, RowsPerChunk, (from, to) => Rows(rows, from, to, chunks[from / RowsPerChunk].chunkIndices));
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
            foreach (var chunk in written)
            {
                // The chunk's rows without their enclosing brackets: the writer puts a comma between chunks as between values.
                json.WriteRawValue(chunk.Span[1..^1], skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WritePropertyName("whatIf");
            JsonSerializer.Serialize(json, impact, DataJson);
            json.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>Rows [from, to) as one JSON array, their findings' texts numbered by <paramref name="indices"/> (code, message, …).</summary>
    private static ReadOnlyMemory<byte> Rows(IReadOnlyList<HoRow> rows, int from, int to, List<int> indices)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = DataJson.Encoder });
        json.WriteStartArray();
        var next = 0;
        for (var r = from; r < to; r++)
        {
            var decision = rows[r].Decision;
            json.WriteStartArray();
            json.WriteStringValue(rows[r].Partner.Value);
            json.WriteNumberValue(decision.IsApproved ? 1 : 0);
            if (decision.ChangesOn is { } on)
            {
                json.WriteStringValue(LocalDatePattern.Iso.Format(on));
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStartArray();
            foreach (var finding in decision.Findings)
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
        json.Flush();
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
}
