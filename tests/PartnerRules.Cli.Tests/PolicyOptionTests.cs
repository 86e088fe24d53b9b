using System;
using System.Linq;
using System.Text.Json;

namespace PartnerRules.Cli.Tests;

public sealed class PolicyOptionTests
{
    private static JsonElement Decision(CliResult result) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("decisions")[0].GetProperty("decision");

    [Fact]
    public void A_policy_requiring_four_deliveries_refuses_a_partner_with_three()
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.json", TestPartners.ThreeDeliveries);
        var policy = temp.File("policy.json", """{ "version": "2027", "requiredDeliveredPos": 4 }""");

        var byDefault = Cli.Run("ho", "--partners", partners, "--as-of", "2026-11-29", "--format", "json");
        var underPolicy = Cli.Run("ho", "--partners", partners, "--as-of", "2026-11-29", "--format", "json", "--policy", policy);

        Assert.Equal(0, byDefault.ExitCode);
        Assert.True(Decision(byDefault).GetProperty("isApproved").GetBoolean());
        Assert.Equal(0, underPolicy.ExitCode);
        var refused = Decision(underPolicy);
        Assert.False(refused.GetProperty("isApproved").GetBoolean());
        var failing = refused.GetProperty("findings").EnumerateArray().Where(f => !f.GetProperty("passed").GetBoolean()).Select(f => f.GetProperty("code").GetString());
        Assert.Equal(["HO.DEVELOPMENT_PATH"], failing);
    }

    [Fact]
    public void A_policy_with_a_lower_cap_lowers_what_a_capped_claim_pays()
    {
        using var temp = new TempFolder();
        var policy = temp.File("policy.json", """{ "version": "2027", "accelerationNewCustomerCap": { "amount": 100000, "currency": "CNY" } }""");

        var result = Cli.Run("incentives", "--claims", Cli.Sample("claims.json"), "--format", "json", "--policy", policy);

        Assert.Equal(0, result.ExitCode);
        var capped = JsonDocument.Parse(result.Out).RootElement.GetProperty("claims")[2].GetProperty("decision");
        Assert.True(capped.GetProperty("isCapped").GetBoolean());
        Assert.Equal(100000m, capped.GetProperty("payable").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void An_invalid_policy_file_is_a_usage_error_listing_every_problem_with_its_path()
    {
        using var temp = new TempFolder();
        var policy = temp.File("policy.json", """{ "requiredDeliverdPos": 4, "deliveredPoWindow": 12, "requiredDeliveredPos": 0 }""");

        var result = Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--policy", policy);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("is not a valid policy document (3 problems)", result.Err, StringComparison.Ordinal);
        Assert.Contains("  $.requiredDeliverdPos: ", result.Err, StringComparison.Ordinal);
        Assert.Contains("  $.deliveredPoWindow: ", result.Err, StringComparison.Ordinal);
        Assert.Contains("  $.requiredDeliveredPos: ", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void Under_a_schedule_the_version_in_force_on_the_as_of_date_decides(string asOf, bool eligible)
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.json", TestPartners.ThreeDeliveries);
        var schedule = System.IO.Path.Combine(Cli.Repo, "samples", "policies", "schedule.json");

        var result = Cli.Run("ho", "--partners", partners, "--as-of", asOf, "--format", "json", "--policy", schedule);

        Assert.Equal(0, result.ExitCode);
        var decision = Decision(result);
        Assert.Equal(eligible, decision.GetProperty("isApproved").GetBoolean());
        var failing = decision.GetProperty("findings").EnumerateArray().Where(f => !f.GetProperty("passed").GetBoolean()).Select(f => f.GetProperty("code").GetString());
        Assert.Equal(eligible ? [] : ["HO.DEVELOPMENT_PATH"], failing);
    }

    [Fact]
    public void An_invalid_schedule_or_a_missing_file_as_policy_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var schedule = temp.File("schedule.json", """{ "versions": [ { "effectiveFrom": "2027-01-01", "policy": { "version": "a" } }, { "effectiveFrom": "2026-01-01", "policy": { "version": "b" } } ] }""");

        var invalid = Cli.Run("incentives", "--claims", Cli.Sample("claims.json"), "--policy", schedule);
        var missing = Cli.Run("incentives", "--claims", Cli.Sample("claims.json"), "--policy", "no-such-policy.json");

        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("is not a valid schedule document (1 problem)", invalid.Err, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--policy: no file", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_schedule_a_claim_s_project_start_chooses_its_version_and_a_bad_date_is_reported()
    {
        using var temp = new TempFolder();
        var claims = temp.File("claims.csv", """
            partner,kind,customer,monthlySpend,projectStartedOn
            P-1,FirstCommercialProject,New,120000,2026-06-01
            P-1,FirstCommercialProject,New,120000,2027-03-01
            P-2,FirstCommercialProject,New,100,27-03-01
            """);
        var schedule = System.IO.Path.Combine(Cli.Repo, "samples", "policies", "schedule.json");

        var result = Cli.Run("incentives", "--claims", claims, "--format", "json", "--policy", schedule);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("claims.csv: line 4: projectStartedOn: '27-03-01' is not an ISO date (e.g. 2026-11-29).", result.Err, StringComparison.Ordinal);
        var caps = JsonDocument.Parse(result.Out).RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("decision").GetProperty("cap").GetProperty("amount").GetDecimal());
        Assert.Equal([300000m, 250000m], caps);
    }
}
