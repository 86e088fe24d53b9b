using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// A <see cref="BusinessCalendar"/> as <c>{ "start", "end", "holidays": [...], "workingWeekendDays": [...] }</c>,
/// so a <see cref="ProgramPolicy"/> round-trips. Other <see cref="IBusinessCalendar"/> implementations cannot be written.
/// </summary>
internal sealed class BusinessCalendarJsonConverter : JsonConverter<IBusinessCalendar>
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(IBusinessCalendar) || typeToConvert == typeof(BusinessCalendar);

    public override IBusinessCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Never null: the serializer reads a JSON null itself (HandleNull is false) and never calls a converter for it.
        var data = JsonSerializer.Deserialize<CalendarData>(ref reader, options)!;
        if (data.Start is null || data.End is null || data.Holidays is null || data.WorkingWeekendDays is null)
        {
            throw new JsonException("A business calendar needs \"start\", \"end\", \"holidays\" and \"workingWeekendDays\".");
        }

        try
        {
            return new BusinessCalendar(new DateInterval(data.Start.Value, data.End.Value), data.Holidays, data.WorkingWeekendDays);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid business calendar: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, IBusinessCalendar value, JsonSerializerOptions options)
    {
        if (value is not BusinessCalendar calendar)
        {
            throw new JsonException($"Only BusinessCalendar can be written as JSON, not {value.GetType().Name}.");
        }

        JsonSerializer.Serialize(writer, new CalendarData
        {
            Start = calendar.Coverage.Start,
            End = calendar.Coverage.End,
            Holidays = [.. calendar.Holidays],
            WorkingWeekendDays = [.. calendar.WorkingWeekendDays],
        }, options);
    }

    private sealed class CalendarData
    {
        public LocalDate? Start { get; set; }

        public LocalDate? End { get; set; }

        public List<LocalDate>? Holidays { get; set; }

        public List<LocalDate>? WorkingWeekendDays { get; set; }
    }
}
