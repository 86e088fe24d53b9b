using System;
using System.Linq;
using System.Text.Json;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

/// <summary>The document validator and the schedule reader at their less common problems, word for word.</summary>
public sealed class PolicyDocumentEdgeTests
{
    private static readonly JsonSerializerOptions Options = PartnerRulesJson.CreateOptions();

    private static string[] Problems(string json) => PolicyDocuments.Validate(json).Select(p => p.ToString()).ToArray();

    [Fact]
    public void Repeated_and_misshapen_schedule_parts_are_each_named()
    {
        Assert.Equal(
            [
                "$.versions: \"versions\" appears twice in the policy schedule: give each property once.",
                "$.versions[0]: A scheduled version must be a JSON object { \"effectiveFrom\", \"policy\" }, not Number.",
                "$.versions[1].effectiveFrom: \"effectiveFrom\" appears twice in the scheduled version: give each property once.",
                "$.versions[2].policy: \"policy\" appears twice in the scheduled version: give each property once.",
                "$.versions[3]: A scheduled version needs \"effectiveFrom\" (a date such as \"2027-01-01\") and \"policy\".",
                "$.versions[4].effectiveFrom: \"effectiveFrom\" must be an ISO date such as \"2027-01-01\" (was 20270101).",
            ],
            Problems("""
                {
                  "versions": [
                    7,
                    { "effectiveFrom": "2026-01-01", "effectiveFrom": "2026-02-01", "policy": { "version": "a" } },
                    { "effectiveFrom": "2027-01-01", "policy": { "version": "b" }, "policy": { } },
                    { },
                    { "effectiveFrom": 20270101, "policy": { "version": "c" } }
                  ],
                  "versions": []
                }
                """).Take(6).ToArray());
    }

    [Fact]
    public void A_property_name_that_is_not_a_plain_word_is_quoted_in_its_path()
    {
        Assert.Equal(
            ["$['two words']", "$['it\\'s']", "$['']", "$.snake_case_1", "$['a-b']"],
            PolicyDocuments.Validate("""{ "two words": 1, "it's": 2, "": 3, "snake_case_1": 4, "a-b": 5 }""").Select(p => p.Path).ToArray());
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_byte_counting_from_one()
    {
        var problem = Assert.Single(PolicyDocuments.Validate("{\n  \"version\": 2027 x\n}"));

        Assert.StartsWith("The document is not valid JSON (line 2, byte 19): ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => PolicyDocuments.Validate(null!)).ParamName);
    }

    [Theory]
    [InlineData("""{ "versions": null }""", "\"versions\" of a policy schedule must not be null.")]
    [InlineData("""{ }""", "A policy schedule needs \"versions\".")]
    [InlineData("""[]""", "A policy schedule must be a JSON object, not StartArray.")]
    [InlineData("""{ "versions": [], "versions": [] }""", "\"versions\" appears twice in the policy schedule: give each property once.")]
    [InlineData("""{ "versions": [ 3 ] }""", "A scheduled version must be a JSON object, not Number.")]
    public void The_schedule_reader_names_the_first_problem(string json, string message)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<PolicySchedule>(json, Options));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_of_the_first_version_points_at_it_and_a_named_calendar_is_written_by_name()
    {
        Assert.Equal(["$.versions[0]: version [0] is null"], Problems("""{ "versions": [ null ] }"""));

        var json = JsonSerializer.Serialize(ProgramPolicy.Default with { Calendar = BusinessCalendar.WeekdaysOnly }, Options);

        Assert.Contains("\"calendar\":\"WeekdaysOnly\"", json, StringComparison.Ordinal);
        Assert.Same(BusinessCalendar.WeekdaysOnly, JsonSerializer.Deserialize<ProgramPolicy>(json, Options)!.Calendar);
        Assert.Equal(4, JsonSerializer.Deserialize<ProgramPolicy>("""{ "REQUIREDDELIVEREDPOS": 4 }""", Options)!.RequiredDeliveredPos);
    }

    [Theory]
    [InlineData("requiredDelivered", true)] // 3 edits from requiredDeliveredPos, within a quarter of its length
    [InlineData("requiredDeliver", true)] // 5 edits: exactly a quarter
    [InlineData("requiredDelive", false)] // 6 edits: the known names are listed instead
    [InlineData("currenc", true)] // 1 edit from a short name
    [InlineData("curr", false)] // 4 edits from "currency": more than 2
    public void A_misspelt_member_is_pointed_at_only_when_it_is_close(string name, bool hinted)
    {
        var problem = Assert.Single(PolicyDocuments.Validate($$"""{ "{{name}}": 1 }""")).Message;

        var expected = hinted
            ? $"The programme policy has no property \"{name}\" (did you mean \"{(name.StartsWith("cur", StringComparison.Ordinal) ? "currency" : "requiredDeliveredPos")}\"?)."
            : $"The programme policy has no property \"{name}\"; its properties are \"version\", \"timeZone\", ";
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }
}
