using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartnerRules.Tests.Eligibility;

/// <summary>Builds partner profiles for the HO-eligibility tests.</summary>
internal static class Partners
{
    private static int _next;

    public static OpportunityRecord Po(Instant lastUpdatedAt, Instant? signedAt = null, Instant? deliveredAt = null) =>
        new(new OpportunityId("PO-" + System.Threading.Interlocked.Increment(ref _next)), OpportunityOrigin.PartnerOriginated, lastUpdatedAt)
        {
            SignedAt = signedAt,
            DeliveredAt = deliveredAt,
        };

    public static OpportunityRecord Ho(Instant lastUpdatedAt, Instant? signedAt = null, Instant? deliveredAt = null) =>
        new(new OpportunityId("HO-" + System.Threading.Interlocked.Increment(ref _next)), OpportunityOrigin.HuaweiOriginated, lastUpdatedAt)
        {
            SignedAt = signedAt,
            DeliveredAt = deliveredAt,
        };

    /// <summary>A PO signed and delivered at <paramref name="deliveredAt"/> (signed 30 days earlier; last updated on delivery).</summary>
    public static OpportunityRecord DeliveredPo(Instant deliveredAt) =>
        Po(deliveredAt, deliveredAt - Duration.FromDays(30), deliveredAt);

    public static PartnerProfile Profile(PartnerStage stage, bool pce, params OpportunityRecord[] opportunities) =>
        new(new PartnerId("P-1"), stage, pce) { Opportunities = opportunities };

    public static PartnerProfile Certified(IEnumerable<OpportunityRecord> opportunities) =>
        new(new PartnerId("P-1"), PartnerStage.Certified, true) { Opportunities = opportunities.ToArray() };
}
