using NodaTime;

namespace PartnerRules;

/// <summary>
/// What the rules need to know of one opportunity: its origin, when it was last updated (any edit
/// or lifecycle step), and when it was signed (won) and delivered, if it was.
/// </summary>
/// <param name="Id">The opportunity.</param>
/// <param name="Origin">PO (partner-originated) or HO (Huawei-originated).</param>
/// <param name="LastUpdatedAt">The latest edit or lifecycle step.</param>
/// <remarks>Immutable. Facts dated after an evaluation's instant have not happened yet for that evaluation.</remarks>
public sealed record OpportunityRecord(OpportunityId Id, OpportunityOrigin Origin, Instant LastUpdatedAt)
{
    /// <summary>When the opportunity was won (签单); null if it has not been.</summary>
    public Instant? SignedAt { get; init; }

    /// <summary>When delivery was completed (完成交付); null if it has not been.</summary>
    public Instant? DeliveredAt { get; init; }
}
