using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 4: the account is not itself a Huawei Cloud partner account.</summary>
[Name("Not a partner account")]
[Description("The account is not itself a Huawei Cloud partner account.")]
[Tag(RuleSets.StaffLink)]
internal sealed class NotAPartnerAccountRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffNotPartnerAccount;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, StaffLinkSubject subject)
    {
        var passed = !subject.IsPartnerAccount;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Get(context.Culture, passed ? Messages.StaffNotPartnerPassed : Messages.StaffNotPartnerFailed)));
    }
}
