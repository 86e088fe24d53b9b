using System;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Tests.Lifecycles;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Associations;

/// <summary>
/// ProgramPolicy.AssociationUndoInterval (docs/programme-rules.md §7): an association or a switch of its mode is undone at
/// most once in any window <c>[d - 3 months, d]</c> of local dates, counting undos on earlier lifecycles of the customer.
/// </summary>
public sealed class AssociationUndoIntervalTests
{
    private static readonly DateTimeZone Auckland = DateTimeZoneProviders.Tzdb["Pacific/Auckland"];

    private static CustomerAssociationLifecycle Associated(FakeClock clock, ProgramPolicy? policy = null)
    {
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock, policy);
        lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant()));
        lifecycle.Fire(AssociationTrigger.SignNotice);
        return lifecycle;
    }

    private static Instant At(DateTimeZone zone, int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant();

    [Fact]
    public void A_mode_switch_changes_the_mode_and_its_undo_switches_it_back()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = Associated(clock);

        lifecycle.Fire(AssociationTrigger.SwitchMode);
        Assert.Equal((AssociationState.ModeSwitched, AssociationMode.ConsultativeSale), (lifecycle.State, lifecycle.Mode));
        Assert.Equal(AssociationMode.ConsultativeSale, CustomerAssociationLifecycle.Restore(lifecycle.ToSnapshot(), clock).Mode);

        clock.AdvanceDays(1);
        lifecycle.Undo();

        Assert.Equal((AssociationState.Associated, AssociationMode.Resale), (lifecycle.State, lifecycle.Mode));
        Assert.Equal(AssociationMode.Resale, CustomerAssociationLifecycle.Restore(lifecycle.ToSnapshot(), clock).Mode);
    }

    [Fact]
    public void Undo_in_associated_undoes_the_association()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = Associated(clock);

        lifecycle.Undo([]);

        Assert.Equal(AssociationState.Undone, lifecycle.State);
        Assert.Empty(lifecycle.PermittedTriggers);
    }

    // Undone on u (local date), undone again on d: refused while u is in [d - 3 months, d], with the first possible date.
    [Theory]
    [InlineData("2026-11-30", "2027-02-28", "2027-03-01")] // 2027-02-28 - 3 months = 2026-11-28 <= u: the window's last day
    [InlineData("2026-11-30", "2027-03-01", null)] // 2027-03-01 - 3 months = 2026-12-01 > u: the first day it is possible
    [InlineData("2026-12-01", "2027-03-01", "2027-03-02")]
    [InlineData("2026-12-01", "2027-03-02", null)]
    [InlineData("2027-11-30", "2028-02-29", "2028-03-01")] // leap day: 2028-02-29 - 3 months = 2027-11-29
    [InlineData("2026-03-02", "2026-03-02", "2026-06-03")] // the same day
    [InlineData("2026-01-31", "2026-04-30", "2026-05-01")] // month-end clamping: 2026-04-30 - 3 months = 2026-01-30
    public void A_second_undo_within_three_local_months_is_refused_until_the_first_day_outside(string undoneOn, string today, string? possibleOn)
    {
        var earlier = LocalDatePattern(undoneOn);
        var now = LocalDatePattern(today);
        var clock = ClockAtLocal(now.Year, now.Month, now.Day);
        var lifecycle = Associated(clock);
        var earlierUndos = new[] { Local(earlier.Year, earlier.Month, earlier.Day) };

        if (possibleOn is null)
        {
            lifecycle.Undo(earlierUndos);
            Assert.Equal(AssociationState.Undone, lifecycle.State);
            return;
        }

        var before = lifecycle.ToSnapshot();
        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Undo(earlierUndos));

        var finding = Assert.Single(refusal.Findings);
        Assert.Equal(FindingCodes.AssociationUndoInterval, finding.Code);
        Assert.False(finding.Passed);
        Assert.Equal(LocalDatePattern(possibleOn), finding.PassesOn);
        Assert.Equal(now.PlusMonths(-3), finding.WindowStart);
        Assert.Contains(possibleOn, finding.Message, StringComparison.Ordinal);
        Assert.Equal(before, lifecycle.ToSnapshot());
        Assert.Contains("Undo", refusal.PermittedTriggers);
    }

    [Fact]
    public void The_lifecycles_own_undo_of_a_switch_counts_against_undoing_the_association()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = Associated(clock);
        lifecycle.Fire(AssociationTrigger.SwitchMode);
        lifecycle.Undo();

        clock.Reset(Local(2026, 6, 2, 23, 59));
        var refusal = Assert.Throws<InvalidTransitionException>(() => CustomerAssociationLifecycle.Restore(lifecycle.ToSnapshot(), clock).Undo());
        Assert.Equal(new LocalDate(2026, 6, 3), Assert.Single(refusal.Findings).PassesOn);

        clock.Reset(Local(2026, 6, 3, 0, 0));
        var restored = CustomerAssociationLifecycle.Restore(lifecycle.ToSnapshot(), clock);
        restored.Undo();
        Assert.Equal(AssociationState.Undone, restored.State);
    }

    [Fact]
    public void The_latest_earlier_undo_decides_whatever_the_order_given()
    {
        var clock = ClockAtLocal(2026, 6, 1);
        var lifecycle = Associated(clock);

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Undo([Local(2026, 3, 5), Local(2025, 1, 1), Local(2026, 2, 1)]));

        Assert.Equal(new LocalDate(2026, 6, 6), Assert.Single(refusal.Findings).PassesOn);
    }

    [Fact]
    public void Under_auckland_the_window_is_counted_on_auckland_dates_near_midnight()
    {
        var policy = ProgramPolicy.Default with { TimeZone = Auckland };

        // Undone at 23:30 on 2026-11-30 in Auckland (10:30 UTC, still 2026-11-30 in UTC and Shanghai).
        Instant[] earlier = [At(Auckland, 2026, 11, 30, 23, 30)];
        var lastDay = new FakeClock(At(Auckland, 2027, 2, 28, 23, 59));
        var refusal = Assert.Throws<InvalidTransitionException>(() => Associated(lastDay, policy).Undo(earlier));
        Assert.Equal(new LocalDate(2027, 3, 1), Assert.Single(refusal.Findings).PassesOn);

        // 00:30 on 2027-03-01 in Auckland is 11:30 UTC on 2027-02-28: possible on the Auckland date.
        var firstDay = new FakeClock(At(Auckland, 2027, 3, 1, 0, 30));
        var lifecycle = Associated(firstDay, policy);
        lifecycle.Undo(earlier);
        Assert.Equal(AssociationState.Undone, lifecycle.State);
    }

    [Fact]
    public void The_undo_is_counted_on_its_auckland_date_not_its_utc_date()
    {
        var policy = ProgramPolicy.Default with { TimeZone = Auckland };

        // 00:30 on 2026-12-01 in Auckland is 11:30 UTC on 2026-11-30: the undo's date is 2026-12-01, so 2027-03-01 is still inside.
        Instant[] earlier = [At(Auckland, 2026, 12, 1, 0, 30)];
        var refusal = Assert.Throws<InvalidTransitionException>(() => Associated(new FakeClock(At(Auckland, 2027, 3, 1, 12, 0)), policy).Undo(earlier));

        Assert.Equal(new LocalDate(2027, 3, 2), Assert.Single(refusal.Findings).PassesOn);
    }

    [Fact]
    public void The_interval_comes_from_the_policy()
    {
        var policy = ProgramPolicy.Default with { AssociationUndoInterval = Period.FromDays(10) };
        var clock = ClockAtLocal(2026, 3, 11);

        var refusal = Assert.Throws<InvalidTransitionException>(() => Associated(clock, policy).Undo([Local(2026, 3, 1)]));
        Assert.Equal(new LocalDate(2026, 3, 12), Assert.Single(refusal.Findings).PassesOn);
        Assert.Contains("10 days", refusal.Findings[0].Message, StringComparison.Ordinal);

        clock.AdvanceDays(1);
        Associated(clock, policy).Undo([Local(2026, 3, 1)]);
    }

    [Fact]
    public void An_earlier_undo_after_the_clocks_now_is_bad_input()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = Associated(clock);

        var error = Assert.Throws<ArgumentException>(() => lifecycle.Undo([Local(2025, 1, 1), clock.GetCurrentInstant() + Duration.FromSeconds(1)]));

        Assert.Equal("earlierUndos", error.ParamName);
        Assert.Contains("Earlier undo 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(AssociationState.Associated, lifecycle.State);
    }

    [Fact]
    public void Undo_where_it_is_not_permitted_is_refused_before_the_earlier_undos_are_read()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Undo([clock.GetCurrentInstant() + Duration.FromDays(1)]));

        Assert.Empty(refusal.Findings);
        Assert.Equal("Undo", refusal.Trigger);
    }

    [Fact]
    public void A_snapshot_with_a_switch_and_an_undo_round_trips_through_json()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = Associated(clock);
        lifecycle.Fire(AssociationTrigger.SwitchMode);
        clock.AdvanceDays(1);
        lifecycle.Undo();
        lifecycle.Fire(AssociationTrigger.SwitchMode);
        var options = PartnerRulesJson.CreateOptions();

        var json = JsonSerializer.Serialize(lifecycle.ToSnapshot(), options);
        var read = JsonSerializer.Deserialize<CustomerAssociationSnapshot>(json, options)!;

        Assert.Equal(lifecycle.ToSnapshot(), read);
        Assert.Contains("\"ModeSwitched\"", json, StringComparison.Ordinal);
        var restored = CustomerAssociationLifecycle.Restore(read, clock);
        Assert.Equal((AssociationState.ModeSwitched, AssociationMode.ConsultativeSale), (restored.State, restored.Mode));
        Assert.Throws<InvalidTransitionException>(() => restored.Undo());
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
