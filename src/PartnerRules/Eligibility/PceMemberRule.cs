using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.Eligibility;

/// <summary>HO criterion 1: the partner has joined the PCE programme.</summary>
[Name("PCE member")]
[Description("The partner has joined the PCE programme.")]
[Tag(RuleSets.HoEligibility)]
internal sealed class PceMemberRule : HoEligibilityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.HoPceMember;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues => Array.Empty<string>();

    /// <inheritdoc />
    protected override CriterionResult Evaluate(HoContext context, HoSubject subject) =>
        new(new Finding(Code, subject.IsPceMember,
            Messages.Get(context.Culture, subject.IsPceMember ? Messages.HoPceMemberPassed : Messages.HoPceMemberFailed)));
}
