namespace PartnerRules.Engine;

/// <summary>The rule sets, their NRules tags and their finding codes in decision order (API.md).</summary>
internal static class RuleSets
{
    public const string HoEligibility = "HoEligibility";
    public const string StaffLink = "StaffLink";
    public const string Incentive = "Incentive";

    /// <summary>The tags in catalogue order.</summary>
    public static readonly string[] Tags = { HoEligibility, StaffLink, Incentive };

    /// <summary>HO eligibility: in this order within each decision.</summary>
    public static readonly string[] HoEligibilityCodes = { "HO.PCE_MEMBER", "HO.SHARES_OPPORTUNITIES", "HO.DEVELOPMENT_PATH" };

    /// <summary>Staff link: in this order within each decision.</summary>
    public static readonly string[] StaffLinkCodes =
    {
        "STAFF.NOT_ENTERPRISE_VERIFIED", "STAFF.NOT_LINKED_ELSEWHERE", "STAFF.REAL_NAME_VERIFIED", "STAFF.NOT_PARTNER_ACCOUNT", "STAFF.LINK_LIMIT",
    };

    /// <summary>Incentive: in this order within each decision.</summary>
    public static readonly string[] IncentiveCodes = { "INCENTIVE.SPEND_PERIOD_COMPLETE", "INCENTIVE.COMMITTEE_APPROVAL" };

    public static string[] CodesOf(string tag) => tag switch
    {
        HoEligibility => HoEligibilityCodes,
        StaffLink => StaffLinkCodes,
        _ => IncentiveCodes,
    };

    public static string TitleOf(string tag) => tag switch
    {
        HoEligibility => "HO eligibility",
        StaffLink => "Project-specialist (staff) link",
        _ => "Incentives",
    };
}
