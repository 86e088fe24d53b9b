using System;
using System.Globalization;
using System.Linq;
using System.Resources;
using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>Messages in English (neutral) and zh-CN, stating the deciding figures, independent of the current culture's formats.</summary>
public sealed class MessageTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    private static PartnerProfile TwoOfThree => Profile(PartnerStage.Certified, false,
        DeliveredPo(Time.Local(2025, 12, 1)), DeliveredPo(Time.Local(2026, 3, 1)), Po(Time.Local(2026, 8, 1)));

    [Fact]
    public void English_messages_state_the_figures_that_decided()
    {
        var decision = Engines.English.EvaluateHoEligibility(TwoOfThree, AsOf);

        Assert.Equal(
            new[]
            {
                "Not a member of the PCE programme; joining it is required.",
                "No PO updated since 2026-08-31; the newest PO update was on 2026-08-01.",
                "Development path stage Certified: 2 of 3 required POs signed and delivered since 2025-11-29.",
            },
            decision.Findings.Select(f => f.Message));
    }

    [Fact]
    public void Chinese_messages_state_the_same_figures()
    {
        var decision = Engines.Chinese.EvaluateHoEligibility(TwoOfThree, AsOf);

        Assert.Equal(
            new[]
            {
                "未加入PCE计划；需要加入该计划。",
                "自2026-08-31起没有PO更新；最近一次PO更新于2026-08-01。",
                "伙伴发展路径阶段：已认证；自2025-11-29起已签单并完成交付的PO为2个，要求3个。",
            },
            decision.Findings.Select(f => f.Message));
    }

    [Fact]
    public void The_chinese_link_limit_refusal_says_when_the_account_can_be_linked_again()
    {
        var account = Account(
            Link("P-2", Time.Local(2024, 1, 1), Time.Local(2025, 11, 29)),
            Link("P-3", Time.Local(2024, 1, 1), Time.Local(2026, 6, 1)),
            Link("P-4", Time.Local(2024, 1, 1), Time.Local(2026, 7, 1)));

        var decision = Engines.Chinese.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.Equal("自2025-11-29起已与3个伙伴关联，达到上限3个；自2026-11-30起可再次关联。", decision.Findings[4].Message);
    }

    [Fact]
    public void Chinese_incentive_messages_format_money_invariantly()
    {
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.Existing) { CommitteeApprovedAmount = Money.Cny(12_345.5m) };

        var decision = Engines.Chinese.EvaluateIncentive(claim);

        Assert.Equal("不适用：老客户的激励不取决于月度消费。", decision.Findings[0].Message);
        Assert.Equal("生态委员会已审批12345.50 CNY。", decision.Findings[1].Message);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Without_a_configured_culture_the_current_ui_culture_chooses_and_formats_never_depend_on_it(string name)
    {
        var engine = new PartnerRulesEngine();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            var account = Account(Link("P-2", Time.Local(2024, 1, 1), Time.Local(2025, 11, 29)), Link("P-3", Time.Local(2024, 1, 1), Time.Local(2026, 6, 1)),
                Link("P-4", Time.Local(2024, 1, 1), Time.Local(2026, 7, 1)));

            Assert.Equal(
                Engines.English.EvaluateHoEligibility(TwoOfThree, AsOf).Findings,
                engine.EvaluateHoEligibility(TwoOfThree, AsOf).Findings);
            Assert.Equal(
                Engines.English.EvaluateStaffLink(Inviting, account, AsOf).Findings,
                engine.EvaluateStaffLink(Inviting, account, AsOf).Findings);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void The_current_ui_culture_is_read_at_each_call()
    {
        var engine = new PartnerRulesEngine();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Engines.ChineseCulture;
            var chinese = engine.EvaluateStaffLink(Inviting, Account(), AsOf);
            CultureInfo.CurrentUICulture = Engines.EnglishCulture;
            var english = engine.EvaluateStaffLink(Inviting, Account(), AsOf);

            Assert.Equal("未与其他伙伴关联。", chinese.Findings[1].Message);
            Assert.Equal("Not linked to another partner.", english.Findings[1].Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Every_message_has_a_chinese_translation_with_the_same_placeholders()
    {
        var manager = new ResourceManager("PartnerRules.Resources.Messages", typeof(PartnerRulesEngine).Assembly);
        var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var chinese = manager.GetResourceSet(Engines.ChineseCulture, createIfNotExists: true, tryParents: false)!;

        var keys = neutral.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToList();
        var chineseKeys = chinese.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), chineseKeys.Order(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            var english = neutral.GetString(key)!;
            var translated = chinese.GetString(key);
            Assert.True(translated is not null, $"zh-CN lacks {key}");
            Assert.True(translated.Length > 0 || english.Trim().Length == 0, $"zh-CN text of {key} is empty");
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(english.Contains("{" + i + "}", StringComparison.Ordinal), translated!.Contains("{" + i + "}", StringComparison.Ordinal));
            }
        }
    }
}
