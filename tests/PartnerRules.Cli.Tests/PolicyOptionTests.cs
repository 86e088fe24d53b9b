using System;
using System.Linq;
using System.Text.Json;

namespace PartnerRules.Cli.Tests;

public sealed class PolicyOptionTests
{
    // Certified, in PCE, one PO updated recently and exactly three delivered in the last 12 months: eligible by default.
    private const string ThreeDeliveries = """
        [ { "id": "P-3", "stage": "Certified", "isPceMember": true, "opportunities": [
          { "id": "O1", "origin": "PartnerOriginated", "lastUpdatedAt": "2026-11-20T02:00:00Z", "signedAt": "2026-01-05T02:00:00Z", "deliveredAt": "2026-03-01T02:00:00Z" },
          { "id": "O2", "origin": "PartnerOriginated", "lastUpdatedAt": "2026-10-20T02:00:00Z", "signedAt": "2026-02-05T02:00:00Z", "deliveredAt": "2026-05-01T02:00:00Z" },
          { "id": "O3", "origin": "PartnerOriginated", "lastUpdatedAt": "2026-09-20T02:00:00Z", "signedAt": "2026-03-05T02:00:00Z", "deliveredAt": "2026-07-01T02:00:00Z" } ] } ]
        """;

    private static JsonElement Decision(CliResult result) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("decisions")[0].GetProperty("decision");

    [Fact]
    public void A_policy_requiring_four_deliveries_refuses_a_partner_with_three()
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.json", ThreeDeliveries);
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

    [Fact]
    public void A_schedule_or_a_missing_file_as_policy_is_a_usage_error()
    {
        var schedule = Cli.Run("incentives", "--claims", Cli.Sample("claims.json"), "--policy", System.IO.Path.Combine(Cli.Repo, "samples", "policies", "schedule.json"));
        var missing = Cli.Run("incentives", "--claims", Cli.Sample("claims.json"), "--policy", "no-such-policy.json");

        Assert.Equal(2, schedule.ExitCode);
        Assert.Contains("is a policy schedule", schedule.Err, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--policy: no file", missing.Err, StringComparison.Ordinal);
    }
}
