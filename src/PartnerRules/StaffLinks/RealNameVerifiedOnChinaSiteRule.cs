using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 3: on the China site the account is real-name verified; on the international site this does not apply.</summary>
[Name("Real-name verified on the China site")]
[Description("China site: the account is real-name verified. International site: the criterion does not apply and passes.")]
[Tag(RuleSets.StaffLink)]
internal sealed class RealNameVerifiedOnChinaSiteRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffRealNameVerified;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, StaffLinkSubject subject)
    {
        if (subject.Site != Site.China)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.StaffRealNameNotApplicable)));
        }

        var passed = subject.IsRealNameVerified;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Get(context.Culture, passed ? Messages.StaffRealNamePassed : Messages.StaffRealNameFailed)));
    }
}
