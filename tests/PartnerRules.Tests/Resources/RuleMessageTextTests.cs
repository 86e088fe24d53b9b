using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Resources;

/// <summary>
/// Every finding message of the engine, literal, in English and zh-CN: one row per message template, with
/// figures that differ from each other, so a swapped placeholder in either language, a changed word or a
/// lost translation fails on the row that shows it (these rows are written out, never formatted from the
/// library's templates).
/// </summary>
public sealed class RuleMessageTextTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    [Theory]
    [InlineData("eligible", 0, "Member of the PCE programme.", "已加入PCE计划。")]
    [InlineData("two-of-three", 0, "Not a member of the PCE programme; joining it is required.", "未加入PCE计划；需要加入该计划。")]
    [InlineData("eligible", 1, "1 PO(s) updated since 2026-08-31; the newest update on 2026-11-02.", "自2026-08-31起有1个PO更新，最近一次更新于2026-11-02。")]
    [InlineData("two-of-three", 1, "No PO updated since 2026-08-31; the newest PO update was on 2026-08-01.", "自2026-08-31起没有PO更新；最近一次PO更新于2026-08-01。")]
    [InlineData("registered", 1, "No PO updated since 2026-08-31; the partner has no PO update yet.", "自2026-08-31起没有PO更新；伙伴尚无PO更新。")]
    [InlineData("differentiated", 2, "Development path stage Differentiated.", "伙伴发展路径阶段：差异化。")]
    [InlineData("two-of-three", 2, "Development path stage Certified: 2 of 3 required POs signed and delivered since 2025-11-29.", "伙伴发展路径阶段：已认证；自2025-11-29起已签单并完成交付的PO为2个，要求3个。")]
    [InlineData("registered", 2, "Development path stage Registered: stage Certified with 3 POs signed and delivered, or stage Differentiated, is required.", "伙伴发展路径阶段：已注册；需要达到差异化阶段，或达到已认证阶段且有3个已签单并完成交付的PO。")]
    public void Each_ho_message_reads_literally_in_both_languages(string partner, int index, string english, string chinese)
    {
        var profile = partner switch
        {
            "eligible" => Profile(PartnerStage.Certified, true, DeliveredPo(Time.Local(2025, 12, 1)), DeliveredPo(Time.Local(2026, 3, 1)), DeliveredPo(Time.Local(2026, 6, 1)), Po(Time.Local(2026, 11, 2))),
            "two-of-three" => Profile(PartnerStage.Certified, false, DeliveredPo(Time.Local(2025, 12, 1)), DeliveredPo(Time.Local(2026, 3, 1)), Po(Time.Local(2026, 8, 1))),
            "differentiated" => Profile(PartnerStage.Differentiated, true),
            _ => Profile(PartnerStage.Registered, true),
        };

        Assert.Equal(english, Engines.English.EvaluateHoEligibility(profile, AsOf).Findings[index].Message);
        Assert.Equal(chinese, Engines.Chinese.EvaluateHoEligibility(profile, AsOf).Findings[index].Message);
    }

    [Theory]
    [InlineData("clean", 0, "Not real-name verified as an enterprise user.", "未进行企业实名认证。")]
    [InlineData("refused", 0, "Real-name verified as an enterprise user; only a personal account can be linked.", "已进行企业实名认证；只能关联个人账号。")]
    [InlineData("clean", 1, "Not linked to another partner.", "未与其他伙伴关联。")]
    [InlineData("refused", 1, "Already linked to another partner: P-2, P-3, P-4.", "已与其他伙伴关联：P-2, P-3, P-4。")]
    [InlineData("clean", 2, "Real-name verified (China site).", "已实名认证（中国站）。")]
    [InlineData("refused", 2, "Not real-name verified; the China site requires real-name verification.", "未实名认证；中国站要求实名认证。")]
    [InlineData("international", 2, "Does not apply: real-name verification is required on the China site only.", "不适用：仅中国站要求实名认证。")]
    [InlineData("clean", 3, "Not a Huawei Cloud partner account.", "不是华为云伙伴账号。")]
    [InlineData("refused", 3, "The account is a Huawei Cloud partner account; it cannot be linked as a project specialist.", "该账号是华为云伙伴账号，不能关联为项目专员。")]
    [InlineData("international", 4, "Linked with 1 distinct partner(s) since 2025-11-29, below the limit of 3.", "自2025-11-29起已与1个伙伴关联，未达到上限3个。")]
    [InlineData("until", 4, "Linked with 3 distinct partners since 2025-11-29, reaching the limit of 2; the account can be linked again from 2027-06-02.", "自2025-11-29起已与3个伙伴关联，达到上限2个；自2027-06-02起可再次关联。")]
    [InlineData("refused", 4, "Linked with 3 distinct partners since 2025-11-29, reaching the limit of 2; the account cannot be linked again while its current links stay active.", "自2025-11-29起已与3个伙伴关联，达到上限2个；当前关联保持有效期间不能再次关联。")]
    public void Each_staff_link_message_reads_literally_in_both_languages(string account, int index, string english, string chinese)
    {
        // Limits other than the count (2 against 3 partners) so that a swapped count and limit shows.
        var limit = account is "until" or "refused" ? 2 : 3;
        var subject = account switch
        {
            "clean" => Account(),
            "international" => Account(Link("P-9", Time.Local(2026, 1, 5), Time.Local(2026, 2, 5))) with { Site = Site.International, IsRealNameVerified = false },
            "until" => Account(
                Link("P-2", Time.Local(2024, 1, 1), Time.Local(2025, 11, 29)),
                Link("P-3", Time.Local(2024, 1, 1), Time.Local(2026, 6, 1)),
                Link("P-4", Time.Local(2024, 1, 1), Time.Local(2026, 7, 1))),
            _ => Account(Link("P-2", Time.Local(2024, 1, 1)), Link("P-3", Time.Local(2025, 1, 1)), Link("P-4", Time.Local(2026, 1, 1))) with
            {
                IsEnterpriseVerified = true,
                IsRealNameVerified = false,
                IsPartnerAccount = true,
            },
        };
        var policy = ProgramPolicy.Default with { StaffLinkPartnerLimit = limit };

        Assert.Equal(english, Engine(policy, Engines.EnglishCulture).EvaluateStaffLink(Inviting, subject, AsOf).Findings[index].Message);
        Assert.Equal(chinese, Engine(policy, Engines.ChineseCulture).EvaluateStaffLink(Inviting, subject, AsOf).Findings[index].Message);
    }

    [Theory]
    [InlineData("new-complete", 0, "7 of 7 months of spend reported; the spend period is complete.", "已报告7个月的消费，要求7个月；消费周期已完整。")]
    [InlineData("new-short", 0, "2 of 7 months of spend reported; the spend period is not complete.", "已报告2个月的消费，要求7个月；消费周期尚不完整。")]
    [InlineData("existing-approved", 0, "Does not apply: the incentive for an existing customer does not depend on monthly spend.", "不适用：老客户的激励不取决于月度消费。")]
    [InlineData("existing-approved", 1, "The ecosystem committee approved 12345.50 CNY.", "生态委员会已审批12345.50 CNY。")]
    [InlineData("existing-unapproved", 1, "No committee-approved amount: the acceleration incentive for an existing customer needs the amount the ecosystem committee approved.", "没有委员会审批金额：老客户的加速激励需要生态委员会审批的金额。")]
    [InlineData("new-complete", 1, "Does not apply: only the acceleration incentive for an existing customer needs a committee approval.", "不适用：仅老客户的加速激励需要委员会审批。")]
    [InlineData("new-complete", 2, "The customer had paid 800.00 CNY before the opportunity was verified, within the new-customer limit of 1000.00 CNY.", "商机审核通过前客户已付现金800.00 CNY，未超过新客户上限1000.00 CNY。")]
    [InlineData("new-short", 2, "The customer had paid 1500.00 CNY before the opportunity was verified, more than the new-customer limit of 1000.00 CNY: the customer is not new.", "商机审核通过前客户已付现金1500.00 CNY，超过新客户上限1000.00 CNY：该客户不是新客户。")]
    [InlineData("new-unstated", 2, "Not checked: the claim does not state the customer's cash paid before the opportunity was verified (new-customer limit 1000.00 CNY).", "未校验：申请未说明商机审核通过前客户已付的现金（新客户上限1000.00 CNY）。")]
    [InlineData("existing-approved", 2, "Does not apply: the new-customer limit on prior cash concerns new customers only.", "不适用：已付现金的新客户上限仅针对新客户。")]
    public void Each_incentive_message_reads_literally_in_both_languages(string claim, int index, string english, string chinese)
    {
        // Acceleration for a new customer needs 7 months here, so the reported and the required months differ.
        var policy = ProgramPolicy.Default with { AccelerationNewCustomerSpendMonths = 7 };
        var newCustomer = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.New);
        var existing = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.Existing);
        var subject = claim switch
        {
            "new-complete" => newCustomer with { MonthlySpend = Months(8), CustomerPriorCash = Money.Cny(800m) },
            "new-short" => newCustomer with { MonthlySpend = Months(2), CustomerPriorCash = Money.Cny(1500m) },
            "new-unstated" => newCustomer,
            "existing-approved" => existing with { CommitteeApprovedAmount = Money.Cny(12_345.5m) },
            _ => existing,
        };

        Assert.Equal(english, Engine(policy, Engines.EnglishCulture).EvaluateIncentive(subject).Findings[index].Message);
        Assert.Equal(chinese, Engine(policy, Engines.ChineseCulture).EvaluateIncentive(subject).Findings[index].Message);
    }

    private static Money[] Months(int count)
    {
        var months = new Money[count];
        System.Array.Fill(months, Money.Cny(1_000m));
        return months;
    }

    private static PartnerRulesEngine Engine(ProgramPolicy policy, System.Globalization.CultureInfo culture) =>
        new(new PartnerRulesOptions { Policy = policy, Culture = culture });
}
