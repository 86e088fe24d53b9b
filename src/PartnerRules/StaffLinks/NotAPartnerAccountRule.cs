using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 4 (docs/programme-rules.md §4): the account must "not be a Huawei Cloud partner account itself".</summary>
[Name("Not a partner account")]
[Description("The account is not itself a Huawei Cloud partner account.")]
[Tag(Tag)]
internal sealed class NotAPartnerAccountRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffNotPartnerAccount;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, PersonalAccount account)
    {
        var passed = !account.IsPartnerAccount;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Get(context.Culture, passed ? Messages.StaffNotPartnerPassed : Messages.StaffNotPartnerFailed)));
    }
}
