using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.Eligibility;

/// <summary>HO criterion 1 (docs/programme-rules.md §3): "When you have joined the PCE programme".</summary>
[Name("PCE member")]
[Description("The partner has joined the PCE programme.")]
[Tag(Tag)]
internal sealed class PceMemberRule : HoEligibilityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.HoPceMember;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    // Stryker disable once Boolean : "permanent" only spares looking across versions, which find a non-member refused on every day alike
    protected override CriterionResult Evaluate(HoContext context, PartnerProfile partner) =>
        new(new Finding(Code, partner.IsPceMember,
            Messages.Get(context.Culture, partner.IsPceMember ? Messages.HoPceMemberPassed : Messages.HoPceMemberFailed)), permanent: true);
}
