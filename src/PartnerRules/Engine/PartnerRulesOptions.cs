using System.Globalization;

namespace PartnerRules;

/// <summary>
/// Settings of a <c>PartnerRulesEngine</c> (the options pattern): settable, validated when used.
/// </summary>
public sealed class PartnerRulesOptions
{
    /// <summary>The programme policy. Default: <see cref="ProgramPolicy.Default"/>.</summary>
    public ProgramPolicy Policy { get; set; } = ProgramPolicy.Default;

    /// <summary>
    /// The programme's policy versions by effective date. When set, the engine uses it and ignores
    /// <see cref="Policy"/>: HO eligibility and staff links are decided by the version in force on the
    /// local date of the evaluation instant, incentives by the version in force on the claim's
    /// <see cref="IncentiveClaim.ProjectStartedOn"/> (docs/policy.md). Default: null (the single <see cref="Policy"/>).
    /// </summary>
    public PolicySchedule? Schedule { get; set; }

    /// <summary>The culture of finding messages (English or zh-CN); null uses <see cref="CultureInfo.CurrentUICulture"/> at each call.</summary>
    public CultureInfo? Culture { get; set; }
}
