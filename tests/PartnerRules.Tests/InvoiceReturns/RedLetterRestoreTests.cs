using System;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.InvoiceReturns;

/// <summary>
/// Restore checks the time guards a special invoice's history passed (DOMAIN.md §6): in Requested, ConfirmRedLetter and
/// Reject only before the instant the red-letter confirmation voids itself (the request plus 72 hours), Void only from
/// that instant on. Steps from another state, and every step of an ordinary invoice, are not bound by it.
/// </summary>
public sealed class RedLetterRestoreTests
{
    private static readonly Instant RequestedAt = Local(2026, 3, 2);
    private static readonly Instant VoidsAt = RequestedAt + Duration.FromHours(72);

    public static TheoryData<long, bool> AroundTheVoidingInstant() => new()
    {
        { -1, true },
        { 0, false },
        { 1, false },
    };

    [Theory]
    [MemberData(nameof(AroundTheVoidingInstant))]
    public void A_confirmation_restores_only_when_recorded_before_the_instant_the_confirmation_voids_itself(long ticksFromVoiding, bool restores)
    {
        var snapshot = Special(InvoiceReturnState.RedLetterConfirmed,
            Step(InvoiceReturnState.Requested, InvoiceReturnState.RedLetterConfirmed, InvoiceReturnTrigger.ConfirmRedLetter, VoidsAt + Duration.FromTicks(ticksFromVoiding)));

        AssertRestores(snapshot, restores, "History[0] ConfirmRedLetter");
    }

    [Theory]
    [MemberData(nameof(AroundTheVoidingInstant))]
    public void A_rejection_in_requested_restores_only_when_recorded_before_the_confirmation_voids_itself(long ticksFromVoiding, bool restores)
    {
        var snapshot = Special(InvoiceReturnState.Rejected,
            Step(InvoiceReturnState.Requested, InvoiceReturnState.Rejected, InvoiceReturnTrigger.Reject, VoidsAt + Duration.FromTicks(ticksFromVoiding)));

        AssertRestores(snapshot, restores, "History[0] Reject");
    }

    [Theory]
    [MemberData(nameof(AroundTheVoidingInstant))]
    public void A_void_restores_only_when_recorded_at_or_after_the_instant_the_confirmation_voids_itself(long ticksFromVoiding, bool confirmationStillOpen)
    {
        var snapshot = Special(InvoiceReturnState.Voided,
            Step(InvoiceReturnState.Requested, InvoiceReturnState.Voided, InvoiceReturnTrigger.Void, VoidsAt + Duration.FromTicks(ticksFromVoiding)));

        AssertRestores(snapshot, !confirmationStillOpen, "History[0] Void");
    }

    [Fact]
    public void A_confirmed_return_rejected_long_after_the_72_hours_restores_since_only_steps_from_requested_are_bound()
    {
        var snapshot = Special(InvoiceReturnState.Rejected,
            Step(InvoiceReturnState.Requested, InvoiceReturnState.RedLetterConfirmed, InvoiceReturnTrigger.ConfirmRedLetter, RequestedAt + Duration.FromHours(1)),
            Step(InvoiceReturnState.RedLetterConfirmed, InvoiceReturnState.Rejected, InvoiceReturnTrigger.Reject, VoidsAt + Duration.FromHours(100)));

        var restored = InvoiceReturnLifecycle.Restore(snapshot, new FakeClock(VoidsAt + Duration.FromHours(200)));

        Assert.Equal(InvoiceReturnState.Rejected, restored.State);
        Assert.Equal(snapshot.History, restored.History);
    }

    [Theory]
    [InlineData(InvoiceKind.ElectronicOrdinary)]
    [InlineData(InvoiceKind.PaperOrdinary)]
    public void An_ordinary_invoice_rejected_in_requested_long_after_72_hours_restores_since_it_has_no_red_letter_confirmation(InvoiceKind kind)
    {
        var snapshot = new InvoiceReturnSnapshot(Invoice, kind, InvoiceReturnState.Rejected, 1, RequestedAt,
            [Step(InvoiceReturnState.Requested, InvoiceReturnState.Rejected, InvoiceReturnTrigger.Reject, VoidsAt + Duration.FromHours(100))]);

        var restored = InvoiceReturnLifecycle.Restore(snapshot, new FakeClock(VoidsAt + Duration.FromHours(200)));

        Assert.Equal(InvoiceReturnState.Rejected, restored.State);
        Assert.Equal(kind, restored.Kind);
    }

    [Fact]
    public void A_void_refused_while_the_confirmation_is_open_reports_a_failed_finding()
    {
        var clock = new FakeClock(RequestedAt);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Reset(VoidsAt - Duration.Epsilon);

        var finding = Assert.Single(Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(InvoiceReturnTrigger.Void)).Findings);

        Assert.Equal("INVOICE.RED_LETTER_CONFIRMATION", finding.Code);
        Assert.False(finding.Passed);
    }

    private static InvoiceReturnSnapshot Special(InvoiceReturnState state, params Transition<InvoiceReturnState, InvoiceReturnTrigger>[] history) =>
        new(Invoice, InvoiceKind.SpecialVat, state, history.Length, RequestedAt, history);

    private static Transition<InvoiceReturnState, InvoiceReturnTrigger> Step(InvoiceReturnState from, InvoiceReturnState to, InvoiceReturnTrigger trigger, Instant at) =>
        new(from, to, trigger, at) { Reason = trigger == InvoiceReturnTrigger.Reject ? "wrong buyer" : null };

    private static void AssertRestores(InvoiceReturnSnapshot snapshot, bool restores, string problem)
    {
        var clock = new FakeClock(VoidsAt + Duration.FromHours(1));
        if (restores)
        {
            Assert.Equal(snapshot.State, InvoiceReturnLifecycle.Restore(snapshot, clock).State);
            return;
        }

        var error = Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(snapshot, clock));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
