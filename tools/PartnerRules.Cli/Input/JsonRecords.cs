using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace PartnerRules.Cli.Input;

/// <summary>
/// Reads a JSON array of records one element at a time, so one bad record is reported with its line,
/// record number and JSON path while the others are still read.
/// </summary>
internal static class JsonRecords
{
    internal static List<(T Item, string Where)> Read<T>(string path, JsonSerializerOptions options, List<InputProblem> problems)
        where T : class
    {
        var items = new List<(T, string)>();
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var lineCounter = new LineCounter(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                problems.Add(new InputProblem(name, "line 1", "$", "the file must hold a JSON array of records."));
                return items;
            }

            var record = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                record++;
                var start = (int)reader.TokenStartIndex;
                var line = lineCounter.LineAt(start);
                reader.Skip();
                var end = (int)reader.TokenStartIndex + 1;
                var item = ReadOne<T>(bytes.AsSpan(start, end - start), options, name, record, line, problems);
                if (item is not null)
                {
                    items.Add((item, $"line {line}, record {record}"));
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(new InputProblem(name, $"line {e.LineNumber + 1}", "$", "not valid JSON: " + Plain(e.Message)));
        }

        return items;
    }

    private static T? ReadOne<T>(ReadOnlySpan<byte> json, JsonSerializerOptions options, string name, int record, long line,
        List<InputProblem> problems)
        where T : class
    {
        try
        {
            var item = JsonSerializer.Deserialize<T>(json, options);
            if (item is null)
            {
                problems.Add(new InputProblem(name, $"line {line}, record {record}", "$", "null is not a record."));
            }

            return item;
        }
        catch (JsonException e)
        {
            var where = $"line {line + (e.LineNumber ?? 0)}, record {record}";
            problems.Add(new InputProblem(name, where, e.Path ?? "$", Plain(e.Message)));
        }
        catch (ArgumentException e)
        {
            problems.Add(new InputProblem(name, $"line {line}, record {record}", e.ParamName ?? "$", Plain(e.Message)));
        }

        return null;
    }

    /// <summary>System.Text.Json appends "Path: … | LineNumber: …" to its messages; the problem already says where.</summary>
    internal static string Plain(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    /// <summary>Counts newlines forward only: elements come in order, so the whole file is scanned once.</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private int _position;
        private long _line = 1;

        internal long LineAt(int index)
        {
            for (; _position < index; _position++)
            {
                if (bytes[_position] == (byte)'\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }
}
