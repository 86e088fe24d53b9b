using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerRules;

/// <summary>
/// PartnerRules' enums as their declared names: read in any case (and by the documented aliases, PO and HO
/// for <see cref="OpportunityOrigin"/>), written as declared; numbers and unknown names are refused with a
/// <see cref="JsonException"/> naming the enum and its allowed values. A host's own enums are left alone.
/// </summary>
internal sealed class EnumNameJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum
        && (typeToConvert.Assembly == typeof(PartnerId).Assembly || typeToConvert.Assembly == typeof(EnumNameJsonConverterFactory).Assembly);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EnumNameJsonConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>One enum's names, aliases and the error text listing them.</summary>
internal sealed class EnumNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Names();
    private static readonly Dictionary<TEnum, string> Declared = Fields().GroupBy(f => f.Value).ToDictionary(g => g.Key, g => g.First().Key);
    private static readonly string Allowed = string.Join(", ", Declared.Values.Select(name => Aliases().Where(a => a.Value.ToString() == name).Aggregate(name, (text, a) => $"{text} (or {a.Key})")));

    private static readonly string Capitalised = JsonText.WithArticle(typeof(TEnum).Name, capital: true);

    // The names as written (declared and aliases) in UTF-8: most documents spell them so, and comparing the
    // reader's bytes finds them without a string per value; any other spelling goes through ByName.
    private static readonly KeyValuePair<byte[], TEnum>[] Utf8Names =
        [.. Fields().Concat(Aliases()).Select(f => new KeyValuePair<byte[], TEnum>(Encoding.UTF8.GetBytes(f.Key), f.Value))];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{Capitalised} must be a JSON string naming one of: {Allowed}; {reader.TokenType} is not accepted.");
        }

        // Stryker disable once Block,Statement : a fast path; the case-insensitive lookup after it finds the same value
        foreach (var name in Utf8Names)
        {
            if (reader.ValueTextEquals(name.Key))
            {
                return name.Value;
            }
        }

        return Find(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NameOf(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Find(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(NameOf(value));

    // The text read is not repeated: it is the caller's data. The allowed values say what to send instead.
    private static TEnum Find(string? name) =>
        name is not null && ByName.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"The value is not {JsonText.WithArticle(typeof(TEnum).Name)}; use one of: {Allowed} (any letter case).");

    private static string NameOf(TEnum value) =>
        Declared.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{typeof(TEnum).Name} {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a declared value and cannot be written; use one of: {Allowed}.");

    private static Dictionary<string, TEnum> Names()
    {
        var names = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Fields().Concat(Aliases()))
        {
            names[name.Key] = name.Value;
        }

        return names;
    }

    // Declaration order, so the allowed values read as the enum is documented.
    private static IEnumerable<KeyValuePair<string, TEnum>> Fields() =>
        typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => new KeyValuePair<string, TEnum>(f.Name, (TEnum)f.GetValue(null)!));

    // The programme's own abbreviations, as the docs and the business use them.
    private static IEnumerable<KeyValuePair<string, TEnum>> Aliases() =>
        typeof(TEnum) == typeof(OpportunityOrigin)
            ? new[]
            {
                new KeyValuePair<string, TEnum>("PO", (TEnum)(object)OpportunityOrigin.PartnerOriginated),
                new KeyValuePair<string, TEnum>("HO", (TEnum)(object)OpportunityOrigin.HuaweiOriginated),
            }
            : Enumerable.Empty<KeyValuePair<string, TEnum>>();
}
