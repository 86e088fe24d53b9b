using System;
using System.Text.Json;
using CsCheck;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Utility;
using PartnerRules;

namespace PartnerRules.Tests.Json;

/// <summary>
/// The reading fast paths (instants read from their bytes, enum names matched without a string) accept and
/// refuse exactly what the slow paths do: NodaTime's own converter and the enum names in any case.
/// </summary>
public sealed class JsonFastPathTests
{
    private static readonly JsonSerializerOptions Strict = PartnerRulesJson.CreateOptions();
    private static readonly JsonSerializerOptions NodaOnly = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    [Theory]
    [InlineData("\"2026-11-29T08:00:00Z\"")]
    [InlineData("\"2024-02-29T23:59:59Z\"")]
    [InlineData("\"0001-01-01T00:00:00Z\"")]
    [InlineData("\"9999-12-31T23:59:59Z\"")]
    [InlineData("\"2026-02-29T00:00:00Z\"")]
    [InlineData("\"2026-13-01T00:00:00Z\"")]
    [InlineData("\"2026-04-31T00:00:00Z\"")]
    [InlineData("\"2026-11-29T24:00:00Z\"")]
    [InlineData("\"2026-11-29T08:60:00Z\"")]
    [InlineData("\"2026-11-29T08:00:60Z\"")]
    [InlineData("\"0000-01-01T00:00:00Z\"")]
    [InlineData("\"2026-11-29t08:00:00z\"")]
    [InlineData("\"2026-11-29T08:00:00.5Z\"")]
    [InlineData("\"2026-11-29T08:00:00+08\"")]
    [InlineData("\"2026-11-29 08:00:00Z\"")]
    [InlineData("\"2026-1a-29T08:00:00Z\"")]
    [InlineData("\"\\u0032026-11-29T08:00:00Z\"")]
    [InlineData("\"\"")]
    [InlineData("20261129")]
    public void An_instant_reads_as_NodaTime_reads_it_or_fails_with_the_same_message(string json)
    {
        Assert.Equal(Outcome(json, NodaOnly), Outcome(json, Strict));
    }

    [Fact]
    public void Every_whole_second_instant_from_year_1_to_9999_round_trips_and_reads_as_NodaTime_reads_it()
    {
        var first = Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeSeconds();
        var last = Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeSeconds();
        Gen.Long[first, last].Sample(seconds =>
        {
            var instant = Instant.FromUnixTimeSeconds(seconds);
            var json = JsonSerializer.Serialize(instant, Strict);
            return JsonSerializer.Deserialize<Instant>(json, Strict) == instant
                && JsonSerializer.Deserialize<Instant>(json, NodaOnly) == instant;
        });
    }

    [Fact]
    public void A_missing_instant_is_null_and_a_present_one_is_read()
    {
        var record = JsonSerializer.Deserialize<OpportunityRecord>(
            """{"id":"O-1","origin":"PO","lastUpdatedAt":"2026-03-01T08:00:00Z","signedAt":null,"deliveredAt":"2026-02-01T00:00:00Z"}""", Strict)!;

        Assert.Null(record.SignedAt);
        Assert.Equal(Instant.FromUtc(2026, 2, 1, 0, 0), record.DeliveredAt);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 8, 0), record.LastUpdatedAt);
    }

    [Theory]
    [InlineData("\"HuaweiOriginated\"", OpportunityOrigin.HuaweiOriginated)]
    [InlineData("\"huaweioriginated\"", OpportunityOrigin.HuaweiOriginated)]
    [InlineData("\"HO\"", OpportunityOrigin.HuaweiOriginated)]
    [InlineData("\"ho\"", OpportunityOrigin.HuaweiOriginated)]
    [InlineData("\"\\u0048O\"", OpportunityOrigin.HuaweiOriginated)]
    [InlineData("\"\\u0050artnerOriginated\"", OpportunityOrigin.PartnerOriginated)]
    public void An_enum_name_is_read_however_it_is_spelt_or_escaped(string json, OpportunityOrigin expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<OpportunityOrigin>(json, Strict));
    }

    private static string Outcome(string json, JsonSerializerOptions options)
    {
        try
        {
            return "read " + JsonSerializer.Deserialize<Instant>(json, options).ToString();
        }
        catch (Exception ex) when (ex is JsonException or InvalidNodaDataException or FormatException)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }
}
