using System;
using System.Collections.Generic;
using System.Globalization;

namespace PartnerRules.Cli;

/// <summary>The tool's own words, in English and Simplified Chinese; a missing key fails loudly.</summary>
internal static class Texts
{
    internal static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["approved"] = "eligible",
        ["refused"] = "not eligible",
        ["partner"] = "Partner",
        ["verdict"] = "Verdict",
        ["failing"] = "Failing criteria",
        ["changesOn"] = "Changes on",
        ["summary"] = "{0} decided: {1} eligible, {2} not eligible; {3} invalid records.",
        ["more"] = "... {0} more rows (use --out or --report for all of them).",
        ["claim"] = "Claim",
        ["granted"] = "approved",
        ["denied"] = "refused",
        ["yes"] = "yes",
        ["payable"] = "Payable",
        ["cap"] = "Cap",
        ["capped"] = "Capped",
        ["incentiveSummary"] = "{0} claims decided: {1} approved, {2} refused, {3} capped; {4} invalid records.",
        ["deciding"] = "Deciding",
        ["title"] = "PartnerRules report: HO eligibility",
        ["asOf"] = "as of",
        ["byVerdict"] = "Partners by verdict",
        ["byCriterion"] = "Failing criteria",
        ["changesSoon"] = "Verdicts that change in the next {0} days",
        ["partners"] = "Partners",
        ["search"] = "Search partner, code or message",
        ["shown"] = "shown",
        ["diagrams"] = "Lifecycles",
        ["days"] = "date",
        ["count"] = "partners",
        ["none"] = "none",
        ["findings"] = "Findings (failing)",
        ["becomesEligible"] = "becomes eligible",
        ["losesEligibility"] = "loses eligibility",
        ["subtitle"] = "As of {0} ({1}); {2} partners decided, {3} invalid records.",
        ["decided"] = "decided",
        ["wrote"] = "Wrote {0}",
        ["whatIfTitle"] = "PartnerRules report: policy impact",
        ["whatIfHeading"] = "What-if: proposal {0} against {1}, as of {2}.",
        ["whatIf"] = "What-if: proposal against the policy in force",
        ["baseline"] = "Baseline",
        ["proposal"] = "Proposal",
        ["changed"] = "Changed criteria",
        ["difference"] = "Difference",
        ["evaluated"] = "evaluated",
        ["newlyEligible"] = "newly eligible",
        ["newlyNotEligible"] = "newly not eligible",
        ["newlyApproved"] = "newly approved",
        ["newlyRefused"] = "newly refused",
        ["changes"] = "changed",
        ["hoImpact"] = "HO eligibility: {0} evaluated, {1} newly eligible, {2} newly not eligible, {3} changed.",
        ["claimImpact"] = "Incentive claims: {0} evaluated, {1} newly approved, {2} newly refused, {3} changed.",
        ["moreChanges"] = "... {0} more changes (use --out or --report for all of them).",
        ["hoChanges"] = "Partners whose decision changes",
        ["claimChanges"] = "Claims whose decision changes",
        ["changedByCriterion"] = "Criteria whose result changes",
        ["hoEligibility"] = "HO eligibility",
        ["incentiveClaims"] = "Incentive claims",
    };

    internal static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["approved"] = "符合",
        ["refused"] = "不符合",
        ["partner"] = "伙伴",
        ["verdict"] = "结论",
        ["failing"] = "未满足的条件",
        ["changesOn"] = "变化日期",
        ["summary"] = "已判定 {0} 个：{1} 个符合，{2} 个不符合；{3} 条无效记录。",
        ["more"] = "……另有 {0} 行（使用 --out 或 --report 查看全部）。",
        ["claim"] = "申请",
        ["granted"] = "批准",
        ["denied"] = "拒绝",
        ["yes"] = "是",
        ["payable"] = "应付",
        ["cap"] = "上限",
        ["capped"] = "已封顶",
        ["incentiveSummary"] = "已判定 {0} 个申请：{1} 个批准，{2} 个拒绝，{3} 个封顶；{4} 条无效记录。",
        ["deciding"] = "判定中",
        ["title"] = "PartnerRules 报告：HO 资格",
        ["asOf"] = "判定时间",
        ["byVerdict"] = "按结论统计伙伴",
        ["byCriterion"] = "未满足的条件",
        ["changesSoon"] = "未来 {0} 天内结论将变化",
        ["partners"] = "伙伴",
        ["search"] = "搜索伙伴、代码或说明",
        ["shown"] = "显示",
        ["diagrams"] = "生命周期",
        ["days"] = "日期",
        ["count"] = "伙伴数",
        ["none"] = "无",
        ["findings"] = "结论说明（未满足）",
        ["becomesEligible"] = "将变为符合",
        ["losesEligibility"] = "将变为不符合",
        ["subtitle"] = "判定时间 {0}（{1}）；已判定 {2} 个伙伴，{3} 条无效记录。",
        ["decided"] = "已判定",
        ["wrote"] = "已写入 {0}",
        ["whatIfTitle"] = "PartnerRules 报告：政策影响",
        ["whatIfHeading"] = "假设分析：提案 {0} 对比 {1}，判定时间 {2}。",
        ["whatIf"] = "假设分析：提案对比现行政策",
        ["baseline"] = "现行",
        ["proposal"] = "提案",
        ["changed"] = "变化的条件",
        ["difference"] = "差额",
        ["evaluated"] = "已评估",
        ["newlyEligible"] = "新增符合",
        ["newlyNotEligible"] = "新增不符合",
        ["newlyApproved"] = "新增批准",
        ["newlyRefused"] = "新增拒绝",
        ["changes"] = "有变化",
        ["hoImpact"] = "HO 资格：评估 {0} 个，{1} 个新增符合，{2} 个新增不符合，{3} 个有变化。",
        ["claimImpact"] = "激励申请：评估 {0} 个，{1} 个新增批准，{2} 个新增拒绝，{3} 个有变化。",
        ["moreChanges"] = "……另有 {0} 项变化（使用 --out 或 --report 查看全部）。",
        ["hoChanges"] = "结论有变化的伙伴",
        ["claimChanges"] = "结论有变化的申请",
        ["changedByCriterion"] = "结果有变化的条件",
        ["hoEligibility"] = "HO 资格",
        ["incentiveClaims"] = "激励申请",
    };

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/> (zh* reads Chinese).</summary>
    internal static string Get(string key, CultureInfo culture)
    {
        var table = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
        return table.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"The tool has no text '{key}' for {culture.Name}.");
    }

    internal static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(key, culture), args);
}
