using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Opportunities;

/// <summary>A rejected opportunity snapshot names the lifecycle and its problem word for word, as a store's log shows them.</summary>
public sealed class OpportunityRestoreTextTests
{
    [Fact]
    public void An_offer_whose_partner_is_default_is_rejected_naming_the_opportunity_and_the_problem()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var offer = OpportunityLifecycle.Offer(Opp, Partner, ApprovedHo, clock).ToSnapshot();

        var error = Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(offer with { Partner = default(PartnerId) }, clock));

        Assert.Equal("OpportunitySnapshot", error.SnapshotType);
        Assert.Equal("opportunity 'OPP-1'", error.LifecycleId);
        Assert.Equal(["Partner is default(PartnerId)"], error.Problems);
    }
}
