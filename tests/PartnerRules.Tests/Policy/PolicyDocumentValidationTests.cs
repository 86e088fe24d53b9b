using System;
using System.Linq;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class PolicyDocumentValidationTests
{
    private static string[] Problems(string json) => PolicyDocuments.Validate(json).Select(p => p.ToString()).ToArray();

    [Fact]
    public void A_valid_policy_or_schedule_has_no_problem()
    {
        Assert.Empty(PolicyDocuments.Validate("""{ "version": "2027", "requiredDeliveredPos": 4 }"""));
        Assert.Empty(PolicyDocuments.Validate("""{ "versions": [ { "effectiveFrom": "2026-01-01", "policy": { "version": "2026" } } ] }"""));
        Assert.Throws<ArgumentNullException>(() => PolicyDocuments.Validate(null!));
    }

    [Fact]
    public void Every_problem_of_a_policy_document_is_listed_with_its_path()
    {
        Assert.Equal(
            [
                "$.requiredDeliveredPo: The programme policy has no property \"requiredDeliveredPo\" (did you mean \"requiredDeliveredPos\"?).",
                "$.deliveredPoWindow: \"deliveredPoWindow\" must be an ISO 8601 period such as \"P12M\", \"P90D\" or \"P1Y\" (years, months, weeks or days) (was \"12 months\")",
                "$.staffLinkPartnerLimit: \"staffLinkPartnerLimit\" is null: leave the property out to keep the default, or give a whole number.",
                "$.paperReturnFromBusinessDays: \"paperReturnFromBusinessDays\" appears twice in the programme policy: give each property once.",
                "$.version: Version must be 1–40 ASCII letters, digits, '.', '-' or '_' (was '2027 draft')",
                "$.incentivePaymentDays: IncentivePaymentDays must be at least 0 (was -1)",
                "$: PaperReturnDueBusinessDays must be at least PaperReturnFromBusinessDays (5) (was 3)",
            ],
            Problems("""
                {
                  "version": "2027 draft",
                  "requiredDeliveredPo": 4,
                  "deliveredPoWindow": "12 months",
                  "staffLinkPartnerLimit": null,
                  "incentivePaymentDays": -1,
                  "paperReturnFromBusinessDays": 5,
                  "paperReturnFromBusinessDays": 6
                }
                """));
    }

    [Fact]
    public void A_problem_caused_by_a_value_left_at_its_default_points_at_the_policy()
    {
        Assert.Equal(
            [
                "$: FirstProjectNewCustomerCap must be in the programme currency USD (was 300000.00 CNY)",
                "$: FirstProjectExistingCustomerAmount must be in the programme currency USD (was 50000.00 CNY)",
                "$: AccelerationNewCustomerCap must be in the programme currency USD (was 150000.00 CNY)",
                "$: AccelerationExistingCustomerCap must be in the programme currency USD (was 20000.00 CNY)",
                "$: NewCustomerPriorCashLimit must be in the programme currency USD (was 1000.00 CNY)",
            ],
            Problems("""{ "currency": "USD" }"""));
    }

    [Fact]
    public void Every_problem_of_a_schedule_document_is_listed_with_its_path()
    {
        Assert.Equal(
            [
                "$.comment: The policy schedule has no property \"comment\"; its properties are \"versions\".",
                "$.versions[0].policy.requiredDeliveredPos: \"requiredDeliveredPos\" must be a whole number (was \"three\")",
                "$.versions[1].policy.staffLinkPartnerLimit: StaffLinkPartnerLimit must be at least 1 (was 0)",
                "$.versions[2].effectiveFrom: \"effectiveFrom\" must be an ISO date such as \"2027-01-01\" (was \"1 Jan 2028\").",
                "$.versions[3]: A scheduled version needs \"policy\".",
                "$.versions[4].policy: A programme policy must be a JSON object, not Array.",
                "$.versions[6].efectiveFrom: The scheduled version has no property \"efectiveFrom\" (did you mean \"effectiveFrom\"?).",
                "$.versions[6]: A scheduled version needs \"effectiveFrom\" (a date such as \"2027-01-01\").",
                "$.versions[1].effectiveFrom: version '2027' takes effect on 2025-06-01, not after version '2026' (2026-01-01): effective dates must strictly increase, in the order given",
                "$.versions[1].policy.timeZone: version '2027' uses the time zone Europe/London, but version '2026' uses Asia/Shanghai: every version shares the programme's time zone",
                "$.versions[5]: version [5] is null",
                "$.versions[7].policy.version: the version name '2027' is used twice (versions [1] and [7])",
                "$.versions[9].policy: the version name 'default' is used twice (versions [8] and [9])",
            ],
            Problems("""
                {
                  "comment": "two years",
                  "versions": [
                    { "effectiveFrom": "2026-01-01", "policy": { "version": "2026", "requiredDeliveredPos": "three" } },
                    { "effectiveFrom": "2025-06-01", "policy": { "version": "2027", "timeZone": "Europe/London", "staffLinkPartnerLimit": 0 } },
                    { "effectiveFrom": "1 Jan 2028", "policy": { "version": "2028" } },
                    { "effectiveFrom": "2029-01-01" },
                    { "effectiveFrom": "2030-01-01", "policy": [] },
                    null,
                    { "efectiveFrom": "2031-01-01", "policy": {} },
                    { "effectiveFrom": "2032-01-01", "policy": { "version": "2027" } },
                    { "effectiveFrom": "2033-01-01", "policy": { } },
                    { "effectiveFrom": "2034-01-01", "policy": { } }
                  ]
                }
                """));
    }

    [Theory]
    [InlineData("""{ "versions": [] }""", "$.versions: no version is given: a schedule needs at least one")]
    [InlineData("""{ "versions": {} }""", "$.versions: \"versions\" must be a list of versions, not Object.")]
    [InlineData("""[]""", "$: A programme policy must be a JSON object, not Array.")]
    public void A_document_of_the_wrong_shape_is_one_problem(string json, string problem) =>
        Assert.Equal([problem], Problems(json));

    [Fact]
    public void A_syntax_error_is_reported_with_its_line()
    {
        var problem = Assert.Single(PolicyDocuments.Validate("{\n  \"version\": \"2027\",\n  \"requiredDeliveredPos\": 4,,\n}"));

        Assert.Equal("$", problem.Path);
        Assert.StartsWith("The document is not valid JSON (line 3, ", problem.Message, StringComparison.Ordinal);
    }
}
