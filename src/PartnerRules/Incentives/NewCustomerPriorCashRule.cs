using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.Incentives;

/// <summary>
/// Incentive criterion 3 (docs/programme-rules.md §5): "new customer" means all accounts under the enterprise's real name
/// had paid at most 1,000 CNY cash in total before the opportunity was verified. When the claim states that
/// prior cash, a new-customer claim over the limit is refused; when it does not, nothing is assumed.
/// </summary>
[Name("New customer prior cash")]
[Description("New customer: the claim's stated prior cash (paid before the opportunity was verified) is at most NewCustomerPriorCashLimit; over it refuses; not stated: passes, not checked. Existing customer: does not apply, passes.")]
[Tag(Tag)]
internal sealed class NewCustomerPriorCashRule : IncentiveRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.IncentiveNewCustomerPriorCash;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.NewCustomerPriorCashLimit) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(IncentiveContext context, IncentiveClaim claim)
    {
        if (claim.Customer != CustomerType.New)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.IncentivePriorCashNotApplicable)));
        }

        var limit = context.NewCustomerPriorCashLimit;
        if (claim.CustomerPriorCash is not { } priorCash)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Format(context.Culture, Messages.IncentivePriorCashNotChecked, limit.ToString())));
        }

        // "At most" the limit is new: equal passes, one fen more refuses.
        var passed = priorCash.Amount <= limit.Amount;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Format(context.Culture, passed ? Messages.IncentivePriorCashPassed : Messages.IncentivePriorCashFailed, priorCash.ToString(), limit.ToString())));
    }
}
