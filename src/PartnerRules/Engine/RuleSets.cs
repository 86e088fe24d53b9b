using System.Collections.Generic;
using PartnerRules.Eligibility;
using PartnerRules.Incentives;
using PartnerRules.StaffLinks;

namespace PartnerRules.Engine;

/// <summary>The rule sets: their NRules tags (declared by each rule folder's base rule) and finding codes in decision order (the published order of FindingCodes).</summary>
internal static class RuleSets
{
    /// <summary>The tags in catalogue order.</summary>
    public static readonly string[] Tags = { HoEligibilityRule.Tag, StaffLinkRule.Tag, IncentiveRule.Tag };

    public static IReadOnlyList<string> CodesOf(string tag) => tag switch
    {
        HoEligibilityRule.Tag => FindingCodes.HoEligibility,
        StaffLinkRule.Tag => FindingCodes.StaffLink,
        _ => FindingCodes.Incentive,
    };

    public static string TitleOf(string tag) => tag switch
    {
        HoEligibilityRule.Tag => "HO eligibility",
        StaffLinkRule.Tag => "Project-specialist (staff) link",
        _ => "Incentives",
    };
}
