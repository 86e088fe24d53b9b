using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerRules;

/// <summary>Writes an identifier as its plain string and reads it back through its Parse, so JSON follows the identifiers' one format rule.</summary>
internal sealed class IdentifierJsonConverter<T>(Func<string, T> parse, Func<T, string> valueOf) : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{JsonText.WithArticle(typeof(T).Name, capital: true)} must be a JSON string, not {reader.TokenType}.");
        }

        try
        {
            return parse(reader.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(valueOf(value));
}

/// <summary>The converters for the identifier types.</summary>
internal static class IdentifierJsonConverter
{
    public static readonly JsonConverter Partner = new IdentifierJsonConverter<PartnerId>(v => PartnerId.Parse(v, null), id => Require(id.IsDefault, id.Value, nameof(PartnerId)));
    public static readonly JsonConverter Account = new IdentifierJsonConverter<AccountId>(v => AccountId.Parse(v, null), id => Require(id.IsDefault, id.Value, nameof(AccountId)));
    public static readonly JsonConverter Opportunity = new IdentifierJsonConverter<OpportunityId>(v => OpportunityId.Parse(v, null), id => Require(id.IsDefault, id.Value, nameof(OpportunityId)));
    public static readonly JsonConverter Lifecycle = new IdentifierJsonConverter<LifecycleKey>(v => LifecycleKey.Parse(v, null), id => Require(id.IsDefault, id.Value, nameof(LifecycleKey)));
    public static readonly JsonConverter Invoice = new IdentifierJsonConverter<InvoiceId>(v => InvoiceId.Parse(v, null), id => Require(id.IsDefault, id.Value, nameof(InvoiceId)));

    private static string Require(bool isDefault, string value, string type) =>
        isDefault ? throw new JsonException($"default({type}) holds no value and cannot be written.") : value;
}
