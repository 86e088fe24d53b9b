using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartnerRules;

/// <summary>System.Text.Json settings for PartnerRules' public records.</summary>
public static class PartnerRulesJson
{
    /// <summary>
    /// New options that round-trip every public record, strict as <see cref="Configure"/> describes, including policy
    /// documents (<see cref="ProgramPolicy"/> partial, unknown properties refused; <see cref="PolicySchedule"/>
    /// as <c>{ "versions": [...] }</c>; see docs/policy.md).
    /// The same as <c>Configure(new JsonSerializerOptions())</c>.
    /// </summary>
    /// <returns>A fresh, mutable options instance the caller may extend before first use.</returns>
    public static JsonSerializerOptions CreateOptions() => Configure(new JsonSerializerOptions());

    /// <summary>
    /// Applies PartnerRules' converters and strict reading to options a host already owns (ASP.NET Core's
    /// <c>JsonOptions</c>: <c>services.ConfigureHttpJsonOptions(o =&gt; PartnerRulesJson.Configure(o.SerializerOptions))</c>),
    /// and returns them. Calling it again on the same options changes nothing.
    /// </summary>
    /// <remarks>
    /// <para>Written: camelCase names; NodaTime values as ISO text (<c>Instant</c> as "2026-11-29T08:00:00Z",
    /// <c>LocalDate</c> as "2026-11-29", zones by TZDB id); enums by their declared names; identifiers as plain
    /// strings; money as <c>{ "amount": 300000, "currency": "CNY" }</c>; business calendars by their data.</para>
    /// <para>Read strictly: a record's positional (constructor) parameters are required; init properties with a
    /// default stay optional; null for a non-nullable member or a list element is refused; enum names are read in
    /// any case (PO and HO name <see cref="OpportunityOrigin"/>'s values), numbers and unknown names are refused
    /// listing the allowed values; property names are read in any case. Every failure is a
    /// <see cref="JsonException"/> whose <see cref="JsonException.Path"/> says where.</para>
    /// <para>Two of these are options-wide flags and so also hold for the host's own types:
    /// <see cref="JsonSerializerOptions.RespectNullableAnnotations"/> and
    /// <see cref="JsonSerializerOptions.RespectRequiredConstructorParameters"/> are set to true. The enum
    /// converter and the list and guard checks apply to PartnerRules' types only.</para>
    /// </remarks>
    /// <param name="options">Options not yet used for (de)serialising (System.Text.Json locks them on first use).</param>
    /// <returns><paramref name="options"/>, configured.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> have been used already and are read-only.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options), "Pass the options to configure, e.g. the host's JsonOptions.SerializerOptions.");
        }

        if (options.Converters.Contains(IdentifierJsonConverter.Partner))
        {
            return options;
        }

        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(StrictContracts.Apply);
        // Before NodaTime's converters, so that it is the one found for Instant (and Instant?); it defers to NodaTime's.
        options.Converters.Add(new InstantJsonConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new EnumNameJsonConverterFactory());
        options.Converters.Add(IdentifierJsonConverter.Partner);
        options.Converters.Add(IdentifierJsonConverter.Account);
        options.Converters.Add(IdentifierJsonConverter.Opportunity);
        options.Converters.Add(IdentifierJsonConverter.Invoice);
        options.Converters.Add(IdentifierJsonConverter.Lifecycle);
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new BusinessCalendarJsonConverter());
        options.Converters.Add(new ProgramPolicyJsonConverter());
        options.Converters.Add(new ScheduledPolicyJsonConverter());
        options.Converters.Add(new PolicyScheduleJsonConverter());
        return options;
    }
}
