using System;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.Testing;

public sealed class StubPolicyImpactAnalyzerTests
{
    private static readonly ProgramPolicy Proposal = ProgramPolicy.Default with { Version = "2027", RequiredDeliveredPos = 4 };

    [Fact]
    public void By_default_a_proposal_changes_nothing_and_every_comparison_is_recorded()
    {
        IPolicyImpactAnalyzer analyzer = new StubPolicyImpactAnalyzer();
        var partners = new[] { new PartnerProfileBuilder().Build(), new PartnerProfileBuilder().WithId("P-0002").Build() };

        var ho = analyzer.CompareHoEligibility(partners, TestDefaults.AsOf, Proposal);
        var incentives = analyzer.CompareIncentives([new IncentiveClaimBuilder().StartedOn(new NodaTime.LocalDate(2026, 11, 1)).Build()], Proposal);

        Assert.Equal(new PolicyImpact<PartnerProfile>(2, 0, 0, []), ho);
        Assert.Equal(new PolicyImpact<IncentiveClaim>(1, 0, 0, []), incentives);
        Assert.Equal(["CompareHoEligibility:2027:2", "CompareIncentives:2027:1"], ((StubPolicyImpactAnalyzer)analyzer).Calls);
    }

    [Fact]
    public void Configured_decisions_give_a_consistent_result()
    {
        var analyzer = new StubPolicyImpactAnalyzer
        {
            HoEligibility = (partner, _, _) => (
                StubPartnerRulesEngine.Approved(StubPartnerRulesEngine.HoCodes),
                partner.Id.Value == "P-0002"
                    ? StubPartnerRulesEngine.Refused(StubPartnerRulesEngine.HoCodes, FindingCodes.HoDevelopmentPath, "3 of 4 required POs")
                    : StubPartnerRulesEngine.Approved(StubPartnerRulesEngine.HoCodes)),
        };
        var partners = new[] { new PartnerProfileBuilder().Build(), new PartnerProfileBuilder().WithId("P-0002").Build() };

        var impact = analyzer.CompareHoEligibility(partners, TestDefaults.AsOf, Proposal);

        Assert.Equal(1, impact.NewlyRefused);
        var change = Assert.Single(impact.Changes);
        Assert.Same(partners[1], change.Subject);
        Assert.Equal([FindingCodes.HoDevelopmentPath], change.ChangedCriteria);
    }

    [Fact]
    public void The_claim_builder_sets_the_project_start_date() =>
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 1), new IncentiveClaimBuilder().StartedOn(new NodaTime.LocalDate(2026, 11, 1)).Build().ProjectStartedOn);

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var analyzer = new StubPolicyImpactAnalyzer();

        Assert.Equal("partners", Assert.Throws<ArgumentNullException>(() => analyzer.CompareHoEligibility(null!, TestDefaults.AsOf, Proposal)).ParamName);
        Assert.Equal("proposal", Assert.Throws<ArgumentNullException>(() => analyzer.CompareIncentives([], null!)).ParamName);
    }
}
