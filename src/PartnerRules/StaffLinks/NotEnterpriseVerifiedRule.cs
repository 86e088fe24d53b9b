using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 1: the account is not real-name verified as an enterprise user.</summary>
[Name("Not enterprise verified")]
[Description("The account is not real-name verified as an enterprise user.")]
[Tag(RuleSets.StaffLink)]
internal sealed class NotEnterpriseVerifiedRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffNotEnterpriseVerified;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, StaffLinkSubject subject)
    {
        var passed = !subject.IsEnterpriseVerified;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Get(context.Culture, passed ? Messages.StaffNotEnterprisePassed : Messages.StaffNotEnterpriseFailed)));
    }
}
