using System;

namespace PartnerRules;

/// <summary>
/// Loads <see cref="BusinessCalendar.China"/> from the embedded files <c>Calendars/Data/china-YYYY.json</c>,
/// one per published year, read by the same reader as a user's files (<see cref="BusinessCalendar.ReadYear"/>).
/// Coverage runs from 1 January of the first year to 31 December of the last; years must be contiguous.
/// </summary>
internal static class ChinaCalendarData
{
    internal static readonly int[] Years = [2024, 2025, 2026];

    public static BusinessCalendar Load()
    {
        BusinessCalendar? calendar = null;
        foreach (var year in Years)
        {
            var data = Read(year);
            calendar = calendar is null ? data : calendar.With(data);
        }

        return calendar!;
    }

    private static BusinessCalendar Read(int year)
    {
        var name = $"PartnerRules.Calendars.Data.china-{year}.json";
        // Stryker disable once String : the embedded data ship with the assembly, each for its own year; this text only names a broken build
        using var stream = typeof(ChinaCalendarData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded calendar data '{name}' is missing from the assembly.");
        // Stryker disable once String : the embedded data ship with the assembly, each for its own year; this text only names a broken build
        var data = OfficialYearReader.Read(stream, $"'{name}'", nameof(year));
        // Stryker disable once String : the embedded data ship with the assembly, each for its own year; this text only names a broken build
        return data.Coverage.Start.Year == year
            ? data
            : throw new InvalidOperationException($"The embedded calendar data '{name}' is not for {year}.");
    }
}
