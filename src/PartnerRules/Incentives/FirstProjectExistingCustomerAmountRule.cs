using System.Collections.Generic;
using NRules.Fluent.Dsl;

namespace PartnerRules.Incentives;

/// <summary>Incentive table (docs/programme-rules.md §5), first commercial project, existing customer: "50,000 CNY".</summary>
[Name("First commercial project, existing customer")]
[Description("The fixed amount FirstProjectExistingCustomerAmount; no cap.")]
[Tag(IncentiveRule.Tag)]
internal sealed class FirstProjectExistingCustomerAmountRule : IncentiveRowRule
{
    /// <inheritdoc />
    public override IncentiveKind Kind => IncentiveKind.FirstCommercialProject;

    /// <inheritdoc />
    public override CustomerType Customer => CustomerType.Existing;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.FirstProjectExistingCustomerAmount) };

    /// <inheritdoc />
    protected override IncentiveAmount Decide(IncentiveContext context, IncentiveClaim claim) =>
        IncentiveAmount.UpTo(context.FirstProjectExistingCustomerAmount, cap: null);
}
