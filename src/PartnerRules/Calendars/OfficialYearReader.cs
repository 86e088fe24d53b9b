using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PartnerRules;

/// <summary>
/// Reads one year's official schedule in the format the library embeds (<c>{ "year", "source", "days" }</c>)
/// or in holiday-cn's (<c>{ "$schema", "$id", "year", "papers", "days" }</c>): both list
/// <c>{ "date", "name", "isOffDay" }</c> days, holidays with <c>isOffDay: true</c> and adjusted working
/// days with <c>false</c>. Other members are ignored, so either file is read as it is published.
/// </summary>
internal static class OfficialYearReader
{
    /// <summary>The year as a calendar covering 1 January to 31 December; ArgumentException naming <paramref name="paramName"/> for bad data.</summary>
    public static BusinessCalendar Read(Stream json, string source, string paramName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw Problem(source, $"it is not valid JSON ({ex.Message})", paramName, ex);
        }

        using (document)
        {
            return Read(document.RootElement, source, paramName);
        }
    }

    private static BusinessCalendar Read(JsonElement root, string source, string paramName)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("year", out var yearElement) || yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year)
            || !root.TryGetProperty("days", out var days) || days.ValueKind != JsonValueKind.Array)
        {
            throw Problem(source, "it needs a \"year\" number and a \"days\" list", paramName);
        }

        if (year < 1900 || year > 9999)
        {
            throw Problem(source, $"\"year\" {year} is not a plausible year", paramName);
        }

        if (days.GetArrayLength() == 0)
        {
            // holiday-cn publishes an empty file for a year before the State Council does: reading it as a
            // year without holidays would silently make every holiday a business day.
            throw Problem(source, $"it lists no days for {year}: the schedule is not published yet (holiday-cn keeps an empty file until it is)", paramName);
        }

        var holidays = new List<LocalDate>();
        var workingDays = new List<LocalDate>();
        var seen = new HashSet<LocalDate>();
        var index = 0;
        foreach (var day in days.EnumerateArray())
        {
            var date = Date(day, source, index, paramName);
            if (date.Year != year)
            {
                throw Problem(source, $"days[{index}] is {BusinessCalendar.Iso(date)}, outside {year}", paramName);
            }

            if (!seen.Add(date))
            {
                throw Problem(source, $"days[{index}] lists {BusinessCalendar.Iso(date)} a second time", paramName);
            }

            if (!day.TryGetProperty("isOffDay", out var off) || off.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw Problem(source, $"days[{index}] ({BusinessCalendar.Iso(date)}) needs \"isOffDay\": true for a holiday, false for an adjusted working day", paramName);
            }

            (off.GetBoolean() ? holidays : workingDays).Add(date);
            index++;
        }

        try
        {
            return new BusinessCalendar(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), holidays, workingDays);
        }
        catch (ArgumentException ex)
        {
            throw Problem(source, ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty).TrimEnd('.'), paramName, ex);
        }
    }

    private static LocalDate Date(JsonElement day, string source, int index, string paramName)
    {
        var text = day.ValueKind == JsonValueKind.Object && day.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String
            ? date.GetString()!
            : throw Problem(source, $"days[{index}] needs a \"date\" such as \"2027-01-01\"", paramName);
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw Problem(source, $"days[{index}] has \"date\" \"{text}\", not an ISO date such as \"2027-01-01\"", paramName);
    }

    private static ArgumentException Problem(string source, string problem, string paramName, Exception? inner = null) =>
        new($"The official schedule {source} cannot be used: {problem}.", paramName, inner);
}
