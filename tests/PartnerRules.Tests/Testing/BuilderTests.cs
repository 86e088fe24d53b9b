using System;
using System.Linq;
using NodaTime;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.Testing;

public sealed class BuilderTests
{
    [Fact]
    public void The_default_partner_is_a_certified_PCE_member_without_opportunities()
    {
        var partner = new PartnerProfileBuilder().Build();

        Assert.Equal(new PartnerProfile(new PartnerId("P-0001"), PartnerStage.Certified, true), partner);
    }

    [Fact]
    public void Opportunities_are_numbered_in_order_and_deliveries_imply_signing()
    {
        var delivered = TestDefaults.AsOf - Duration.FromDays(10);
        var partner = new PartnerProfileBuilder()
            .WithPoUpdatedAt(TestDefaults.AsOf)
            .WithDeliveredPo(delivered)
            .With(o => o.HuaweiOriginated())
            .Build();

        Assert.Equal(["O-0001", "O-0002", "O-0003"], partner.Opportunities.Select(o => o.Id.Value));
        Assert.Equal(delivered - Duration.FromDays(1), partner.Opportunities[1].SignedAt);
        Assert.Equal(delivered, partner.Opportunities[1].DeliveredAt);
        Assert.Equal(delivered, partner.Opportunities[1].LastUpdatedAt);
        Assert.Equal(OpportunityOrigin.HuaweiOriginated, partner.Opportunities[2].Origin);
    }

    [Fact]
    public void The_default_account_is_linkable_by_anyone()
    {
        var account = new PersonalAccountBuilder().Build();

        Assert.Equal(Site.China, account.Site);
        Assert.True(account.IsRealNameVerified);
        Assert.False(account.IsEnterpriseVerified || account.IsPartnerAccount);
        Assert.Empty(account.Links);
    }

    [Fact]
    public void Links_are_added_with_their_dates()
    {
        var from = TestDefaults.AsOf - Duration.FromDays(100);
        var account = new PersonalAccountBuilder().LinkedTo("P-9", from, from + Duration.FromDays(5)).LinkedTo("P-8", from).Build();

        Assert.Equal(new PartnerLink(new PartnerId("P-9"), from) { UnlinkedAt = from + Duration.FromDays(5) }, account.Links[0]);
        Assert.Null(account.Links[1].UnlinkedAt);
    }

    [Fact]
    public void Claims_collect_monthly_spend_in_yuan()
    {
        var claim = new IncentiveClaimBuilder().For(IncentiveKind.Acceleration, CustomerType.Existing)
            .WithMonthlySpend(2, 10m).WithMonthlySpend(5m).WithCommitteeApproval(0m).Build();

        Assert.Equal([Money.Cny(10m), Money.Cny(10m), Money.Cny(5m)], claim.MonthlySpend);
        Assert.Equal(Money.Cny(0m), claim.CommitteeApprovedAmount);
    }

    [Fact]
    public void The_stub_engine_answers_from_its_delegates_and_records_calls()
    {
        var stub = new StubPartnerRulesEngine
        {
            HoEligibility = (_, _) => StubPartnerRulesEngine.Refused(StubPartnerRulesEngine.HoCodes, "HO.PCE_MEMBER", "not a member"),
        };
        IPartnerRulesEngine engine = stub;

        var decision = engine.EvaluateHoEligibility(new PartnerProfileBuilder().Build(), TestDefaults.AsOf);
        var staff = engine.EvaluateStaffLink(TestDefaults.Partner, new PersonalAccountBuilder().Build(), TestDefaults.AsOf);

        Assert.False(decision.IsApproved);
        Assert.Equal(["HO.PCE_MEMBER"], decision.FailedFindings().Select(f => f.Code));
        Assert.True(staff.IsApproved);
        Assert.Equal(5, staff.Findings.Count);
        Assert.Equal(["HoEligibility:P-0001", "StaffLink:P-0001:A-0001"], stub.Calls);
    }

    [Fact]
    public void Refusing_an_unknown_code_is_an_error() =>
        Assert.Equal("failedCode", Assert.Throws<ArgumentException>(() => StubPartnerRulesEngine.Refused(StubPartnerRulesEngine.HoCodes, "HO.NOPE", "x")).ParamName);
}
