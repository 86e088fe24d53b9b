using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PartnerRules.Cli.Input;

// Finding the records: the scan Map runs on the calling thread, a count of the first records, and where each one starts.
internal sealed partial class JsonRecords<T>
{
    /// <summary>How many records the array holds, counting no further than <paramref name="limit"/> (only the start of the file is scanned; a syntax error ends the count).</summary>
    internal int CountUpTo(int limit)
    {
        var count = 0;
        try
        {
            _ = limit > 0 && Walk((_, _) => ++count < limit);
        }
        catch (JsonException)
        {
            // The records before the error are counted; Map reports the error.
        }

        return count;
    }

    /// <summary>Finds the records, giving each full chunk (and the last) to <paramref name="found"/> as soon as it is complete.</summary>
    private (int Count, InputProblem? Problem) Scan(int chunkSize, Action<int, int, (int, int, long)[]> found)
    {
        var chunk = new List<(int, int, long)>(chunkSize);
        var count = 0;
        void Flush()
        {
            if (chunk.Count > 0)
            {
                var first = count - chunk.Count;
                found(first / chunkSize, first, [.. chunk]);
                chunk.Clear();
            }
        }

        var lineCounter = new LineCounter(_bytes);
        try
        {
            var isArray = Walk((start, length) =>
            {
                chunk.Add((start, length, lineCounter.LineAt(start)));
                if (++count % chunkSize == 0)
                {
                    Flush();
                }

                return true;
            });
            if (!isArray)
            {
                return (0, new InputProblem(Name, "line 1", "$", "the file must hold a JSON array of records."));
            }
        }
        catch (JsonException e)
        {
            Flush();
            return (count, new InputProblem(Name, $"line {e.LineNumber + 1}", "$", "not valid JSON: " + Plain(e.Message)));
        }

        Flush();
        return (count, null);
    }

    /// <summary>
    /// Gives each element of the file's array, in order, to <paramref name="found"/> as its start and length, until
    /// <paramref name="found"/> returns false; false when the file does not hold an array. Bad syntax is a <see cref="JsonException"/>
    /// after the elements before it.
    /// </summary>
    private bool Walk(Func<int, int, bool> found)
    {
        var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (!found(start, (int)reader.BytesConsumed - start))
            {
                break;
            }
        }

        return true;
    }

    /// <summary>System.Text.Json appends "Path: … | LineNumber: …" to its messages; the problem already says where.</summary>
    private static string Plain(string message)
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
            var newlines = bytes.AsSpan(_position, index - _position).Count((byte)'\n');
            _position = index;
            _line += newlines;
            return _line;
        }
    }
}
