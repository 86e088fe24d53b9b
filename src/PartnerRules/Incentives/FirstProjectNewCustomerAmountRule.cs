using System.Collections.Generic;
using NRules.Fluent.Dsl;

namespace PartnerRules.Incentives;

/// <summary>Incentive table (docs/programme-rules.md §5), first commercial project (首单商用项目), new customer: "the project's first 6 months of cloud resource spend, capped at 300,000 CNY".</summary>
[Name("First commercial project, new customer")]
[Description("The project's first FirstProjectNewCustomerSpendMonths months of cloud resource spend, capped at FirstProjectNewCustomerCap.")]
[Tag(IncentiveRule.Tag)]
internal sealed class FirstProjectNewCustomerAmountRule : IncentiveRowRule
{
    /// <inheritdoc />
    public override IncentiveKind Kind => IncentiveKind.FirstCommercialProject;

    /// <inheritdoc />
    public override CustomerType Customer => CustomerType.New;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.FirstProjectNewCustomerSpendMonths), nameof(ProgramPolicy.FirstProjectNewCustomerCap) };

    /// <inheritdoc />
    protected override IncentiveAmount Decide(IncentiveContext context, IncentiveClaim claim) =>
        IncentiveAmount.UpTo(SumOfFirstMonths(claim.MonthlySpend, context.FirstProjectNewCustomerSpendMonths, context.Currency), context.FirstProjectNewCustomerCap);
}
