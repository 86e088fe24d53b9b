using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.Incentives;

/// <summary>
/// Incentive criterion 1 (docs/programme-rules.md §5): a new customer's row pays "the project's first 6 months" (first
/// commercial project) or "first 2 months" (acceleration) of cloud resource spend, so every one of those
/// months must be reported before it pays.
/// </summary>
[Name("Spend period complete")]
[Description("New customer: at least the row's number of months of cloud spend are reported (FirstProjectNewCustomerSpendMonths for a first commercial project, AccelerationNewCustomerSpendMonths for acceleration; later months are ignored). Existing customer: does not apply, passes.")]
[Tag(Tag)]
internal sealed class SpendPeriodCompleteRule : IncentiveRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.IncentiveSpendPeriodComplete;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[]
    {
        nameof(ProgramPolicy.FirstProjectNewCustomerSpendMonths), nameof(ProgramPolicy.AccelerationNewCustomerSpendMonths),
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Figures { get; } = new[] { nameof(Finding.Count), nameof(Finding.Required) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(IncentiveContext context, IncentiveClaim claim)
    {
        if (claim.Customer != CustomerType.New)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.IncentiveSpendNotApplicable)));
        }

        var required = context.SpendMonths(claim.Kind);
        var passed = claim.MonthlySpend.Count >= required;
        var reported = passed ? required : claim.MonthlySpend.Count;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Format(context.Culture, passed ? Messages.IncentiveSpendPassed : Messages.IncentiveSpendFailed, reported, required))
        {
            Count = reported,
            Required = required,
        });
    }
}
