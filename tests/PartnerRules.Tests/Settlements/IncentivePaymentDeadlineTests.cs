using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.Settlements.SettlementTestKit;

namespace PartnerRules.Tests.Settlements;

/// <summary>INCENTIVE.PAYMENT: due the 15th natural day after finance received the qualified invoice, no business-day calendar.</summary>
public sealed class IncentivePaymentDeadlineTests
{
    private static IncentiveSettlementLifecycle QualifiedOn(LocalDate received, FakeClock? clock = null, ProgramPolicy? policy = null)
    {
        clock ??= new FakeClock(received.At(new LocalTime(9, 0)).InZoneStrictly(Shanghai).ToInstant());
        return Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock, policy);
    }

    [Fact]
    public void Payment_is_due_on_the_15th_natural_day_and_overdue_from_the_programme_midnight_after_it()
    {
        var settlement = QualifiedOn(new LocalDate(2026, 3, 2));

        var deadline = settlement.Deadline!;

        Assert.Equal("INCENTIVE.PAYMENT", deadline.Obligation);
        Assert.Equal(new LocalDate(2026, 3, 2), deadline.ExpectedFrom);
        Assert.Equal(new LocalDate(2026, 3, 17), deadline.DueOn);
        Assert.Equal(Utc(2026, 3, 17, 16), deadline.OverdueFrom);
        Assert.False(deadline.IsOverdue(deadline.OverdueFrom - Duration.Epsilon));
        Assert.True(deadline.IsOverdue(deadline.OverdueFrom));
        Assert.False(deadline.IsOverdue(Local(2026, 3, 17, 23, 59, 59)));
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-15")]
    [InlineData("2026-12-20", "2027-01-04")]
    [InlineData("2026-12-31", "2027-01-15")]
    [InlineData("2027-02-14", "2027-03-01")]
    [InlineData("2028-02-14", "2028-02-29")]
    [InlineData("2028-02-29", "2028-03-15")]
    [InlineData("2026-02-15", "2026-03-02")]
    public void Natural_days_cross_month_and_year_ends_leap_days_holidays_and_uncovered_years(string received, string due)
    {
        var settlement = QualifiedOn(Parse(received));

        Assert.Equal(Parse(due), settlement.Deadline!.DueOn);
        Assert.Equal(Parse(due).PlusDays(1).AtStartOfDayInZone(Shanghai).ToInstant(), settlement.Deadline.OverdueFrom);
    }

    [Theory]
    [InlineData(0, "2026-03-02")]
    [InlineData(1, "2026-03-03")]
    [InlineData(30, "2026-04-01")]
    public void The_payment_days_are_a_policy_value(int days, string due)
    {
        var policy = ProgramPolicy.Default with { IncentivePaymentDays = days };

        var settlement = QualifiedOn(new LocalDate(2026, 3, 2), policy: policy);

        Assert.Equal(Parse(due), settlement.Deadline!.DueOn);
    }

    [Fact]
    public void The_received_date_not_the_qualify_step_starts_the_deadline()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], clock);
        clock.AdvanceDays(4);

        settlement.Qualify(new LocalDate(2026, 3, 3));

        Assert.Equal(new LocalDate(2026, 3, 3), settlement.Deadline!.ExpectedFrom);
        Assert.Equal(new LocalDate(2026, 3, 18), settlement.Deadline.DueOn);
    }

    [Fact]
    public void A_received_date_is_the_programme_local_date_across_its_midnight()
    {
        // 15:59:59 UTC is 23:59:59 on 2 March in Shanghai; 16:00 UTC is already 3 March.
        var clock = new FakeClock(Utc(2026, 3, 2, 15));
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], clock);
        clock.Reset(Utc(2026, 3, 2, 15, 59, 59));
        Assert.Throws<System.ArgumentException>(() => settlement.Qualify(new LocalDate(2026, 3, 3)));
        clock.Reset(Utc(2026, 3, 2, 16));

        settlement.Qualify(new LocalDate(2026, 3, 3));

        Assert.Equal(new LocalDate(2026, 3, 18), settlement.Deadline!.DueOn);
    }

    [Theory]
    [InlineData(SettlementState.AwaitingInvoice)]
    [InlineData(SettlementState.InvoiceSubmitted)]
    [InlineData(SettlementState.UnderReview)]
    [InlineData(SettlementState.InvoiceRejected)]
    [InlineData(SettlementState.Paid)]
    public void No_deadline_runs_outside_qualified(SettlementState state) =>
        Assert.Null(Drive(PathTo(state)).Deadline);

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
