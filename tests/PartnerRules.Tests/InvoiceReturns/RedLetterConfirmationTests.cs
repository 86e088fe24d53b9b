using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.InvoiceReturns;

/// <summary>DOMAIN.md §6: the red-letter confirmation voids itself 72 hours (an elapsed duration) after the request, or when the counterparty refuses.</summary>
public sealed class RedLetterConfirmationTests
{
    private const string Code = "INVOICE.RED_LETTER_CONFIRMATION";

    [Fact]
    public void A_special_invoice_return_waits_for_its_confirmation_until_the_exact_instant_72_hours_after_the_request()
    {
        // 23:30 local on 2026-03-02: 72 hours later is 23:30 on 2026-03-05, a local date the midnight rule would not give.
        var requestedAt = Local(2026, 3, 2, 23, 30);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, new FakeClock(requestedAt));

        var voidsAt = requestedAt + Duration.FromHours(72);
        Assert.Equal(new Deadline(Code, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 5), voidsAt), lifecycle.Deadline);
    }

    [Fact]
    public void The_deadline_follows_the_policy_validity_and_its_programme_zone()
    {
        var policy = ProgramPolicy.Default with { RedLetterConfirmationValidity = Duration.FromHours(10) };
        var requestedAt = Local(2026, 3, 2, 15, 0);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, new FakeClock(requestedAt), policy);

        // 15:00 + 10 hours is 01:00 the next local day (17:00 UTC on 2026-03-02).
        Assert.Equal(new LocalDate(2026, 3, 3), lifecycle.Deadline!.DueOn);
        Assert.Equal(Utc(2026, 3, 2, 17), lifecycle.Deadline.OverdueFrom);
    }

    [Fact]
    public void The_confirmation_one_tick_before_the_validity_elapses_succeeds()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Advance(Duration.FromHours(72) - Duration.Epsilon);

        Assert.DoesNotContain(InvoiceReturnTrigger.Void, lifecycle.PermittedTriggers);
        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);

        Assert.Equal(InvoiceReturnState.RedLetterConfirmed, lifecycle.State);
        Assert.Equal("INVOICE.RED_LETTER_ISSUE", lifecycle.Deadline!.Obligation);
    }

    [Fact]
    public void From_the_instant_the_validity_elapses_the_confirmation_is_refused_with_its_finding_and_only_void_is_permitted()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Advance(Duration.FromHours(72));
        Assert.True(lifecycle.Deadline!.IsOverdue(clock.GetCurrentInstant()));

        using (UiCulture("en"))
        {
            var refused = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter));
            var finding = Assert.Single(refused.Findings);
            Assert.Equal(Code, finding.Code);
            Assert.False(finding.Passed);
            Assert.Equal("The red-letter confirmation was open for 72 hours and voided itself at 2026-03-05 10:00: void this return and request a new one.", finding.Message);
            Assert.Equal(Code, Assert.Single(Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(InvoiceReturnTrigger.Reject, "late")).Findings).Code);
        }

        Assert.Equal([InvoiceReturnTrigger.Void, InvoiceReturnTrigger.RefuseRedLetter], lifecycle.PermittedTriggers);
        Assert.Equal(0, lifecycle.Version);
        lifecycle.Fire(InvoiceReturnTrigger.Void);

        Assert.Equal(InvoiceReturnState.Voided, lifecycle.State);
        Assert.Null(lifecycle.Deadline);
        Assert.Empty(lifecycle.PermittedTriggers);
    }

    [Fact]
    public void Void_before_the_validity_elapses_is_refused_naming_when_the_confirmation_voids_itself()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Advance(Duration.FromHours(71));

        using (UiCulture("zh-CN"))
        {
            var finding = Assert.Single(Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(InvoiceReturnTrigger.Void)).Findings);
            Assert.Equal(Code, finding.Code);
            Assert.Equal("红字确认单在 2026-03-05 10:00 之前有效:请确认,或记录对方的拒绝。", finding.Message);
        }

        Assert.Equal(InvoiceReturnState.Requested, lifecycle.State);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void The_counterpartys_refusal_voids_the_return_at_any_time_with_a_reason(int hoursAfterRequest)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Advance(Duration.FromHours(hoursAfterRequest));

        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => lifecycle.Fire(InvoiceReturnTrigger.RefuseRedLetter)).ParamName);
        lifecycle.Fire(InvoiceReturnTrigger.RefuseRedLetter, "the buyer refused");

        Assert.Equal(InvoiceReturnState.Voided, lifecycle.State);
        Assert.Equal("the buyer refused", lifecycle.History.Single().Reason);
    }

    [Theory]
    [InlineData(InvoiceKind.ElectronicOrdinary)]
    [InlineData(InvoiceKind.PaperOrdinary)]
    public void Ordinary_invoices_have_no_red_letter_confirmation(InvoiceKind kind)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, kind, clock);
        clock.Advance(Duration.FromDays(10));

        Assert.False(lifecycle.CanFire(InvoiceReturnTrigger.Void));
        Assert.False(lifecycle.CanFire(InvoiceReturnTrigger.RefuseRedLetter));
        lifecycle.Fire(InvoiceReturnTrigger.Reject, "wrong buyer");
        Assert.Equal(InvoiceReturnState.Rejected, lifecycle.State);
    }

    [Fact]
    public void A_voided_return_round_trips_and_a_history_that_broke_the_validity_is_refused_on_restore()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Advance(Duration.FromHours(80));
        lifecycle.Fire(InvoiceReturnTrigger.Void);
        var snapshot = lifecycle.ToSnapshot();

        Assert.Equal(snapshot, InvoiceReturnLifecycle.Restore(snapshot, clock).ToSnapshot());

        // Under a policy whose validity had not elapsed at the Void, the same history is inconsistent.
        var longer = ProgramPolicy.Default with { RedLetterConfirmationValidity = Duration.FromHours(100) };
        var error = Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(snapshot, clock, longer));
        Assert.Contains("Void", error.Message, StringComparison.Ordinal);

        var late = snapshot with
        {
            State = InvoiceReturnState.RedLetterConfirmed,
            History = [new(InvoiceReturnState.Requested, InvoiceReturnState.RedLetterConfirmed, InvoiceReturnTrigger.ConfirmRedLetter, snapshot.History[0].At)],
        };
        Assert.Contains("ConfirmRedLetter", Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(late, clock)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_obligations_view_lists_the_running_confirmation()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);

        var running = PartnerRules.Obligations.Running([lifecycle.ToSnapshot()], clock.GetCurrentInstant());

        Assert.Equal(Code, Assert.Single(running).Code);
    }
}
