using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.Incentives;

/// <summary>
/// Incentive criterion 2 (docs/programme-rules.md §5): acceleration for an existing customer pays "the amount the
/// ecosystem committee approved for the partner's Offering"; "a committee-approved amount of 0 is an
/// approval of 0", no amount is no approval.
/// </summary>
[Name("Committee approval")]
[Description("Acceleration, existing customer: the ecosystem committee approved an amount for the partner's Offering (zero is an approval of zero; none refuses). Other rows: does not apply, passes.")]
[Tag(Tag)]
internal sealed class CommitteeApprovalRule : IncentiveRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.IncentiveCommitteeApproval;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(IncentiveContext context, IncentiveClaim claim)
    {
        if (claim.Kind != IncentiveKind.Acceleration || claim.Customer != CustomerType.Existing)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.IncentiveCommitteeNotApplicable)));
        }

        return claim.CommitteeApprovedAmount is { } approved
            ? new CriterionResult(new Finding(Code, true, Messages.Format(context.Culture, Messages.IncentiveCommitteePassed, approved.ToString())))
            : new CriterionResult(new Finding(Code, false, Messages.Get(context.Culture, Messages.IncentiveCommitteeFailed)));
    }
}
