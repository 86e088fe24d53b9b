using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Lifecycles;
using PartnerRules.Resources;

namespace PartnerRules.Tests.Resources;

/// <summary>
/// Every text meant for people, in both languages, and every exception text: no doubled or clashing
/// punctuation ("..", ".;", "。。"), no "a" before a vowel sound, no untranslated text in zh-CN — in the
/// catalogue itself and in the sentences the lifecycles assemble from it.
/// </summary>
public sealed class TextQualityTests
{
    // ".." not part of a date range (2027-01-01..2027-12-31) or an ellipsis; a stop before ";" or ","; doubled CJK stops.
    private static readonly Regex ClashingPunctuation = new(@"(?<!\.)\.\.(?![.\d])|\.[;,]|[。．][。．;；,，]|;;|；；", RegexOptions.CultureInvariant);

    // "a" before a vowel letter, except words that start with a "you" or "w" sound.
    private static readonly Regex ArticleBeforeVowel = new(@"\b[Aa] (?!uni|use|usu|one\b|once\b)[aeiouAEIOU]", RegexOptions.CultureInvariant);

    private static readonly Regex Cjk = new(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant);

    public static TheoryData<string> CatalogueKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in Set(CultureInfo.InvariantCulture).Keys.Order(StringComparer.Ordinal))
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogueKeys))]
    public void A_catalogue_text_reads_well_in_both_languages(string key)
    {
        var english = Set(CultureInfo.InvariantCulture)[key];
        var chinese = Set(CultureInfo.GetCultureInfo("zh-CN"))[key];

        AssertReadsWell(key + " (en)", english);
        AssertReadsWell(key + " (zh-CN)", chinese);
        Assert.True(english.Trim().Length == 0 || Cjk.IsMatch(chinese), $"{key}: the zh-CN text is not translated: \"{chinese}\"");
    }

    [Fact]
    public void Every_exception_text_reads_well()
    {
        var texts = ConstantTexts(typeof(EngineErrors)).Concat(ConstantTexts(typeof(LifecycleErrors))).ToList();

        Assert.NotEmpty(texts);
        foreach (var (name, text) in texts)
        {
            AssertReadsWell(name, text);
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void Refusals_assembled_from_several_findings_read_well(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 2, 0));
            var draft = OpportunityLifecycle.CreateDraft(new OpportunityId("PO-1"), clock);
            var submit = Assert.Throws<InvalidTransitionException>(() => draft.Fire(OpportunityTrigger.Submit));
            var refused = new Decision(false, [new("HO.PCE_MEMBER", false, "Not a member."), new("HO.DEVELOPMENT_PATH", false, "未认证。")]);
            var offer = Assert.Throws<InvalidTransitionException>(() => OpportunityLifecycle.Offer(new OpportunityId("HO-1"), refused, clock));

            Assert.Equal(5, submit.Findings.Count);
            AssertReadsWell("Submit refusal", submit.Message);
            AssertReadsWell("Offer refusal", offer.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void AssertReadsWell(string name, string text)
    {
        Assert.False(ClashingPunctuation.IsMatch(text), $"{name}: clashing punctuation in \"{text}\"");
        Assert.False(ArticleBeforeVowel.IsMatch(text), $"{name}: \"a\" before a vowel sound in \"{text}\"");
        Assert.False(text.Contains("  ", StringComparison.Ordinal), $"{name}: a double space in \"{text}\"");
    }

    private static Dictionary<string, string> Set(CultureInfo culture) =>
        new ResourceManager("PartnerRules.Resources.Messages", typeof(PartnerRulesEngine).Assembly)
            .GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Text)> ConstantTexts(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string) && (f.IsLiteral || f.IsInitOnly))
            .Select(f => (type.Name + "." + f.Name, (string)f.GetValue(null)!));
}
