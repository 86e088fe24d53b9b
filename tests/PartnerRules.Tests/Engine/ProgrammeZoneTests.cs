using System.Globalization;
using NodaTime;
using PartnerRules.Tests.Eligibility;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// HO and staff-link decisions under a programme zone other than Shanghai (America/Sao_Paulo: UTC-3, and
/// UTC-2 in its historical summer time), at local instants just before and at midnight. The evaluation
/// instant, 22:00 local, is already the next day in UTC and in Shanghai, so a date taken in either shows.
/// </summary>
public sealed class ProgrammeZoneTests
{
    private static readonly DateTimeZone SaoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];
    private static readonly ProgramPolicy Policy = ProgramPolicy.Default with { TimeZone = SaoPaulo };

    private static PartnerRulesEngine Engine(string culture, ProgramPolicy? policy = null) =>
        new(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo(culture), Policy = policy ?? Policy });

    private static Instant Local(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(SaoPaulo).ToInstant();

    [Theory]
    [InlineData(23, 59, 59, false)] // 2018-01-15 locally (summer time, 01:59:59 UTC on the 16th): before the window
    [InlineData(0, 0, 0, true)]     // 2018-01-16 locally: the window's first day
    public void An_update_counts_on_its_local_date_in_the_programme_zone(int hour, int minute, int second, bool passed)
    {
        var updatedAt = hour == 0 ? Local(2018, 1, 16, 0) : Local(2018, 1, 15, hour, minute, second);
        var profile = Profile(PartnerStage.Differentiated, true, Po(updatedAt));

        var finding = Engine("en-US").EvaluateHoEligibility(profile, Local(2018, 4, 16, 22)).Findings[1];

        Assert.Equal(passed, finding.Passed);
        Assert.Equal(new LocalDate(2018, 1, 16), finding.WindowStart);
    }

    [Fact]
    public void The_shares_text_names_the_count_the_window_start_and_the_newest_update_in_both_languages()
    {
        var profile = Profile(PartnerStage.Differentiated, true, Po(Local(2018, 1, 16, 0)), Po(Local(2018, 2, 1, 9)));

        Assert.Equal("2 PO(s) updated since 2018-01-16; the newest update on 2018-02-01.", Engine("en-US").EvaluateHoEligibility(profile, Local(2018, 4, 16, 22)).Findings[1].Message);
        Assert.Equal("自2018-01-16起有2个PO更新，最近一次更新于2018-02-01。", Engine("zh-CN").EvaluateHoEligibility(profile, Local(2018, 4, 16, 22)).Findings[1].Message);
    }

    [Theory]
    [InlineData(false, false)] // delivered 2023-04-15 23:59:59 locally (02:59:59 UTC on the 16th): before the window
    [InlineData(true, true)]   // delivered 2023-04-16 00:00 locally: the first day of [2024-04-16 - 12 months, 2024-04-16]
    public void A_delivery_counts_on_its_local_date_and_the_window_is_twelve_months_not_365_days(bool atMidnight, bool passed)
    {
        var edge = atMidnight ? Local(2023, 4, 16, 0) : Local(2023, 4, 15, 23, 59, 59);
        var profile = Certified([DeliveredPo(Local(2024, 1, 10, 9)), DeliveredPo(Local(2024, 2, 10, 9)), DeliveredPo(edge)]);

        var finding = Engine("en-US").EvaluateHoEligibility(profile, Local(2024, 4, 16, 22)).Findings[2];

        Assert.Equal(passed, finding.Passed);
        Assert.Equal(new LocalDate(2023, 4, 16), finding.WindowStart);
    }

    [Fact]
    public void A_po_signed_after_the_evaluation_instant_does_not_count_yet()
    {
        var asOf = Local(2024, 4, 16, 22);
        var profile = Certified([DeliveredPo(Local(2024, 1, 10, 9)), DeliveredPo(Local(2024, 2, 10, 9)), Po(Local(2024, 3, 1, 9), asOf + Duration.FromHours(1), Local(2024, 3, 1, 9))]);

        Assert.False(Engine("en-US").EvaluateHoEligibility(profile, asOf).Findings[2].Passed);
    }

    [Fact]
    public void A_huawei_originated_delivery_does_not_count_towards_the_development_path()
    {
        var profile = Certified([DeliveredPo(Local(2024, 1, 10, 9)), DeliveredPo(Local(2024, 2, 10, 9)), Ho(Local(2024, 3, 1, 9), Local(2024, 2, 1, 9), Local(2024, 3, 1, 9))]);

        Assert.False(Engine("en-US").EvaluateHoEligibility(profile, Local(2024, 4, 16, 22)).Findings[2].Passed);
    }

    [Fact]
    public void An_update_after_the_evaluation_instant_does_not_count_yet()
    {
        var asOf = Local(2024, 4, 16, 22);
        var profile = Profile(PartnerStage.Differentiated, true, Po(asOf + Duration.FromHours(1)));

        Assert.False(Engine("en-US").EvaluateHoEligibility(profile, asOf).Findings[1].Passed);
    }

    [Fact]
    public void The_delivery_window_is_the_policys_delivered_po_window()
    {
        var policy = Policy with { DeliveredPoWindow = Period.FromMonths(6) };
        var profile = Certified([DeliveredPo(Local(2024, 1, 10, 9)), DeliveredPo(Local(2024, 2, 10, 9)), DeliveredPo(Local(2023, 9, 1, 9))]);

        var finding = Engine("en-US", policy).EvaluateHoEligibility(profile, Local(2024, 4, 16, 22)).Findings[2];

        Assert.False(finding.Passed);
        Assert.Equal(new LocalDate(2023, 10, 16), finding.WindowStart);
    }

    [Theory]
    [InlineData(false, true)] // unlinked 2017-04-15 23:59:59 locally (02:59:59 UTC on the 16th): before the window
    [InlineData(true, false)] // unlinked 2017-04-16 00:00 locally: the window's first day, counted
    public void An_unlink_counts_on_its_local_date_in_the_programme_zone(bool atMidnight, bool passed)
    {
        var account = Account(
            Link("P-2", Local(2015, 1, 1, 9), atMidnight ? Local(2017, 4, 16, 0) : Local(2017, 4, 15, 23, 59, 59)),
            Link("P-3", Local(2017, 6, 1, 9)),
            Link("P-4", Local(2017, 7, 1, 9)));

        var finding = Engine("en-US").EvaluateStaffLink(Inviting, account, Local(2018, 4, 16, 22)).Findings[4];

        Assert.Equal(passed, finding.Passed);
        Assert.Equal(new LocalDate(2017, 4, 16), finding.WindowStart);
    }

    [Fact]
    public void The_link_limit_text_names_the_count_the_window_start_and_the_limit_in_both_languages()
    {
        var account = Account(Link("P-2", Local(2017, 6, 1, 9)), Link("P-3", Local(2017, 7, 1, 9)));

        Assert.Equal("Linked with 2 distinct partner(s) since 2017-04-16, below the limit of 3.", Engine("en-US").EvaluateStaffLink(Inviting, account, Local(2018, 4, 16, 22)).Findings[4].Message);
        Assert.Equal("自2017-04-16起已与2个伙伴关联，未达到上限3个。", Engine("zh-CN").EvaluateStaffLink(Inviting, account, Local(2018, 4, 16, 22)).Findings[4].Message);
    }

    [Fact]
    public void A_link_made_after_the_evaluation_instant_does_not_count_yet()
    {
        var asOf = Local(2018, 4, 16, 22);
        var account = Account(Link("P-2", Local(2017, 6, 1, 9)), Link("P-3", Local(2017, 7, 1, 9)), Link("P-4", asOf + Duration.FromHours(1)));

        Assert.True(Engine("en-US").EvaluateStaffLink(Inviting, account, asOf).Findings[4].Passed);
    }

    [Fact]
    public void The_link_window_is_the_policys_staff_link_window()
    {
        var policy = Policy with { StaffLinkWindow = Period.FromMonths(6) };
        var account = Account(Link("P-2", Local(2016, 1, 1, 9), Local(2017, 9, 1, 9)), Link("P-3", Local(2017, 6, 1, 9)), Link("P-4", Local(2017, 7, 1, 9)));

        var finding = Engine("en-US", policy).EvaluateStaffLink(Inviting, account, Local(2018, 4, 16, 22)).Findings[4];

        Assert.True(finding.Passed);
        Assert.Equal(new LocalDate(2017, 10, 16), finding.WindowStart);
    }
}
