using System;
using System.Collections.Generic;
using System.IO;
using CsvHelper;

namespace PartnerRules.Cli.Input;

/// <summary>
/// One CSV file read row by row through CsvHelper, with the columns a reader needs checked once against
/// the header; each row hands its line number along, so every problem names file, line and column.
/// </summary>
internal static class CsvTable
{
    internal delegate void RowReader(CsvRow row);

    // Comma only (no guessing from the first lines); broken quoting stops the file at its line.
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        TrimWhitespace = true,
    };

    /// <summary>Reads every row; false when the file as a whole could not be read (already reported).</summary>
    internal static bool Read(string path, IReadOnlyList<string> required, IReadOnlyList<string> optional,
        List<InputProblem> problems, RowReader read)
    {
        var name = Path.GetFileName(path);
        using var csv = CsvReader.FromFile(path, Options);
        try
        {
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var missing = new List<string>();
            foreach (var column in required)
            {
                if (csv.TryGetFieldIndex(column, out var index))
                {
                    columns[column] = index;
                }
                else
                {
                    missing.Add(column);
                }
            }

            if (missing.Count > 0)
            {
                problems.Add(new InputProblem(name, "line 1 (header)", string.Join(", ", missing),
                    $"missing column(s); the header must name {string.Join(", ", required)}."));
                return false;
            }

            foreach (var column in optional)
            {
                if (csv.TryGetFieldIndex(column, out var index))
                {
                    columns[column] = index;
                }
            }

            while (csv.Read())
            {
                read(new CsvRow(csv, name, columns, problems));
            }

            return true;
        }
        catch (CsvFormatException e)
        {
            problems.Add(new InputProblem(name, "line " + e.LineNumber, "$", "not valid CSV (rows after it not read): " + e.Message));
            return false;
        }
    }
}

/// <summary>The current row: its fields by column name, and a way to report one of them as invalid.</summary>
internal sealed class CsvRow(CsvReader csv, string file, Dictionary<string, int> columns, List<InputProblem> problems)
{
    private readonly long _line = csv.LineNumber;

    internal string Where => "line " + _line;

    internal bool Invalid { get; private set; }

    /// <summary>The trimmed field, or null when the column is absent or the field is empty.</summary>
    internal string? Get(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= csv.FieldCount)
        {
            return null;
        }

        var value = csv.GetString(index)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    internal void Problem(string column, string message)
    {
        Invalid = true;
        problems.Add(new InputProblem(file, Where, column, message));
    }
}
