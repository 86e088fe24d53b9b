using System.Globalization;

namespace PartnerRules;

/// <summary>
/// Settings of a <c>PartnerRulesEngine</c> (the options pattern): settable, validated when used.
/// </summary>
public sealed class PartnerRulesOptions
{
    /// <summary>The programme policy. Default: <see cref="ProgramPolicy.Default"/>.</summary>
    public ProgramPolicy Policy { get; set; } = ProgramPolicy.Default;

    /// <summary>The culture of finding messages (English or zh-CN); null uses <see cref="CultureInfo.CurrentUICulture"/> at each call.</summary>
    public CultureInfo? Culture { get; set; }
}
