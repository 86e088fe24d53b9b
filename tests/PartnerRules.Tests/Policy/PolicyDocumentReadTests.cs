using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class PolicyDocumentReadTests
{
    private static readonly JsonSerializerOptions Options = PartnerRulesJson.CreateOptions();

    private static ProgramPolicy Read(string json) => JsonSerializer.Deserialize<ProgramPolicy>(json, Options)!;

    private static string Refused(string json) => Assert.Throws<JsonException>(() => Read(json)).Message;

    [Fact]
    public void A_partial_policy_takes_every_other_value_from_the_default()
    {
        var policy = Read("""{ "version": "2027", "requiredDeliveredPos": 4, "deliveredPoWindow": "P18M" }""");

        Assert.Equal(ProgramPolicy.Default with { Version = "2027", RequiredDeliveredPos = 4, DeliveredPoWindow = Period.FromMonths(18) }, policy);
        Assert.Same(BusinessCalendar.China, policy.Calendar);
    }

    [Fact]
    public void An_empty_document_is_the_default_policy() => Assert.Equal(ProgramPolicy.Default, Read("{}"));

    [Fact]
    public void Every_kind_of_value_reads_in_its_documented_format()
    {
        var policy = Read("""
            {
              "timeZone": "Europe/London", "calendar": "WeekdaysOnly", "currency": "USD",
              "firstProjectNewCustomerCap": { "amount": 40000, "currency": "USD" },
              "redLetterConfirmationValidity": "60:00:00", "newAccountWindow": "P1W"
            }
            """);

        Assert.Equal("Europe/London", policy.TimeZone.Id);
        Assert.Same(BusinessCalendar.WeekdaysOnly, policy.Calendar);
        Assert.Equal(new Money(40_000m, "USD"), policy.FirstProjectNewCustomerCap);
        Assert.Equal(Duration.FromHours(60), policy.RedLetterConfirmationValidity);
        Assert.Equal(Period.FromWeeks(1), policy.NewAccountWindow);
    }

    [Fact]
    public void A_calendar_can_be_given_by_its_data()
    {
        var policy = Read("""{ "calendar": { "start": "2027-01-01", "end": "2027-12-31", "holidays": ["2027-01-01"], "workingWeekendDays": [] } }""");

        Assert.False(policy.Calendar.IsBusinessDay(new LocalDate(2027, 1, 1)));
        Assert.True(policy.Calendar.IsBusinessDay(new LocalDate(2027, 1, 4)));
    }

    [Fact]
    public void A_misspelt_property_is_refused_naming_it_and_the_property_it_probably_meant() =>
        Assert.Equal(
            "The programme policy has no property \"requiredDeliveredPo\" (did you mean \"requiredDeliveredPos\"?).",
            Refused("""{ "version": "2027", "requiredDeliveredPo": 4 }"""));

    [Fact]
    public void A_property_far_from_every_name_is_refused_listing_the_names()
    {
        var message = Refused("""{ "bonus": 4 }""");

        Assert.StartsWith("The programme policy has no property \"bonus\"; its properties are \"version\", \"timeZone\", \"calendar\",", message, StringComparison.Ordinal);
        Assert.EndsWith("\"customerRegistrationReservation\", \"hoOfferResponseTime\".", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "requiredDeliveredPos": "4" }""", "\"requiredDeliveredPos\" must be a whole number (was \"4\")")]
    [InlineData("""{ "requiredDeliveredPos": 4.5 }""", "\"requiredDeliveredPos\" must be a whole number (was 4.5)")]
    [InlineData("""{ "deliveredPoWindow": "12 months" }""", "\"deliveredPoWindow\" must be an ISO 8601 period such as \"P12M\", \"P90D\" or \"P1Y\" (years, months, weeks or days) (was \"12 months\")")]
    [InlineData("""{ "timeZone": "Mars/Olympus" }""", "\"timeZone\" must be a TZDB time zone id such as \"Asia/Shanghai\" (was \"Mars/Olympus\")")]
    [InlineData("""{ "calendar": "Japan" }""", "\"calendar\" must be \"China\", \"WeekdaysOnly\" or a calendar's data { \"start\", \"end\", \"holidays\", \"workingWeekendDays\" } (was \"Japan\")")]
    [InlineData("""{ "redLetterConfirmationValidity": "PT72H" }""", "\"redLetterConfirmationValidity\" must be a duration in hours as \"H:mm:ss\", such as \"72:00:00\" (was \"PT72H\")")]
    [InlineData("""{ "version": 2027 }""", "\"version\" must be a version name such as \"2027\" (was 2027)")]
    [InlineData("""{ "version": "2027", "version": "2028" }""", "\"version\" appears twice in the programme policy: give each property once.")]
    [InlineData("""{ "requiredDeliveredPos": null }""", "\"requiredDeliveredPos\" is null: leave the property out to keep the default, or give a whole number.")]
    [InlineData("""[1]""", "A programme policy must be a JSON object, not StartArray.")]
    public void A_value_of_the_wrong_type_or_format_is_refused_naming_the_property(string json, string message) =>
        Assert.Equal(message, Refused(json));

    [Fact]
    public void Money_in_a_policy_explains_its_format_and_the_inner_problem() =>
        Assert.Equal(
            "\"firstProjectNewCustomerCap\" must be money as { \"amount\": 300000, \"currency\": \"CNY\" } (was an object): Money needs both \"amount\" and \"currency\".",
            Refused("""{ "firstProjectNewCustomerCap": { "amount": 250000 } }"""));

    [Fact]
    public void Reading_does_not_validate_values_which_are_checked_where_the_policy_is_used()
    {
        var policy = Read("""{ "requiredDeliveredPos": 0 }""");

        Assert.Equal(["RequiredDeliveredPos must be at least 1 (was 0)"], policy.GetProblems());
    }

    [Fact]
    public void A_policy_is_written_completely_and_reads_back_equal()
    {
        var policy = ProgramPolicy.Default with
        {
            Version = "2027",
            RequiredDeliveredPos = 4,
            TimeZone = DateTimeZoneProviders.Tzdb["Asia/Urumqi"],
            RedLetterConfirmationValidity = Duration.FromHours(48),
            AccelerationExistingCustomerCap = Money.Cny(25_000.50m),
        };

        var json = JsonSerializer.Serialize(policy, Options);

        Assert.StartsWith("""{"version":"2027","timeZone":"Asia/Urumqi","calendar":"China","currency":"CNY","requiredDeliveredPos":4,"deliveredPoWindow":"P12M",""", json, StringComparison.Ordinal);
        Assert.Contains("\"redLetterConfirmationValidity\":\"48:00:00\"", json, StringComparison.Ordinal);
        Assert.Equal(policy, Read(json));
        Assert.Equal(ProgramPolicy.Default, Read(JsonSerializer.Serialize(ProgramPolicy.Default, Options)));
    }

    [Fact]
    public void A_calendar_without_a_name_is_written_as_its_data()
    {
        var calendar = new BusinessCalendar(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31)), [new LocalDate(2027, 1, 1)], []);
        var policy = ProgramPolicy.Default with { Calendar = calendar };

        var json = JsonSerializer.Serialize(policy, Options);

        Assert.Contains("\"calendar\":{\"start\":\"2027-01-01\"", json, StringComparison.Ordinal);
        Assert.Equal(policy, Read(json));
    }

    [Fact]
    public void An_unset_offer_response_time_is_left_out_and_reads_back_unset()
    {
        var json = JsonSerializer.Serialize(ProgramPolicy.Default, Options);
        var set = ProgramPolicy.Default with { HoOfferResponseTime = Period.FromDays(5) };
        var setJson = JsonSerializer.Serialize(set, Options);

        Assert.DoesNotContain("hoOfferResponseTime", json, StringComparison.Ordinal);
        Assert.Null(Read(json).HoOfferResponseTime);
        Assert.Contains("\"hoOfferResponseTime\":\"P5D\"", setJson, StringComparison.Ordinal);
        Assert.Equal(set, Read(setJson));
        Assert.Equal(
            "\"hoOfferResponseTime\" is null: leave the property out to keep the default, or give an ISO 8601 period such as \"P12M\", \"P90D\" or \"P1Y\" (years, months, weeks or days).",
            Refused("""{ "hoOfferResponseTime": null }"""));
    }

    [Fact]
    public void Every_public_property_of_the_policy_is_read_and_written()
    {
        var properties = typeof(ProgramPolicy).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(ProgramPolicy.Default with { HoOfferResponseTime = Period.FromDays(5) }, Options));

        Assert.Equal(properties, written.RootElement.EnumerateObject().Select(p => char.ToUpperInvariant(p.Name[0]) + p.Name[1..]).OrderBy(n => n, StringComparer.Ordinal));
    }
}
