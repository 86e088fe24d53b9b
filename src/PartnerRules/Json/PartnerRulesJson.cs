using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartnerRules;

/// <summary>System.Text.Json settings for PartnerRules' public records.</summary>
public static class PartnerRulesJson
{
    /// <summary>
    /// New options that round-trip every public record: camelCase names; NodaTime values as ISO text
    /// (<c>Instant</c> as "2026-11-29T08:00:00Z", <c>LocalDate</c> as "2026-11-29", zones by TZDB id);
    /// enums as names (numbers are refused); identifiers as plain strings; money as
    /// <c>{ "amount": 300000, "currency": "CNY" }</c>; business calendars by their data; policy
    /// documents (<see cref="ProgramPolicy"/> partial, unknown properties refused; <see cref="PolicySchedule"/>
    /// as <c>{ "versions": [...] }</c>; see docs/policy.md).
    /// </summary>
    /// <returns>A fresh, mutable options instance the caller may extend before first use.</returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(IdentifierJsonConverter.Partner);
        options.Converters.Add(IdentifierJsonConverter.Account);
        options.Converters.Add(IdentifierJsonConverter.Opportunity);
        options.Converters.Add(IdentifierJsonConverter.Invoice);
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new BusinessCalendarJsonConverter());
        options.Converters.Add(new ProgramPolicyJsonConverter());
        options.Converters.Add(new ScheduledPolicyJsonConverter());
        options.Converters.Add(new PolicyScheduleJsonConverter());
        return options;
    }
}
