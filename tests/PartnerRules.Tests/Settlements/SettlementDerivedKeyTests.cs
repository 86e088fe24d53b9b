using NodaTime;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Settlements;

/// <summary>A settlement snapshot written before keys existed derives its key from the project and the partner kept apart.</summary>
public sealed class SettlementDerivedKeyTests
{
    [Fact]
    public void Settlements_whose_project_and_partner_run_together_alike_still_derive_different_keys()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var first = Legacy(new OpportunityId("PRJ-12"), new PartnerId("3"), clock);
        var second = Legacy(new OpportunityId("PRJ-1"), new PartnerId("23"), clock);

        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.False(first.Key.IsDefault);
        Assert.NotEqual(first.Key, second.Key);
        Assert.Equal(first.Key, Legacy(new OpportunityId("PRJ-12"), new PartnerId("3"), clock).Key);
    }

    private static IncentiveSettlementSnapshot Legacy(OpportunityId project, PartnerId partner, IClock clock) =>
        IncentiveSettlementLifecycle.Start(project, partner, SettlementTestKit.Approved(), clock).ToSnapshot() with { Key = default };
}
