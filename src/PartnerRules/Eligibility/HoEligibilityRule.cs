using System.Collections.Generic;
using PartnerRules.Criteria;

namespace PartnerRules.Eligibility;

/// <summary>A criterion of HO eligibility (docs/programme-rules.md §3), decided on one partner profile.</summary>
internal abstract class HoEligibilityRule : CriterionRule<HoContext, PartnerProfile>
{
    /// <summary>The NRules tag of the HO-eligibility rule set.</summary>
    public const string Tag = "HoEligibility";

    /// <inheritdoc />
    protected override IReadOnlyList<string> Codes => FindingCodes.HoEligibility;

    /// <summary>Names a partner in error texts (its id only).</summary>
    public static string Describe(PartnerProfile partner) => "partner " + partner.Id.Value;
}
