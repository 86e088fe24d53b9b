using System;
using System.Text.Json;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Json;

/// <summary>
/// The converters reject every wrong shape with a message that names it and skip what they do not know.
/// Each test builds its own options so that the options' construction is exercised by the test itself.
/// </summary>
public sealed class JsonConverterEdgeTests
{
    private const string CalendarJson = """{"start":"2026-01-01","end":"2026-12-31","holidays":["2026-01-01"],"workingWeekendDays":["2026-01-04"]}""";

    [Fact]
    public void The_options_write_camel_case_names_iso_instants_and_enum_names_and_read_names_in_any_case()
    {
        var options = PartnerRulesJson.CreateOptions();
        var account = new CustomerAccount(new AccountId("A-1"), Instant.FromUtc(2026, 3, 1, 8, 0));

        Assert.Equal("""{"id":"A-1","createdAt":"2026-03-01T08:00:00Z"}""", JsonSerializer.Serialize(account, options));
        Assert.Equal(account, JsonSerializer.Deserialize<CustomerAccount>("""{"ID":"A-1","CreatedAt":"2026-03-01T08:00:00Z"}""", options));
        Assert.Equal("\"International\"", JsonSerializer.Serialize(Site.International, options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Site>("1", options));
    }

    [Fact]
    public void Every_identifier_is_a_json_string()
    {
        var options = PartnerRulesJson.CreateOptions();

        Assert.Equal("\"P\"", JsonSerializer.Serialize(new PartnerId("P"), options));
        Assert.Equal("\"A\"", JsonSerializer.Serialize(new AccountId("A"), options));
        Assert.Equal("\"O\"", JsonSerializer.Serialize(new OpportunityId("O"), options));
        Assert.Equal("\"I\"", JsonSerializer.Serialize(new InvoiceId("I"), options));
        Assert.Equal(new InvoiceId("I"), JsonSerializer.Deserialize<InvoiceId>("\"I\"", options));
        Assert.Equal(new AccountId("A"), JsonSerializer.Deserialize<AccountId>("\"A\"", options));
    }

    [Fact]
    public void Identifier_errors_name_the_type_and_the_problem()
    {
        var options = PartnerRulesJson.CreateOptions();

        Assert.Equal("A PartnerId must be a JSON string, not Number.", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartnerId>("7", options)).Message);
        Assert.Equal(
            "Invalid PartnerId: A partner id needs a non-blank value; an empty or whitespace-only string was given.",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartnerId>("\" \"", options)).Message);
        Assert.Equal("default(PartnerId) holds no value and cannot be written.", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartnerId), options)).Message);
    }

    [Fact]
    public void Money_skips_unknown_members()
    {
        var options = PartnerRulesJson.CreateOptions();

        Assert.Equal(Money.Cny(1.5m), JsonSerializer.Deserialize<Money>("""{"note":{"a":[1,{"b":2}]},"AMOUNT":1.5,"extra":"x","currency":"CNY"}""", options));
    }

    [Theory]
    [InlineData("1.5", "Money must be a JSON object { \"amount\", \"currency\" }, not Number.")]
    [InlineData("""{"currency":"CNY"}""", "Money needs both \"amount\" and \"currency\".")]
    [InlineData("""{"amount":1}""", "Money needs both \"amount\" and \"currency\".")]
    [InlineData("""{"amount":1,"currency":"cny"}""", "Invalid money: 'cny' is not an ISO 4217 currency code: use three upper-case letters A-Z, such as \"CNY\". (Parameter 'currency')")]
    public void Money_errors_say_what_is_wrong(string json, string message)
    {
        var options = PartnerRulesJson.CreateOptions();

        Assert.Equal(message, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json, options)).Message);
    }

    [Fact]
    public void Default_money_cannot_be_written() =>
        Assert.Equal(
            "default(Money) has no currency and cannot be written.",
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Money), PartnerRulesJson.CreateOptions())).Message);

    [Fact]
    public void A_business_calendar_reads_and_writes_as_the_class_and_as_the_interface()
    {
        var options = PartnerRulesJson.CreateOptions();

        var asClass = JsonSerializer.Deserialize<BusinessCalendar>(CalendarJson, options)!;
        var asInterface = JsonSerializer.Deserialize<IBusinessCalendar>(CalendarJson, options)!;

        Assert.Equal(asClass, asInterface);
        Assert.False(asClass.IsBusinessDay(new LocalDate(2026, 1, 1)));
        Assert.True(asClass.IsBusinessDay(new LocalDate(2026, 1, 4)));
        Assert.Equal(CalendarJson, JsonSerializer.Serialize(asClass, options));
        Assert.Equal(CalendarJson, JsonSerializer.Serialize<IBusinessCalendar>(asClass, options));
    }

    [Theory]
    [InlineData("start")]
    [InlineData("end")]
    [InlineData("holidays")]
    [InlineData("workingWeekendDays")]
    public void A_business_calendar_without_a_member_is_refused(string member)
    {
        var options = PartnerRulesJson.CreateOptions();
        using var document = JsonDocument.Parse(CalendarJson);
        var parts = new System.Collections.Generic.List<string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name != member)
            {
                parts.Add($"\"{property.Name}\":{property.Value.GetRawText()}");
            }
        }

        var json = "{" + string.Join(",", parts) + "}";

        Assert.Equal(
            "A business calendar needs \"start\", \"end\", \"holidays\" and \"workingWeekendDays\".",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IBusinessCalendar>(json, options)).Message);
    }

    [Fact]
    public void A_null_business_calendar_reads_as_null_but_a_policy_document_refuses_it_by_name()
    {
        var options = PartnerRulesJson.CreateOptions();

        Assert.Null(JsonSerializer.Deserialize<IBusinessCalendar>("null", options));
        Assert.Equal(
            "\"calendar\" is null: leave the property out to keep the default, or give \"China\", \"WeekdaysOnly\" or a calendar's data { \"start\", \"end\", \"holidays\", \"workingWeekendDays\" }.",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgramPolicy>("{\"calendar\":null}", options)).Message);
    }

    [Fact]
    public void An_inconsistent_business_calendar_is_a_JsonException_that_says_why()
    {
        var json = CalendarJson.Replace("\"2026-01-01\"]", "\"2026-01-04\"]", StringComparison.Ordinal);

        Assert.Equal(
            "Invalid business calendar: 2026-01-04 is listed both as a holiday and as a working day. (Parameter 'workingWeekendDays')",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IBusinessCalendar>(json, PartnerRulesJson.CreateOptions())).Message);
    }

    [Fact]
    public void Only_a_BusinessCalendar_can_be_written() =>
        Assert.Equal(
            "Only BusinessCalendar can be written as JSON, not WeekdayCalendar.",
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(BusinessCalendar.WeekdaysOnly, PartnerRulesJson.CreateOptions())).Message);
}
