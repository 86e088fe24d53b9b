using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerRules;

/// <summary>Money as <c>{ "amount": 12.50, "currency": "CNY" }</c>; both members required.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Money must be a JSON object {{ \"amount\", \"currency\" }}, not {reader.TokenType}.");
        }

        decimal? amount = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "amount", StringComparison.OrdinalIgnoreCase))
            {
                amount = reader.GetDecimal();
            }
            else if (string.Equals(name, "currency", StringComparison.OrdinalIgnoreCase))
            {
                currency = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException("Money needs both \"amount\" and \"currency\".");
        }

        try
        {
            return new Money(amount.Value, currency);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid money: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("default(Money) has no currency and cannot be written.");
        }

        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency);
        writer.WriteEndObject();
    }
}
