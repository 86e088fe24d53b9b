using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 1 (docs/programme-rules.md §4): the account must "not be real-name verified as an enterprise user".</summary>
[Name("Not enterprise verified")]
[Description("The account is not real-name verified as an enterprise user.")]
[Tag(Tag)]
internal sealed class NotEnterpriseVerifiedRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffNotEnterpriseVerified;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, PersonalAccount account)
    {
        var passed = !account.IsEnterpriseVerified;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Get(context.Culture, passed ? Messages.StaffNotEnterprisePassed : Messages.StaffNotEnterpriseFailed)));
    }
}
