using System;
using NodaTime;
using NodaTime.Text;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.InvoiceReturns;

/// <summary>Deadlines pinned on China's 2026 calendar: Golden Week, Spring Festival, working weekends, the programme's midnight.</summary>
public sealed class InvoiceReturnDeadlineTests
{
    [Theory]
    // Golden Week 2026-10-01..07; Saturday 2026-10-10 is a working day.
    [InlineData("2026-09-30T02:00:00Z", "2026-10-08", "2026-10-10")]
    // Spring Festival 2026-02-15..23; Saturday 2026-02-14 is a working day.
    [InlineData("2026-02-13T02:00:00Z", "2026-02-14", "2026-02-25")]
    // Saturday 2026-02-28 is a working day.
    [InlineData("2026-02-27T02:00:00Z", "2026-02-28", "2026-03-03")]
    // New Year 2026-01-01..03; Sunday 2026-01-04 is a working day; the walk crosses the year.
    [InlineData("2025-12-31T02:00:00Z", "2026-01-04", "2026-01-06")]
    // A plain week: Wednesday 2026-03-04, next business days Thursday, Friday, Monday.
    [InlineData("2026-03-04T02:00:00Z", "2026-03-05", "2026-03-09")]
    // 15:59:59Z is still Monday 2026-03-02 in Shanghai.
    [InlineData("2026-03-02T15:59:59Z", "2026-03-03", "2026-03-05")]
    // 16:00:00Z is already Tuesday 2026-03-03 in Shanghai.
    [InlineData("2026-03-02T16:00:00Z", "2026-03-04", "2026-03-06")]
    public void The_red_letter_invoice_is_expected_from_the_first_and_due_on_the_third_business_day_after_confirmation(
        string confirmedAt, string expectedFrom, string dueOn)
    {
        var at = InstantPattern.ExtendedIso.Parse(confirmedAt).Value;
        var clock = new NodaTime.Testing.FakeClock(at - Duration.FromMinutes(30));
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        Assert.Equal("INVOICE.RED_LETTER_CONFIRMATION", lifecycle.Deadline!.Obligation);
        clock.Reset(at);

        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);

        var due = Date(dueOn);
        Assert.Equal(new Deadline("INVOICE.RED_LETTER_ISSUE", Date(expectedFrom), due, MidnightAfter(due)), lifecycle.Deadline);
    }

    [Theory]
    [InlineData("2026-09-30T02:00:00Z", "2026-10-09", "2026-10-10")]
    [InlineData("2026-02-13T02:00:00Z", "2026-02-24", "2026-02-25")]
    [InlineData("2026-02-26T02:00:00Z", "2026-02-28", "2026-03-02")]
    [InlineData("2025-12-31T02:00:00Z", "2026-01-05", "2026-01-06")]
    [InlineData("2026-03-06T15:59:59Z", "2026-03-10", "2026-03-11")]
    [InlineData("2026-03-06T16:00:00Z", "2026-03-10", "2026-03-11")]
    [InlineData("2026-03-05T16:00:00Z", "2026-03-10", "2026-03-11")]
    [InlineData("2026-03-05T15:59:59Z", "2026-03-09", "2026-03-10")]
    public void The_paper_return_is_expected_from_the_second_and_due_on_the_third_business_day_after_receipt(
        string receivedAt, string expectedFrom, string dueOn)
    {
        var at = InstantPattern.ExtendedIso.Parse(receivedAt).Value;
        var clock = new NodaTime.Testing.FakeClock(at - Duration.FromDays(2));
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.PaperOrdinary, clock);
        Assert.Null(lifecycle.Deadline);
        clock.Reset(at);

        lifecycle.Fire(InvoiceReturnTrigger.ReceiveOriginal);

        var due = Date(dueOn);
        Assert.Equal(new Deadline("INVOICE.PAPER_RETURN", Date(expectedFrom), due, MidnightAfter(due)), lifecycle.Deadline);
    }

    [Theory]
    [InlineData("2026-03-02T15:59:59Z", "2026-03-02")]
    [InlineData("2026-03-02T16:00:00Z", "2026-03-03")]
    [InlineData("2026-10-01T02:00:00Z", "2026-10-01")]
    public void The_electronic_return_is_due_on_the_local_day_of_the_request_even_on_a_holiday(string requestedAt, string day)
    {
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, new NodaTime.Testing.FakeClock(InstantPattern.ExtendedIso.Parse(requestedAt).Value));
        var date = Date(day);
        Assert.Equal(new Deadline("INVOICE.ELECTRONIC_RETURN", date, date, MidnightAfter(date)), lifecycle.Deadline);
    }

    [Fact]
    public void The_electronic_return_days_of_the_policy_are_natural_days()
    {
        var policy = ProgramPolicy.Default with { ElectronicReturnDays = 2 };
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, ClockAtLocal(2026, 3, 6), policy);
        Assert.Equal(new LocalDate(2026, 3, 6), lifecycle.Deadline!.ExpectedFrom);
        Assert.Equal(new LocalDate(2026, 3, 8), lifecycle.Deadline.DueOn);
    }

    [Fact]
    public void A_return_is_overdue_from_the_programme_midnight_after_its_due_date_and_not_one_tick_before()
    {
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, new NodaTime.Testing.FakeClock(Utc(2026, 3, 2, 16)));
        var deadline = lifecycle.Deadline!;

        Assert.Equal(Utc(2026, 3, 3, 16), deadline.OverdueFrom);
        Assert.True(deadline.IsOverdue(deadline.OverdueFrom));
        Assert.False(deadline.IsOverdue(deadline.OverdueFrom - Duration.FromTicks(1)));
        Assert.False(deadline.IsOverdue(deadline.OverdueFrom - Duration.Epsilon));
    }

    [Fact]
    public void The_red_letter_deadline_over_golden_week_is_overdue_from_shanghai_midnight_ending_the_working_saturday()
    {
        var clock = new NodaTime.Testing.FakeClock(Utc(2026, 9, 30, 2));
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);

        Assert.Equal(Utc(2026, 10, 10, 16), lifecycle.Deadline!.OverdueFrom);
        Assert.False(lifecycle.Deadline.IsOverdue(Utc(2026, 10, 10, 15, 59, 59)));
        Assert.True(lifecycle.Deadline.IsOverdue(Utc(2026, 10, 10, 16)));
    }

    [Fact]
    public void The_policy_sets_the_business_days()
    {
        var policy = ProgramPolicy.Default with { RedLetterIssueFromBusinessDays = 2, RedLetterIssueDueBusinessDays = 5 };
        var clock = new NodaTime.Testing.FakeClock(Utc(2026, 9, 30, 2));
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock, policy);
        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);
        Assert.Equal(new LocalDate(2026, 10, 9), lifecycle.Deadline!.ExpectedFrom);
        Assert.Equal(new LocalDate(2026, 10, 13), lifecycle.Deadline.DueOn);
    }

    [Fact]
    public void A_deadline_that_walks_into_a_year_without_calendar_data_is_unknown_with_its_reason_and_never_thrown()
    {
        var clock = ClockAtLocal(2026, 12, 30);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);

        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);

        Assert.Equal(InvoiceReturnState.RedLetterConfirmed, lifecycle.State);
        Assert.Null(lifecycle.Deadline);
        Assert.StartsWith("Deadline unknown: The business calendar has no data for 2027", lifecycle.DeadlineUnknownReason, StringComparison.Ordinal);
        Assert.Contains("BusinessCalendar.LoadChina", lifecycle.DeadlineUnknownReason, StringComparison.Ordinal);
        lifecycle.Fire(InvoiceReturnTrigger.Complete);
        Assert.Null(lifecycle.Deadline);
        Assert.Null(lifecycle.DeadlineUnknownReason);
    }

    [Fact]
    public void A_restored_return_has_the_same_deadline()
    {
        var clock = new NodaTime.Testing.FakeClock(Utc(2026, 2, 13, 2));
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);
        clock.AdvanceDays(3);

        var restored = InvoiceReturnLifecycle.Restore(lifecycle.ToSnapshot(), clock);

        Assert.Equal(lifecycle.Deadline, restored.Deadline);
        Assert.Equal(new LocalDate(2026, 2, 25), restored.Deadline!.DueOn);
    }

    [Fact]
    public void No_deadline_runs_while_a_paper_return_waits_for_its_original() =>
        Assert.Null(InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.PaperOrdinary, ClockAtLocal(2026, 3, 2)).Deadline);

    [Fact]
    public void While_a_special_return_waits_for_its_confirmation_only_the_confirmation_deadline_runs() =>
        Assert.Equal("INVOICE.RED_LETTER_CONFIRMATION", InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, ClockAtLocal(2026, 3, 2)).Deadline!.Obligation);

    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static Instant MidnightAfter(LocalDate date) => date.PlusDays(1).AtStartOfDayInZone(Shanghai).ToInstant();
}
