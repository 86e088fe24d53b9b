using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PartnerRules;

/// <summary>
/// Loads <see cref="BusinessCalendar.China"/> from the embedded files <c>Calendars/Data/china-YYYY.json</c>,
/// one per published year: <c>{ "year", "source", "days": [ { "date", "name", "isOffDay" } ] }</c>.
/// Coverage runs from 1 January of the first year to 31 December of the last; years must be contiguous.
/// </summary>
internal static class ChinaCalendarData
{
    internal static readonly int[] Years = [2024, 2025, 2026];

    public static BusinessCalendar Load()
    {
        var holidays = new List<LocalDate>();
        var workingDays = new List<LocalDate>();
        foreach (var year in Years)
        {
            Read(year, holidays, workingDays);
        }

        var coverage = new DateInterval(new LocalDate(Years[0], 1, 1), new LocalDate(Years[Years.Length - 1], 12, 31));
        return new BusinessCalendar(coverage, holidays, workingDays);
    }

    private static void Read(int year, List<LocalDate> holidays, List<LocalDate> workingDays)
    {
        var name = $"PartnerRules.Calendars.Data.china-{year}.json";
        using var stream = typeof(ChinaCalendarData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded calendar data '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        using var document = JsonDocument.Parse(reader.ReadToEnd());
        var root = document.RootElement;
        if (root.GetProperty("year").GetInt32() != year)
        {
            throw new InvalidOperationException($"The embedded calendar data '{name}' is not for {year}.");
        }

        foreach (var day in root.GetProperty("days").EnumerateArray())
        {
            var date = LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).GetValueOrThrow();
            if (date.Year != year)
            {
                throw new InvalidOperationException($"The embedded calendar data '{name}' lists {date}, outside {year}.");
            }

            (day.GetProperty("isOffDay").GetBoolean() ? holidays : workingDays).Add(date);
        }
    }
}
