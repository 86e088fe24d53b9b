using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PartnerRules.Cli.Input;

/// <summary>Typed CSV fields: each failure is reported on the row with its column, and yields a harmless default.</summary>
internal static class Fields
{
    internal static string? Required(CsvRow row, string column)
    {
        var value = row.Get(column);
        if (value is null)
        {
            row.Problem(column, "required, but empty.");
        }

        return value;
    }

    internal static PartnerId Partner(CsvRow row, string column)
    {
        var text = Required(row, column);
        if (text is null)
        {
            return default;
        }

        return Identifier(row, column, text, t => new PartnerId(t));
    }

    /// <summary>The identifier's own constructor is the one authority on its format.</summary>
    internal static T Identifier<T>(CsvRow row, string column, string text, Func<string, T> create)
        where T : struct
    {
        try
        {
            return create(text);
        }
        catch (ArgumentException e)
        {
            row.Problem(column, $"'{text}' is not a valid id: {e.Message}");
            return default;
        }
    }

    internal static TEnum Enum<TEnum>(CsvRow row, string column)
        where TEnum : struct, Enum
    {
        var text = Required(row, column);
        if (text is null)
        {
            return default;
        }

        // Names only: a number would silently pick whatever member has that value.
        if (char.IsAsciiDigit(text[0]) || text[0] == '-' || !System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value))
        {
            row.Problem(column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
            return default;
        }

        return value;
    }

    internal static bool Boolean(CsvRow row, string column)
    {
        var text = Required(row, column);
        if (text is null)
        {
            return false;
        }

        if (!bool.TryParse(text, out var value))
        {
            row.Problem(column, $"'{text}' is not true or false.");
        }

        return value;
    }

    /// <summary>An instant with its offset (2026-11-29T10:00:00+08:00 or …Z); null for an empty optional field.</summary>
    internal static Instant? Instant(CsvRow row, string column, bool required)
    {
        var text = required ? Required(row, column) : row.Get(column);
        if (text is null)
        {
            return null;
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            row.Problem(column, $"'{text}' is not an ISO instant with an offset (e.g. 2026-11-29T10:00:00+08:00).");
            return null;
        }

        return parsed.Value.ToInstant();
    }

    /// <summary>An ISO date (2026-11-29); null for an empty optional field.</summary>
    internal static LocalDate? Date(CsvRow row, string column)
    {
        if (row.Get(column) is not { } text)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            row.Problem(column, $"'{text}' is not an ISO date (e.g. 2026-11-29).");
            return null;
        }

        return parsed.Value;
    }

    internal static decimal? Amount(CsvRow row, string column, string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            row.Problem(column, $"'{text}' is not an amount of zero or more.");
            return null;
        }

        return value;
    }
}
