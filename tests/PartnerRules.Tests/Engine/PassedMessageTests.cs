using System.Linq;
using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// The messages of passing criteria, pinned literally in both languages: each states several figures, so
/// a template with its placeholders in the wrong order, or a rule passing them in the wrong order, fails.
/// </summary>
public sealed class PassedMessageTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    private static PartnerProfile Eligible => Profile(PartnerStage.Certified, true,
        DeliveredPo(Time.Local(2025, 12, 1)), DeliveredPo(Time.Local(2026, 3, 1)), DeliveredPo(Time.Local(2026, 6, 1)), Po(Time.Local(2026, 11, 2)));

    private static PersonalAccount LinkedOnceBefore => Account(Link("P-9", Time.Local(2026, 1, 5), Time.Local(2026, 2, 5)));

    [Fact]
    public void Passing_ho_criteria_state_their_figures_in_english()
    {
        var decision = Engines.English.EvaluateHoEligibility(Eligible, AsOf);

        Assert.Equal(
            new[]
            {
                "Member of the PCE programme.",
                "1 PO(s) updated since 2026-08-31; the newest update on 2026-11-02.",
                "Development path stage Certified: 3 of 3 required POs signed and delivered since 2025-11-29.",
            },
            decision.Findings.Select(f => f.Message));
    }

    [Fact]
    public void Passing_ho_criteria_state_their_figures_in_chinese()
    {
        var decision = Engines.Chinese.EvaluateHoEligibility(Eligible, AsOf);

        Assert.Equal(
            new[]
            {
                "已加入PCE计划。",
                "自2026-08-31起有1个PO更新，最近一次更新于2026-11-02。",
                "伙伴发展路径阶段：已认证；自2025-11-29起已签单并完成交付的PO为3个，要求3个。",
            },
            decision.Findings.Select(f => f.Message));
    }

    [Fact]
    public void A_passing_link_limit_states_its_figures_in_both_languages()
    {
        var english = Engines.English.EvaluateStaffLink(Inviting, LinkedOnceBefore, AsOf);
        var chinese = Engines.Chinese.EvaluateStaffLink(Inviting, LinkedOnceBefore, AsOf);

        Assert.Equal("Linked with 1 distinct partner(s) since 2025-11-29, below the limit of 3.", english.Findings[4].Message);
        Assert.Equal("自2025-11-29起已与1个伙伴关联，未达到上限3个。", chinese.Findings[4].Message);
    }
}
