using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 3 (docs/programme-rules.md §4): the account must "be real-name verified — China site only (on the international site this criterion does not apply)".</summary>
[Name("Real-name verified on the China site")]
[Description("China site: the account is real-name verified. International site: the criterion does not apply and passes.")]
[Tag(Tag)]
internal sealed class RealNameVerifiedOnChinaSiteRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffRealNameVerified;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, PersonalAccount account)
    {
        if (account.Site != Site.China)
        {
            return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.StaffRealNameNotApplicable)));
        }

        var passed = account.IsRealNameVerified;
        return new CriterionResult(new Finding(Code, passed,
            Messages.Get(context.Culture, passed ? Messages.StaffRealNamePassed : Messages.StaffRealNameFailed)));
    }
}
