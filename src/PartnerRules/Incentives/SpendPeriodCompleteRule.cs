using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.Incentives;

/// <summary>Incentive criterion 1: for a new customer, every month of the spend window has been reported.</summary>
[Name("Spend period complete")]
[Description("New customer: at least the row's number of months of cloud spend are reported (FirstProjectNewCustomerSpendMonths for a first commercial project, AccelerationNewCustomerSpendMonths for acceleration; later months are ignored). Existing customer: does not apply, passes.")]
[Tag(RuleSets.Incentive)]
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
    protected override CriterionResult Evaluate(IncentiveContext context, IncentiveSubject subject)
    {
        if (subject.Customer != CustomerType.New)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.IncentiveSpendNotApplicable)));
        }

        var required = context.SpendMonths(subject.Kind);
        var passed = subject.MonthsReported >= required;
        var reported = passed ? required : subject.MonthsReported;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Format(context.Culture, passed ? Messages.IncentiveSpendPassed : Messages.IncentiveSpendFailed, reported, required)));
    }
}
