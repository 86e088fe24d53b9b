using System.Collections.Generic;
using NRules.Fluent.Dsl;

namespace PartnerRules.Incentives;

/// <summary>Incentive table (docs/programme-rules.md §5), acceleration (加速激励), new customer: "the project's first 2 months of cloud resource spend, capped at 150,000 CNY".</summary>
[Name("Acceleration, new customer")]
[Description("The project's first AccelerationNewCustomerSpendMonths months of cloud resource spend, capped at AccelerationNewCustomerCap.")]
[Tag(IncentiveRule.Tag)]
internal sealed class AccelerationNewCustomerAmountRule : IncentiveRowRule
{
    /// <inheritdoc />
    public override IncentiveKind Kind => IncentiveKind.Acceleration;

    /// <inheritdoc />
    public override CustomerType Customer => CustomerType.New;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.AccelerationNewCustomerSpendMonths), nameof(ProgramPolicy.AccelerationNewCustomerCap) };

    /// <inheritdoc />
    protected override IncentiveAmount Decide(IncentiveContext context, IncentiveClaim claim) =>
        IncentiveAmount.UpTo(SumOfFirstMonths(claim.MonthlySpend, context.AccelerationNewCustomerSpendMonths, context.Currency), context.AccelerationNewCustomerCap);
}
