using System.Collections.Generic;
using PartnerRules.Engine;

namespace PartnerRules.Eligibility;

/// <summary>A criterion of HO eligibility (DOMAIN.md §3).</summary>
internal abstract class HoEligibilityRule : CriterionRule<HoContext, HoSubject>
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> Codes => RuleSets.HoEligibilityCodes;
}
