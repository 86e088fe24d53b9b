using PartnerRules.Lifecycles;

namespace PartnerRules.Opportunities;

/// <summary>The opportunity transition table (docs/programme-rules.md §2); variants are the origins, PO = 0 and HO = 1.</summary>
internal static class OpportunityTable
{
    private const int Po = 1 << (int)OpportunityOrigin.PartnerOriginated;
    private const int Ho = 1 << (int)OpportunityOrigin.HuaweiOriginated;

    private static readonly LifecycleTable<OpportunityState, OpportunityTrigger, OpportunityLifecycle>.Guard[] SubmitGuards =
    [
        new(o => OpportunityFormChecks.HasCustomerName(o.Form), "customer name given"),
        new(o => OpportunityFormChecks.HasCloudServices(o.Form), "cloud services chosen"),
        new(o => OpportunityFormChecks.HasLocalSalesContactAnswer(o.Form), "local sales contact answered"),
        new(o => OpportunityFormChecks.HasPositiveEstimatedValue(o.Form), "estimated value above zero"),
        new(o => OpportunityFormChecks.HasExpectedCloseDate(o.Form), "expected close date given"),
    ];

    // HO.OFFER_RESPONSE: an offer past its response time (when the policy sets one) can only expire.
    private static readonly LifecycleTable<OpportunityState, OpportunityTrigger, OpportunityLifecycle>.Guard[] OfferGuards =
    [
        new(o => o.OfferOpen(), "offer within HoOfferResponseTime"),
    ];

    public static LifecycleTable<OpportunityState, OpportunityTrigger, OpportunityLifecycle> Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static LifecycleTable<OpportunityState, OpportunityTrigger, OpportunityLifecycle> Build() => new(
        initialStateByVariant: [OpportunityState.Draft, OpportunityState.Offered],
        variantDescriptions: ["PO", "HO"],
        edges:
        [
            new(OpportunityState.Draft, OpportunityTrigger.Submit, OpportunityState.Submitted, Po) { Guards = SubmitGuards },
            new(OpportunityState.Draft, OpportunityTrigger.Withdraw, OpportunityState.Withdrawn, Po),
            new(OpportunityState.Submitted, OpportunityTrigger.RequestChanges, OpportunityState.ActionRequired, Po),
            new(OpportunityState.Submitted, OpportunityTrigger.Approve, OpportunityState.Active, Po),
            new(OpportunityState.Submitted, OpportunityTrigger.Reject, OpportunityState.Rejected, Po),
            new(OpportunityState.ActionRequired, OpportunityTrigger.Submit, OpportunityState.Submitted, Po) { Guards = SubmitGuards },
            new(OpportunityState.ActionRequired, OpportunityTrigger.Withdraw, OpportunityState.Withdrawn, Po),
            new(OpportunityState.Offered, OpportunityTrigger.Accept, OpportunityState.Active, Ho) { Guards = OfferGuards },
            new(OpportunityState.Offered, OpportunityTrigger.Decline, OpportunityState.Declined, Ho) { Guards = OfferGuards },
            new(OpportunityState.Offered, OpportunityTrigger.Expire, OpportunityState.Expired, Ho),
            new(OpportunityState.Active, OpportunityTrigger.Win, OpportunityState.Won),
            new(OpportunityState.Active, OpportunityTrigger.Lose, OpportunityState.Lost),
            new(OpportunityState.Won, OpportunityTrigger.Deliver, OpportunityState.Delivered),
            new(OpportunityState.Won, OpportunityTrigger.Lose, OpportunityState.Lost),
        ],
        reasonRequired: [OpportunityTrigger.Reject, OpportunityTrigger.Decline, OpportunityTrigger.Lose]);
}
