using PartnerRules;

namespace PartnerRules.Tests.Json;

/// <summary>What each policy member says when a document gives it the wrong kind of value, word for word.</summary>
public sealed class PolicyMemberTextTests
{
    [Theory]
    [InlineData("version", "5", "\"version\" must be a version name such as \"2027\" (was 5)")]
    [InlineData("timeZone", "\"Mars/Base\"", "\"timeZone\" must be a TZDB time zone id such as \"Asia/Shanghai\" (was \"Mars/Base\")")]
    [InlineData("calendar", "\"Moon\"", "\"calendar\" must be \"China\", \"WeekdaysOnly\" or a calendar's data { \"start\", \"end\", \"holidays\", \"workingWeekendDays\" } (was \"Moon\")")]
    [InlineData("calendar", "[]", "\"calendar\" must be \"China\", \"WeekdaysOnly\" or a calendar's data { \"start\", \"end\", \"holidays\", \"workingWeekendDays\" } (was an array): The JSON value could not be converted to PartnerRules.BusinessCalendarJsonConverter+CalendarData.")]
    [InlineData("currency", "1", "\"currency\" must be an ISO 4217 currency code such as \"CNY\" (was 1)")]
    [InlineData("requiredDeliveredPos", "\"three\"", "\"requiredDeliveredPos\" must be a whole number (was \"three\")")]
    [InlineData("requiredDeliveredPos", "true", "\"requiredDeliveredPos\" must be a whole number (was true)")]
    [InlineData("deliveredPoWindow", "\"12 months\"", "\"deliveredPoWindow\" must be an ISO 8601 period such as \"P12M\", \"P90D\" or \"P1Y\" (years, months, weeks or days) (was \"12 months\")")]
    [InlineData("firstProjectNewCustomerCap", "300000", "\"firstProjectNewCustomerCap\" must be money as { \"amount\": 300000, \"currency\": \"CNY\" } (was 300000)")]
    [InlineData("firstProjectNewCustomerCap", "{\"amount\":\"x\",\"currency\":\"CNY\"}", "\"firstProjectNewCustomerCap\" must be money as { \"amount\": 300000, \"currency\": \"CNY\" } (was an object): The JSON value could not be converted to PartnerRules.Money.")]
    [InlineData("redLetterConfirmationValidity", "\"72 hours\"", "\"redLetterConfirmationValidity\" must be a duration in hours as \"H:mm:ss\", such as \"72:00:00\" (was \"72 hours\")")]
    [InlineData("hoOfferResponseTime", "null", "\"hoOfferResponseTime\" is null: leave the property out to keep the default, or give an ISO 8601 period such as \"P12M\", \"P90D\" or \"P1Y\" (years, months, weeks or days).")]
    [InlineData("staffLinkWindow", "null", "\"staffLinkWindow\" is null: leave the property out to keep the default, or give an ISO 8601 period such as \"P12M\", \"P90D\" or \"P1Y\" (years, months, weeks or days).")]
    public void A_wrong_value_is_named_with_what_the_member_holds(string member, string value, string expected)
    {
        var problems = PolicyDocuments.Validate($$"""{ "{{member}}": {{value}} }""");

        var problem = Assert.Single(problems);
        Assert.Equal("$." + member, problem.Path);
        Assert.Equal(expected, problem.Message);
    }
}
