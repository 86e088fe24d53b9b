using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.StaffLinks;

/// <summary>STAFF.LINK_LIMIT: fewer than 3 distinct partners linked within [d - 1 year, d]; as of 2026-11-29 the window starts on 2025-11-29.</summary>
public sealed class LinkLimitWithinOneYearRuleTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);
    private static readonly Instant LongAgo = Time.Local(2022, 1, 1);

    [Theory]
    [InlineData(2025, 11, 29, false)] // unlinked on the window's first day: counted
    [InlineData(2026, 11, 29, false)] // unlinked today
    [InlineData(2025, 11, 28, true)]  // one day before the window: not counted
    public void A_link_counts_when_it_was_active_on_any_day_of_the_window(int year, int month, int day, bool passed)
    {
        var account = Account(
            Link("P-2", LongAgo, Time.Local(year, month, day, 9)),
            Link("P-3", LongAgo, Time.Local(2026, 6, 1)),
            Link("P-4", LongAgo, Time.Local(2026, 6, 1)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.Equal("STAFF.LINK_LIMIT", decision.Findings[4].Code);
        Assert.Equal(passed, decision.Findings[4].Passed);
        Assert.Equal(passed, decision.IsApproved);
    }

    [Theory]
    [InlineData(15, 59, 59, true)] // 2025-11-28 23:59:59 in Shanghai: before the window
    [InlineData(16, 0, 0, false)]  // 2025-11-29 00:00:00 in Shanghai: the window's first day
    public void Unlink_dates_are_local_to_the_programme_zone(int hour, int minute, int second, bool passed)
    {
        var account = Account(
            Link("P-2", LongAgo, Time.Utc(2025, 11, 28, hour, minute, second)),
            Link("P-3", LongAgo, Time.Local(2026, 6, 1)),
            Link("P-4", LongAgo, Time.Local(2026, 6, 1)));

        Assert.Equal(passed, Engines.English.EvaluateStaffLink(Inviting, account, AsOf).Findings[4].Passed);
    }

    [Fact]
    public void A_refusal_says_from_which_date_the_account_can_be_linked_again()
    {
        var account = Account(
            Link("P-2", LongAgo, Time.Local(2025, 11, 29)),
            Link("P-3", LongAgo, Time.Local(2026, 6, 1)),
            Link("P-4", LongAgo, Time.Local(2026, 7, 1)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.Equal(
            new Finding(FindingCodes.StaffLinkLimit, false, "Linked with 3 distinct partners since 2025-11-29, reaching the limit of 3; the account can be linked again from 2026-11-30.")
            {
                Count = 3,
                Limit = 3,
                WindowStart = new NodaTime.LocalDate(2025, 11, 29),
                PassesOn = new NodaTime.LocalDate(2026, 11, 30),
            },
            decision.Findings[4]);
        Assert.Equal(new LocalDate(2026, 11, 30), decision.ChangesOn);
        Flip.AssertExact(decision, AsOf, t => Engines.English.EvaluateStaffLink(Inviting, account, t));
    }

    [Fact]
    public void The_inviting_partners_own_earlier_link_counts_like_any_other()
    {
        var account = Account(
            Link("P-1", LongAgo, Time.Local(2026, 1, 1)),
            Link("P-2", LongAgo, Time.Local(2026, 6, 1)),
            Link("P-3", LongAgo, Time.Local(2026, 7, 1)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.False(decision.Findings[4].Passed);
        Assert.Equal(new LocalDate(2027, 1, 2), decision.ChangesOn);
    }

    [Fact]
    public void Several_links_to_one_partner_count_once()
    {
        var account = Account(
            Link("P-2", LongAgo, Time.Local(2026, 1, 1)),
            Link("P-2", Time.Local(2026, 2, 1), Time.Local(2026, 3, 1)),
            Link("P-3", LongAgo, Time.Local(2026, 7, 1)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.Equal("Linked with 2 distinct partner(s) since 2025-11-29, below the limit of 3.", decision.Findings[4].Message);
        Assert.True(decision.IsApproved);
    }

    [Fact]
    public void Active_links_keep_the_count_with_no_date_to_link_again()
    {
        var account = Account(Link("P-1", LongAgo), Link("P-2", LongAgo), Link("P-3", LongAgo));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.Equal(
            "Linked with 3 distinct partners since 2025-11-29, reaching the limit of 3; the account cannot be linked again while its current links stay active.",
            decision.Findings[4].Message);
        Assert.Null(decision.ChangesOn);
    }

    [Fact]
    public void An_unlink_on_29_february_leaves_the_one_year_window_on_1_march()
    {
        var asOf = Time.Local(2025, 2, 28); // window [2024-02-28, 2025-02-28]
        var account = Account(
            Link("P-2", LongAgo, Time.Local(2024, 2, 29)),
            Link("P-3", LongAgo, Time.Local(2024, 12, 1)),
            Link("P-4", LongAgo, Time.Local(2024, 12, 1)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, asOf);

        Assert.False(decision.IsApproved);
        Assert.Equal(new LocalDate(2025, 3, 1), decision.ChangesOn);
        Assert.EndsWith("can be linked again from 2025-03-01.", decision.Findings[4].Message, System.StringComparison.Ordinal);
        Flip.AssertExact(decision, asOf, t => Engines.English.EvaluateStaffLink(Inviting, account, t));
    }

    [Fact]
    public void An_unlink_on_28_february_still_counts_on_the_next_leap_day()
    {
        var asOf = Time.Local(2024, 2, 20);
        var account = Account(
            Link("P-2", LongAgo, Time.Local(2023, 2, 28)),
            Link("P-3", LongAgo, Time.Local(2023, 12, 1)),
            Link("P-4", LongAgo, Time.Local(2023, 12, 1)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, asOf);

        Assert.Equal(new LocalDate(2024, 3, 1), decision.ChangesOn);
        Assert.False(Engines.English.EvaluateStaffLink(Inviting, account, Time.EndOf(new LocalDate(2024, 2, 29))).IsApproved);
        Flip.AssertExact(decision, asOf, t => Engines.English.EvaluateStaffLink(Inviting, account, t));
    }

    [Fact]
    public void A_future_link_raises_the_count_from_its_local_date()
    {
        var account = Account(
            Link("P-1", LongAgo, Time.Local(2026, 6, 1)),
            Link("P-2", LongAgo, Time.Local(2026, 6, 1)),
            Link("P-3", Time.Local(2026, 12, 10), Time.Local(2026, 12, 11)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2026, 12, 10), decision.ChangesOn);
        Flip.AssertExact(decision, AsOf, t => Engines.English.EvaluateStaffLink(Inviting, account, t));
    }
}
