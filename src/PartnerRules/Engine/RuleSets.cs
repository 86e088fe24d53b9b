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
    public static readonly string[] HoEligibilityCodes = [.. FindingCodes.HoEligibility];

    /// <summary>Staff link: in this order within each decision.</summary>
    public static readonly string[] StaffLinkCodes = [.. FindingCodes.StaffLink];

    /// <summary>Incentive: in this order within each decision.</summary>
    public static readonly string[] IncentiveCodes = [.. FindingCodes.Incentive];

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
