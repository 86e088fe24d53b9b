using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

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
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var records = new List<(int Start, int Length, long Line)>();
        InputProblem? syntax = null;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var lineCounter = new LineCounter(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                problems.Add(new InputProblem(name, "line 1", "$", "the file must hold a JSON array of records."));
                return [];
            }

            // The file is split into its records first (a fast scan), then the records are read in parallel: reading an
            // object is most of the time, and each record's problems stay with it, in file order.
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                var line = lineCounter.LineAt(start);
                reader.Skip();
                records.Add((start, (int)reader.TokenStartIndex + 1 - start, line));
            }
        }
        catch (JsonException e)
        {
            syntax = new InputProblem(name, $"line {e.LineNumber + 1}", "$", "not valid JSON: " + Plain(e.Message));
        }

        var read = new (T? Item, InputProblem? Problem)[records.Count];
        Parallel.For(0, records.Count, i =>
        {
            var (start, length, line) = records[i];
            read[i] = ReadOne<T>(bytes.AsSpan(start, length), options, name, i + 1, line);
        });

        var items = new List<(T, string)>(records.Count);
        for (var i = 0; i < read.Length; i++)
        {
            if (read[i].Item is { } item)
            {
                items.Add((item, $"line {records[i].Line}, record {i + 1}"));
            }
            else
            {
                problems.Add(read[i].Problem!);
            }
        }

        if (syntax is not null)
        {
            problems.Add(syntax);
        }

        return items;
    }

    private static (T? Item, InputProblem? Problem) ReadOne<T>(ReadOnlySpan<byte> json, JsonSerializerOptions options, string name, int record, long line)
        where T : class
    {
        try
        {
            var item = JsonSerializer.Deserialize<T>(json, options);
            return item is null ? (null, new InputProblem(name, $"line {line}, record {record}", "$", "null is not a record.")) : (item, null);
        }
        catch (JsonException e)
        {
            return (null, new InputProblem(name, $"line {line + (e.LineNumber ?? 0)}, record {record}", e.Path ?? "$", Plain(e.Message)));
        }
        catch (ArgumentException e)
        {
            return (null, new InputProblem(name, $"line {line}, record {record}", e.ParamName ?? "$", Plain(e.Message)));
        }
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
