using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// A schedule as <c>{ "versions": [ { "effectiveFrom": "2026-01-01", "policy": { "version": "2026", ... } } ] }</c>:
/// every member required, unknown or repeated members refused with their names; the schedule's own
/// checks (<see cref="PolicySchedule(IEnumerable{ScheduledPolicy})"/>) become a <see cref="JsonException"/>.
/// </summary>
internal sealed class PolicyScheduleJsonConverter : JsonConverter<PolicySchedule>
{
    public override PolicySchedule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // ReadObject refuses a null member before reading it, so the list read here is never null.
        var versions = ReadObject(ref reader, options, "policy schedule", [nameof(PolicySchedule.Versions)], (ref Utf8JsonReader r, string _) =>
            JsonSerializer.Deserialize<List<ScheduledPolicy>>(ref r, options)!);
        if (versions[0] is not List<ScheduledPolicy> list)
        {
            throw new JsonException("A policy schedule needs \"versions\".");
        }

        try
        {
            return new PolicySchedule(list);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid policy schedule: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, PolicySchedule value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(PolicyJsonMember.JsonName(nameof(PolicySchedule.Versions), options));
        JsonSerializer.Serialize(writer, value.Versions, options);
        writer.WriteEndObject();
    }

    internal delegate object ReadMember(ref Utf8JsonReader reader, string documentName);

    /// <summary>Reads an object whose members are all of <paramref name="names"/>, refusing any other and any repeated one; missing members stay null.</summary>
    internal static object?[] ReadObject(ref Utf8JsonReader reader, JsonSerializerOptions options, string what, string[] names, ReadMember read)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {what} must be a JSON object, not {reader.TokenType}.");
        }

        var values = new object?[names.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var index = Array.FindIndex(names, n => PolicyJsonMember.Matches(name, n, options));
            if (index < 0)
            {
                throw new JsonException(ProgramPolicyJsonConverter.UnknownProperty(what, name, names, options));
            }

            if (values[index] is not null)
            {
                throw new JsonException($"\"{name}\" appears twice in the {what}: give each property once.");
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException($"\"{name}\" of a {what} must not be null.");
            }

            values[index] = read(ref reader, name);
        }

        return values;
    }
}

/// <summary>One version of a schedule: <c>{ "effectiveFrom": "2026-01-01", "policy": { ... } }</c>, both required.</summary>
internal sealed class ScheduledPolicyJsonConverter : JsonConverter<ScheduledPolicy>
{
    public override ScheduledPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = PolicyScheduleJsonConverter.ReadObject(ref reader, options, "scheduled version",
            [nameof(ScheduledPolicy.EffectiveFrom), nameof(ScheduledPolicy.Policy)],
            (ref Utf8JsonReader r, string name) => PolicyJsonMember.Matches(name, nameof(ScheduledPolicy.Policy), options)
                ? JsonSerializer.Deserialize<ProgramPolicy>(ref r, options)!
                : JsonSerializer.Deserialize<LocalDate>(ref r, options));
        if (values[0] is not LocalDate effectiveFrom || values[1] is not ProgramPolicy policy)
        {
            throw new JsonException("A scheduled version needs \"effectiveFrom\" (a date such as \"2027-01-01\") and \"policy\".");
        }

        return new ScheduledPolicy(effectiveFrom, policy);
    }

    public override void Write(Utf8JsonWriter writer, ScheduledPolicy value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(PolicyJsonMember.JsonName(nameof(ScheduledPolicy.EffectiveFrom), options));
        JsonSerializer.Serialize(writer, value.EffectiveFrom, options);
        writer.WritePropertyName(PolicyJsonMember.JsonName(nameof(ScheduledPolicy.Policy), options));
        JsonSerializer.Serialize(writer, value.Policy, options);
        writer.WriteEndObject();
    }
}
