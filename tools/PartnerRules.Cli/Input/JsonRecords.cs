using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace PartnerRules.Cli.Input;

/// <summary>
/// A JSON array of records, read so that one bad record is reported with its line, record number and JSON path while
/// the others are still read (a chunk is read as one array, and record by record only when it holds a bad record). <see cref="Map{TResult}"/> scans the file for where each record
/// starts and ends on the calling thread and hands each chunk of records, as soon as it is found, to a worker on every
/// core that reads the chunk and does the work that needs it (deciding, in <c>ho</c>): scanning, reading and deciding
/// overlap instead of taking turns.
/// </summary>
internal sealed partial class JsonRecords<T>
    where T : class
{
    private readonly byte[] _bytes;
    private readonly JsonSerializerOptions _options;

    private JsonRecords(string path, JsonSerializerOptions options)
    {
        Name = Path.GetFileName(path);
        _bytes = File.ReadAllBytes(path);
        _options = options;
    }

    /// <summary>The file's name, as problems quote it.</summary>
    internal string Name { get; }

    /// <summary>Reads the file into memory (an unreadable file fails here); its records are read by <see cref="Map{TResult}"/>.</summary>
    internal static JsonRecords<T> Open(string path, JsonSerializerOptions options) => new(path, options);

    /// <summary>
    /// Reads the records in chunks of <paramref name="chunkSize"/>, in parallel, and gives each chunk's valid records
    /// (with where each is) and the chunk's number of records, valid or not, to <paramref name="each"/> on the thread that
    /// read them. <paramref name="counted"/> receives the number of records as soon as the scan has found them all, while
    /// the chunks are still being read. The results
    /// come back in file order, and the invalid records are added to <paramref name="problems"/> in file order, then the
    /// file's own problem (bad syntax, not an array) if any: the records before a syntax error are still read.
    /// </summary>
    internal List<TResult> Map<TResult>(int chunkSize, List<InputProblem> problems, Action<int> counted,
        Func<List<(T Item, string Where)>, int, TResult> each)
    {
        var done = new ConcurrentDictionary<int, (TResult Result, List<InputProblem> Invalid)>();
        using var queue = new BlockingCollection<(int Chunk, int First, (int Start, int Length, long Line)[] Records)>();
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            foreach (var (chunk, first, records) in queue.GetConsumingEnumerable())
            {
                done[chunk] = ReadChunk(first, records, each);
            }
        })).ToArray();

        InputProblem? fileProblem;
        int count;
        try
        {
            (count, fileProblem) = Scan(chunkSize, (chunk, first, records) => queue.Add((chunk, first, records)));
        }
        finally
        {
            queue.CompleteAdding();
        }

        // While the workers still read and decide: a progress bar can show the total from here on.
        counted(count);
        Chunks.Unwrapped(() => Task.WaitAll(workers));
        var ordered = done.OrderBy(d => d.Key).Select(d => d.Value).ToList();
        problems.AddRange(ordered.SelectMany(d => d.Invalid));
        if (fileProblem is not null)
        {
            problems.Add(fileProblem);
        }

        return ordered.ConvertAll(d => d.Result);
    }

    private (TResult, List<InputProblem>) ReadChunk<TResult>(int first, (int Start, int Length, long Line)[] records,
        Func<List<(T Item, string Where)>, int, TResult> each)
    {
        var items = new List<(T, string)>(records.Length);
        var invalid = new List<InputProblem>();
        if (ReadWhole(records) is { } whole)
        {
            for (var i = 0; i < records.Length; i++)
            {
                items.Add((whole[i], $"line {records[i].Line}, record {first + i + 1}"));
            }

            return (each(items, records.Length), invalid);
        }

        for (var i = 0; i < records.Length; i++)
        {
            var (start, length, line) = records[i];
            var record = first + i + 1;
            if (ReadOne(_bytes.AsSpan(start, length), record, line, out var problem) is { } item)
            {
                items.Add((item, $"line {line}, record {record}"));
            }
            else
            {
                invalid.Add(problem!);
            }
        }

        return (each(items, records.Length), invalid);
    }

    /// <summary>
    /// The chunk's records read as one JSON array (the bytes from its first record to its last, between brackets): one
    /// serializer call, and one reading stack, instead of one per record. Null when any record is invalid (or null): the
    /// chunk is then read record by record, which finds and reports each problem.
    /// </summary>
    private List<T>? ReadWhole((int Start, int Length, long Line)[] records)
    {
        var from = records[0].Start;
        var length = records[^1].Start + records[^1].Length - from;
        var array = ArrayPool<byte>.Shared.Rent(length + 2);
        try
        {
            array[0] = (byte)'[';
            _bytes.AsSpan(from, length).CopyTo(array.AsSpan(1));
            array[length + 1] = (byte)']';
            // Between the brackets are the chunk's records and what separates them (commas, whitespace, and comments, which
            // the options refuse: such a chunk is read record by record), so a list read from them has one item per
            // record. A null record is refused by the library's strict lists, and by the check for any other record type.
            var whole = JsonSerializer.Deserialize<List<T>>(array.AsSpan(0, length + 2), _options);
            return whole is not null && !whole.Contains(null!) ? whole : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private T? ReadOne(ReadOnlySpan<byte> json, int record, long line, out InputProblem? problem)
    {
        problem = null;
        try
        {
            if (JsonSerializer.Deserialize<T>(json, _options) is { } item)
            {
                return item;
            }

            problem = new InputProblem(Name, $"line {line}, record {record}", "$", "null is not a record.");
        }
        catch (JsonException e)
        {
            problem = new InputProblem(Name, $"line {line + (e.LineNumber ?? 0)}, record {record}", e.Path ?? "$", Plain(e.Message));
        }
        catch (ArgumentException e)
        {
            problem = new InputProblem(Name, $"line {line}, record {record}", e.ParamName ?? "$", Plain(e.Message));
        }

        return null;
    }
}

/// <summary>Every record of a JSON array at once (the claims' reader; the partners' is <see cref="JsonRecords{T}.Map{TResult}"/>).</summary>
internal static class JsonRecords
{
    internal static List<(T Item, string Where)> Read<T>(string path, JsonSerializerOptions options, List<InputProblem> problems)
        where T : class =>
        [.. JsonRecords<T>.Open(path, options).Map(1000, problems, _ => { }, (items, _) => items).SelectMany(items => items)];
}
