using System.Globalization;

namespace PartnerRules.Tests.Reference;

/// <summary>One message of the reference, written out in English and zh-CN.</summary>
internal sealed record ReferenceText(string English, string Chinese)
{
    /// <summary>The text in <paramref name="culture"/> (zh-CN or a culture under it: Chinese; any other: English), its figures filled invariantly.</summary>
    public string Format(CultureInfo culture, params object[] args)
    {
        var template = IsChinese(culture) ? Chinese : English;
        return string.Format(CultureInfo.InvariantCulture, template, args);
    }

    private static bool IsChinese(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (c.Name == "zh-CN")
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The reference's own message templates, literal, independent of the library's resources: a word changed or
/// a placeholder swapped in Messages.resx or Messages.zh-CN.resx makes the engine and the reference disagree.
/// </summary>
internal static class ReferenceTexts
{
    public static readonly ReferenceText HoPceMemberPassed = new(
        "Member of the PCE programme.",
        "已加入PCE计划。");

    public static readonly ReferenceText HoPceMemberFailed = new(
        "Not a member of the PCE programme; joining it is required.",
        "未加入PCE计划；需要加入该计划。");

    public static readonly ReferenceText HoSharesPassed = new(
        "{0} PO(s) updated since {1}; the newest update on {2}.",
        "自{1}起有{0}个PO更新，最近一次更新于{2}。");

    public static readonly ReferenceText HoSharesFailedStale = new(
        "No PO updated since {0}; the newest PO update was on {1}.",
        "自{0}起没有PO更新；最近一次PO更新于{1}。");

    public static readonly ReferenceText HoSharesFailedNone = new(
        "No PO updated since {0}; the partner has no PO update yet.",
        "自{0}起没有PO更新；伙伴尚无PO更新。");

    public static readonly ReferenceText HoPathDifferentiated = new(
        "Development path stage Differentiated.",
        "伙伴发展路径阶段：差异化。");

    public static readonly ReferenceText HoPathCertified = new(
        "Development path stage Certified: {0} of {1} required POs signed and delivered since {2}.",
        "伙伴发展路径阶段：已认证；自{2}起已签单并完成交付的PO为{0}个，要求{1}个。");

    public static readonly ReferenceText HoPathRegistered = new(
        "Development path stage Registered: stage Certified with {0} POs signed and delivered, or stage Differentiated, is required.",
        "伙伴发展路径阶段：已注册；需要达到差异化阶段，或达到已认证阶段且有{0}个已签单并完成交付的PO。");

    public static readonly ReferenceText StaffNotEnterprisePassed = new(
        "Not real-name verified as an enterprise user.",
        "未进行企业实名认证。");

    public static readonly ReferenceText StaffNotEnterpriseFailed = new(
        "Real-name verified as an enterprise user; only a personal account can be linked.",
        "已进行企业实名认证；只能关联个人账号。");

    public static readonly ReferenceText StaffNotLinkedElsewherePassed = new(
        "Not linked to another partner.",
        "未与其他伙伴关联。");

    public static readonly ReferenceText StaffNotLinkedElsewhereFailed = new(
        "Already linked to another partner: {0}.",
        "已与其他伙伴关联：{0}。");

    public static readonly ReferenceText StaffRealNamePassed = new(
        "Real-name verified (China site).",
        "已实名认证（中国站）。");

    public static readonly ReferenceText StaffRealNameFailed = new(
        "Not real-name verified; the China site requires real-name verification.",
        "未实名认证；中国站要求实名认证。");

    public static readonly ReferenceText StaffRealNameNotApplicable = new(
        "Does not apply: real-name verification is required on the China site only.",
        "不适用：仅中国站要求实名认证。");

    public static readonly ReferenceText StaffNotPartnerPassed = new(
        "Not a Huawei Cloud partner account.",
        "不是华为云伙伴账号。");

    public static readonly ReferenceText StaffNotPartnerFailed = new(
        "The account is a Huawei Cloud partner account; it cannot be linked as a project specialist.",
        "该账号是华为云伙伴账号，不能关联为项目专员。");

    public static readonly ReferenceText StaffLinkLimitPassed = new(
        "Linked with {0} distinct partner(s) since {1}, below the limit of {2}.",
        "自{1}起已与{0}个伙伴关联，未达到上限{2}个。");

    public static readonly ReferenceText StaffLinkLimitFailed = new(
        "Linked with {0} distinct partners since {1}, reaching the limit of {2}; the account can be linked again from {3}.",
        "自{1}起已与{0}个伙伴关联，达到上限{2}个；自{3}起可再次关联。");

    public static readonly ReferenceText StaffLinkLimitFailedOpen = new(
        "Linked with {0} distinct partners since {1}, reaching the limit of {2}; the account cannot be linked again while its current links stay active.",
        "自{1}起已与{0}个伙伴关联，达到上限{2}个；当前关联保持有效期间不能再次关联。");

    public static readonly ReferenceText IncentiveSpendPassed = new(
        "{0} of {1} months of spend reported; the spend period is complete.",
        "已报告{0}个月的消费，要求{1}个月；消费周期已完整。");

    public static readonly ReferenceText IncentiveSpendFailed = new(
        "{0} of {1} months of spend reported; the spend period is not complete.",
        "已报告{0}个月的消费，要求{1}个月；消费周期尚不完整。");

    public static readonly ReferenceText IncentiveSpendNotApplicable = new(
        "Does not apply: the incentive for an existing customer does not depend on monthly spend.",
        "不适用：老客户的激励不取决于月度消费。");

    public static readonly ReferenceText IncentiveCommitteePassed = new(
        "The ecosystem committee approved {0}.",
        "生态委员会已审批{0}。");

    public static readonly ReferenceText IncentiveCommitteeFailed = new(
        "No committee-approved amount: the acceleration incentive for an existing customer needs the amount the ecosystem committee approved.",
        "没有委员会审批金额：老客户的加速激励需要生态委员会审批的金额。");

    public static readonly ReferenceText IncentiveCommitteeNotApplicable = new(
        "Does not apply: only the acceleration incentive for an existing customer needs a committee approval.",
        "不适用：仅老客户的加速激励需要委员会审批。");

    public static readonly ReferenceText IncentivePriorCashPassed = new(
        "The customer had paid {0} before the opportunity was verified, within the new-customer limit of {1}.",
        "商机审核通过前客户已付现金{0}，未超过新客户上限{1}。");

    public static readonly ReferenceText IncentivePriorCashFailed = new(
        "The customer had paid {0} before the opportunity was verified, more than the new-customer limit of {1}: the customer is not new.",
        "商机审核通过前客户已付现金{0}，超过新客户上限{1}：该客户不是新客户。");

    public static readonly ReferenceText IncentivePriorCashNotChecked = new(
        "Not checked: the claim does not state the customer's cash paid before the opportunity was verified (new-customer limit {0}).",
        "未校验：申请未说明商机审核通过前客户已付的现金（新客户上限{0}）。");

    public static readonly ReferenceText IncentivePriorCashNotApplicable = new(
        "Does not apply: the new-customer limit on prior cash concerns new customers only.",
        "不适用：已付现金的新客户上限仅针对新客户。");
}
