using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.Incentives;

/// <summary>Incentive criterion 2: the acceleration incentive for an existing customer needs a committee-approved amount.</summary>
[Name("Committee approval")]
[Description("Acceleration, existing customer: the ecosystem committee approved an amount for the partner's Offering (zero is an approval of zero; none refuses). Other rows: does not apply, passes.")]
[Tag(RuleSets.Incentive)]
internal sealed class CommitteeApprovalRule : IncentiveRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.IncentiveCommitteeApproval;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(IncentiveContext context, IncentiveSubject subject)
    {
        if (subject.Kind != IncentiveKind.Acceleration || subject.Customer != CustomerType.Existing)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.IncentiveCommitteeNotApplicable)));
        }

        return subject.CommitteeApprovedAmount is { } approved
            ? new CriterionResult(new Finding(Code, true, Messages.Format(context.Culture, Messages.IncentiveCommitteePassed, approved.ToString())))
            : new CriterionResult(new Finding(Code, false, Messages.Get(context.Culture, Messages.IncentiveCommitteeFailed)));
    }
}
