using System.Globalization;

namespace PartnerRules.Tests.Reference;

/// <summary>Engines shared by the tests, as an application would share one.</summary>
internal static class Engines
{
    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");

    public static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");

    public static PartnerRulesEngine English { get; } = new(new PartnerRulesOptions { Culture = EnglishCulture });

    public static PartnerRulesEngine Chinese { get; } = new(new PartnerRulesOptions { Culture = ChineseCulture });

    public static ReferenceRules Reference { get; } = new(culture: EnglishCulture);
}
