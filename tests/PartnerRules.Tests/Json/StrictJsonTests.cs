using System;
using System.Text.Json;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Json;

/// <summary>Strict reading as API.md "Embedding in a service" defines it, with the examples of issue 14.</summary>
public sealed class StrictJsonTests
{
    private static readonly JsonSerializerOptions Options = PartnerRulesJson.CreateOptions();

    private enum HostColour
    {
        Red,
        Green,
    }

    [Fact]
    public void A_profile_without_isPceMember_is_an_error_not_a_non_member()
    {
        var ex = Read<PartnerProfile>("""{"id":"P-1","stage":"Certified"}""");

        Assert.Contains("'isPceMember'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void An_opportunity_without_lastUpdatedAt_is_an_error_at_its_place_in_the_list()
    {
        var ex = Read<PartnerProfile>("""{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":[{"id":"O-1","origin":"PO"}]}""");

        Assert.Contains("'lastUpdatedAt'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.opportunities[0]", ex.Path);
    }

    [Fact]
    public void A_missing_id_is_an_error_when_read_not_later_in_the_engine()
    {
        Assert.Contains("'id'", Read<PartnerProfile>("""{"stage":"Certified","isPceMember":true}""").Message, StringComparison.Ordinal);
        Assert.Contains("'id'", Read<OpportunityRecord>("""{"origin":"HO","lastUpdatedAt":"2026-01-01T00:00:00Z"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_list_element_is_a_JsonException_naming_its_index()
    {
        var ex = Read<PartnerProfile>("""{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":[null]}""");

        Assert.Equal("A list of OpportunityRecord holds null at index 0; every element must be set (leave an absent one out).", ex.Message);
        Assert.StartsWith("$.opportunities", ex.Path, StringComparison.Ordinal);
        Assert.Contains("index 1", Read<Decision>("""{"isApproved":true,"findings":[{"code":"A","passed":true,"message":"m"},null]}""").Message, StringComparison.Ordinal);
        Assert.Contains("index 1", Read<OpportunityForm>("""{"cloudServices":["ECS",null]}""").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":null,"stage":"Certified","isPceMember":true}""", "$.id")]
    [InlineData("""{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":null}""", "$.opportunities")]
    [InlineData("""{"id":"P-1","stage":null,"isPceMember":true}""", "$.stage")]
    public void Null_for_a_member_that_cannot_be_null_is_refused_where_it_stands(string json, string path) =>
        Assert.Equal(path, Read<PartnerProfile>(json).Path);

    [Fact]
    public void Init_properties_with_a_default_stay_optional()
    {
        var account = JsonSerializer.Deserialize<PersonalAccount>("""{"id":"A-1","site":"China"}""", Options)!;

        Assert.Equal(new PersonalAccount(new AccountId("A-1"), Site.China), account);
        Assert.Empty(account.Links);
    }

    [Fact]
    public void Enum_names_are_read_in_any_case_and_written_as_declared()
    {
        var record = JsonSerializer.Deserialize<OpportunityRecord>("""{"ID":"O-1","origin":"huaweiORIGINATED","lastUpdatedAt":"2026-01-01T00:00:00Z"}""", Options)!;

        Assert.Equal(OpportunityOrigin.HuaweiOriginated, record.Origin);
        Assert.Contains("\"origin\":\"HuaweiOriginated\"", JsonSerializer.Serialize(record, Options), StringComparison.Ordinal);
        Assert.Equal(PartnerStage.Differentiated, JsonSerializer.Deserialize<PartnerStage>("\"differentiated\"", Options));
    }

    [Theory]
    [InlineData("\"PO\"", OpportunityOrigin.PartnerOriginated)]
    [InlineData("\"ho\"", OpportunityOrigin.HuaweiOriginated)]
    public void PO_and_HO_are_read_as_the_documented_aliases(string json, OpportunityOrigin expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<OpportunityOrigin>(json, Options));
        Assert.Equal($"\"{expected}\"", JsonSerializer.Serialize(expected, Options));
    }

    [Theory]
    [InlineData("\"Gold\"", "The value is not a PartnerStage; use one of: Registered, Certified, Differentiated (any letter case).")]
    [InlineData("\"1\"", "The value is not a PartnerStage; use one of: Registered, Certified, Differentiated (any letter case).")]
    [InlineData("1", "A PartnerStage must be a JSON string naming one of: Registered, Certified, Differentiated; Number is not accepted.")]
    public void Unknown_enum_names_and_numbers_are_refused_naming_the_enum_and_its_values(string json, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartnerStage>(json, Options)).Message);

    [Fact]
    public void An_unknown_origin_lists_the_aliases_too()
    {
        var ex = Read<OpportunityRecord>("""{"id":"O-1","origin":"Partner","lastUpdatedAt":"2026-01-01T00:00:00Z"}""");

        Assert.Equal("The value is not an OpportunityOrigin; use one of: PartnerOriginated (or PO), HuaweiOriginated (or HO) (any letter case).", ex.Message);
        Assert.Equal("$.origin", ex.Path);
    }

    [Fact]
    public void Type_names_that_start_with_a_vowel_take_an()
    {
        Assert.Equal("An InvoiceId must be a JSON string, not Number.", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<InvoiceId>("7", Options)).Message);
        Assert.StartsWith("An OpportunityOrigin must be a JSON string", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OpportunityOrigin>("0", Options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_enum_value_is_not_written_as_a_number() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((PartnerStage)7, Options));

    [Fact]
    public void An_identifier_that_breaks_the_format_is_a_JsonException_at_its_path()
    {
        var ex = Read<PartnerProfile>("""{"id":"P-1\t","stage":"Certified","isPceMember":true}""");

        Assert.Equal("Invalid PartnerId: A partner id cannot start or end with white space (spaces inside are allowed); trim it.", ex.Message);
        Assert.Equal("$.id", ex.Path);
    }

    [Fact]
    public void Configure_returns_the_options_it_was_given_and_a_second_call_changes_nothing()
    {
        var host = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        Assert.Same(host, PartnerRulesJson.Configure(host));
        var converters = host.Converters.Count;
        Assert.Same(host, PartnerRulesJson.Configure(host));
        Assert.Equal(converters, host.Converters.Count);
        Assert.True(host.RespectNullableAnnotations);
        Assert.True(host.RespectRequiredConstructorParameters);
        Assert.Throws<ArgumentNullException>(() => PartnerRulesJson.Configure(null!));
    }

    [Fact]
    public void Configured_host_options_write_and_read_as_CreateOptions_does()
    {
        var host = PartnerRulesJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var profile = new PartnerProfile(new PartnerId("P-1"), PartnerStage.Certified, true)
        {
            Opportunities = [new OpportunityRecord(new OpportunityId("O-1"), OpportunityOrigin.PartnerOriginated, Instant.FromUtc(2026, 1, 1, 0, 0))],
        };

        var json = JsonSerializer.Serialize(profile, Options);

        Assert.Equal(json, JsonSerializer.Serialize(profile, host));
        Assert.Equal(profile, JsonSerializer.Deserialize<PartnerProfile>(json, host));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartnerProfile>("""{"id":"P-1","stage":"Certified"}""", host));
    }

    [Fact]
    public void A_record_s_number_written_as_text_is_refused_even_where_the_host_reads_numbers_from_strings()
    {
        var host = PartnerRulesJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        const string Impact = """{"evaluated":"2","newlyApproved":0,"newlyRefused":0,"changes":[]}""";

        Assert.Equal("$.evaluated", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PolicyImpact<PartnerId>>(Impact, host)).Path);
        Assert.Equal(new HostCount(2), JsonSerializer.Deserialize<HostCount>("""{"count":"2"}""", host));
    }

    [Fact]
    public void The_host_s_own_enums_keep_the_host_s_settings() =>
        Assert.Equal("1", JsonSerializer.Serialize(HostColour.Green, PartnerRulesJson.Configure(new JsonSerializerOptions())));

    private static JsonException Read<T>(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json, Options));
}

internal sealed record HostCount(int Count);
