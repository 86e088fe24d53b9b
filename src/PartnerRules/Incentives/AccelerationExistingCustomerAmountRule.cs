using System.Collections.Generic;
using NRules.Fluent.Dsl;

namespace PartnerRules.Incentives;

/// <summary>Incentive table (docs/programme-rules.md §5), acceleration, existing customer: "the amount the ecosystem committee approved for the partner's Offering, capped at 20,000 CNY".</summary>
[Name("Acceleration, existing customer")]
[Description("The amount the ecosystem committee approved for the partner's Offering (none: the claim is refused by its criterion), capped at AccelerationExistingCustomerCap.")]
[Tag(IncentiveRule.Tag)]
internal sealed class AccelerationExistingCustomerAmountRule : IncentiveRowRule
{
    /// <inheritdoc />
    public override IncentiveKind Kind => IncentiveKind.Acceleration;

    /// <inheritdoc />
    public override CustomerType Customer => CustomerType.Existing;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.AccelerationExistingCustomerCap) };

    /// <inheritdoc />
    protected override IncentiveAmount Decide(IncentiveContext context, IncentiveClaim claim) =>
        IncentiveAmount.UpTo(claim.CommitteeApprovedAmount ?? Money.Zero(context.Currency), context.AccelerationExistingCustomerCap);
}
