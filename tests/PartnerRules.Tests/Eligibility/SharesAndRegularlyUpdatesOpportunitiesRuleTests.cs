using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;

namespace PartnerRules.Tests.Eligibility;

/// <summary>HO.SHARES_OPPORTUNITIES: a PO updated within [d - 90 days, d]; as of 2026-11-29 the window starts on 2026-08-31.</summary>
public sealed class SharesAndRegularlyUpdatesOpportunitiesRuleTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    private static Decision Evaluate(Instant asOf, params OpportunityRecord[] opportunities) =>
        Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Differentiated, true, opportunities), asOf);

    [Theory]
    [InlineData(2026, 8, 31, true)]   // first day in the window
    [InlineData(2026, 11, 29, true)]  // last day: today, earlier than asOf
    [InlineData(2026, 8, 30, false)]  // one day out
    [InlineData(2025, 11, 29, false)]
    public void A_po_update_counts_from_the_windows_first_day_to_today(int year, int month, int day, bool passed)
    {
        var decision = Evaluate(AsOf, Po(Time.Local(year, month, day, 9)));

        Assert.Equal("HO.SHARES_OPPORTUNITIES", decision.Findings[1].Code);
        Assert.Equal(passed, decision.Findings[1].Passed);
        Assert.Equal(passed, decision.IsApproved);
    }

    [Theory]
    [InlineData(15, 59, 59, false)] // 2026-08-30 23:59:59 in Shanghai: outside
    [InlineData(16, 0, 0, true)]    // 2026-08-31 00:00:00 in Shanghai: the window's first day
    public void The_window_starts_at_the_programmes_midnight_which_is_16_00_utc(int hour, int minute, int second, bool passed)
    {
        var decision = Evaluate(AsOf, Po(Time.Utc(2026, 8, 30, hour, minute, second)));

        Assert.Equal(passed, decision.Findings[1].Passed);
    }

    [Theory]
    [InlineData(15, 59, 59, true)] // still 2026-11-28 in Shanghai: the window starts on 2026-08-30
    [InlineData(16, 0, 0, false)]  // 2026-11-29 in Shanghai: the window starts on 2026-08-31
    public void The_evaluation_date_turns_at_the_programmes_midnight(int hour, int minute, int second, bool passed)
    {
        var decision = Evaluate(Time.Utc(2026, 11, 28, hour, minute, second), Po(Time.Local(2026, 8, 30, 12)));

        Assert.Equal(passed, decision.Findings[1].Passed);
    }

    [Fact]
    public void Huawei_originated_opportunities_do_not_count_as_shared()
    {
        var decision = Evaluate(AsOf, Ho(AsOf - Duration.FromHours(1)));

        Assert.False(decision.Findings[1].Passed);
        Assert.Equal("No PO updated since 2026-08-31; the partner has no PO update yet.", decision.Findings[1].Message);
    }

    [Fact]
    public void A_stale_po_is_reported_with_its_last_update()
    {
        var decision = Evaluate(AsOf, Po(Time.Local(2026, 8, 30)));

        Assert.Equal("No PO updated since 2026-08-31; the newest PO update was on 2026-08-30.", decision.Findings[1].Message);
        Assert.Null(decision.ChangesOn);
    }

    [Fact]
    public void An_eligible_partner_learns_the_day_its_newest_po_update_grows_too_old()
    {
        var decision = Evaluate(AsOf, Po(Time.Local(2026, 8, 31)), Po(Time.Local(2026, 9, 2)));

        Assert.True(decision.IsApproved);
        Assert.Equal("2 PO(s) updated since 2026-08-31; the newest update on 2026-09-02.", decision.Findings[1].Message);
        Assert.Equal(new LocalDate(2026, 12, 2), decision.ChangesOn);
        Flip.AssertExact(decision, AsOf, t => Evaluate(t, Po(Time.Local(2026, 8, 31)), Po(Time.Local(2026, 9, 2))));
    }

    [Fact]
    public void An_update_later_today_has_not_happened_yet_but_flips_the_verdict_today()
    {
        var later = Po(AsOf + Duration.FromHours(1));

        var decision = Evaluate(AsOf, later);

        Assert.False(decision.IsApproved);
        Assert.Equal(new LocalDate(2026, 11, 29), decision.ChangesOn);
    }

    [Fact]
    public void An_update_at_the_evaluation_instant_has_happened()
    {
        Assert.True(Evaluate(AsOf, Po(AsOf)).IsApproved);
    }

    [Fact]
    public void A_future_update_flips_a_refusal_on_its_local_date()
    {
        var future = Po(Time.Utc(2026, 12, 24, 16, 0, 0)); // 2026-12-25 00:00 in Shanghai

        var decision = Evaluate(AsOf, future);

        Assert.False(decision.IsApproved);
        Assert.Equal(new LocalDate(2026, 12, 25), decision.ChangesOn);
        Flip.AssertExact(decision, AsOf, t => Evaluate(t, future));
    }
}
