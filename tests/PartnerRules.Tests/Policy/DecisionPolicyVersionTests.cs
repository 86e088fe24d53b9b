using System;
using System.Text.Json;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class DecisionPolicyVersionTests
{
    private static readonly Decision Verdict = new(true, [new Finding(FindingCodes.HoPceMember, true, "ok")]);

    [Fact]
    public void A_decision_names_the_default_version_unless_told_otherwise()
    {
        Assert.Equal("default", Verdict.PolicyVersion);
        Assert.Equal("2027", (Verdict with { PolicyVersion = "2027" }).PolicyVersion);
        Assert.Equal("PolicyVersion", Assert.Throws<ArgumentNullException>(() => Verdict with { PolicyVersion = null! }).ParamName);
    }

    [Fact]
    public void Decisions_and_claims_keep_their_version_and_start_date_through_JSON()
    {
        var options = PartnerRulesJson.CreateOptions();
        var decision = new IncentiveDecision(true, [new Finding(FindingCodes.IncentiveSpendPeriodComplete, true, "ok")], Money.Cny(5m), null, false) { PolicyVersion = "2026" };
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.New) { ProjectStartedOn = new LocalDate(2026, 11, 1) };

        Assert.Equal(decision, JsonSerializer.Deserialize<IncentiveDecision>(JsonSerializer.Serialize(decision, options), options));
        Assert.Contains("\"projectStartedOn\":\"2026-11-01\"", JsonSerializer.Serialize(claim, options), StringComparison.Ordinal);
        Assert.Equal(claim, JsonSerializer.Deserialize<IncentiveClaim>(JsonSerializer.Serialize(claim, options), options));
    }

    [Fact]
    public void A_decision_stored_before_versions_existed_reads_as_the_default_version()
    {
        var decision = JsonSerializer.Deserialize<Decision>("""{"isApproved":true,"findings":[],"changesOn":null}""", PartnerRulesJson.CreateOptions())!;

        Assert.Equal("default", decision.PolicyVersion);
    }
}
