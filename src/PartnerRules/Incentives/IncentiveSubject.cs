using PartnerRules.Engine;

namespace PartnerRules.Incentives;

/// <summary>One incentive claim as the incentive rules see it (validated before it is inserted).</summary>
internal sealed class IncentiveSubject : RuleSubject
{
    public IncentiveSubject(IncentiveClaim claim)
        : base(RuleSets.IncentiveCodes.Length)
    {
        Partner = claim.Partner;
        Kind = claim.Kind;
        Customer = claim.Customer;
        MonthsReported = claim.MonthlySpend.Count;
        CommitteeApprovedAmount = claim.CommitteeApprovedAmount;
    }

    public PartnerId Partner { get; }

    public IncentiveKind Kind { get; }

    public CustomerType Customer { get; }

    public int MonthsReported { get; }

    public Money? CommitteeApprovedAmount { get; }

    protected override string Describe() => "an incentive claim of partner " + Partner.Value;
}
