using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Opportunities;

/// <summary>An offer made without naming the partner keeps neither the partner nor the decision (the decision is creation data of a named offer only).</summary>
public sealed class OfferWithoutPartnerTests
{
    [Fact]
    public void An_offer_without_the_partner_keeps_no_decision_in_the_lifecycle_or_its_snapshot()
    {
        var clock = new FakeClock(Local(2026, 3, 2));

        var offer = OpportunityLifecycle.Offer(Opp, ApprovedHo, clock);
        var snapshot = offer.ToSnapshot();

        Assert.Equal(OpportunityState.Offered, offer.State);
        Assert.Null(offer.Partner);
        Assert.Null(offer.OfferDecision);
        Assert.Null(snapshot.OfferDecision);
        Assert.Null(OpportunityLifecycle.Restore(snapshot, clock).OfferDecision);
    }
}
