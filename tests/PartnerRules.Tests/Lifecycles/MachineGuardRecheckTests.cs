using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// Every transition is made by the lifecycle's own machine, which checks the edge's guards again when it fires: a
/// guard that closes between the table's check and the machine's (the red-letter confirmation voiding itself in
/// between) refuses the step, and a refused call changes nothing.
/// </summary>
/// <remarks>
/// The clock moves a nanosecond on every read, starting two nanoseconds before the confirmation voids itself: the
/// table's check and the step's stamp read an open confirmation, the machine's guard the instant it voids itself.
/// </remarks>
public sealed class MachineGuardRecheckTests
{
    [Fact]
    public void A_confirmation_whose_window_closes_before_the_machine_fires_is_refused_and_records_nothing()
    {
        var requestedAt = Local(2026, 3, 2);
        var clock = new FakeClock(requestedAt);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Reset(lifecycle.Deadline!.OverdueFrom - (Duration.Epsilon * 2));
        clock.AutoAdvance = Duration.Epsilon;

        var error = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter));

        Assert.Equal("ConfirmRedLetter", error.Trigger);
        Assert.Equal(InvoiceReturnState.Requested, lifecycle.State);
        Assert.Empty(lifecycle.History);
        Assert.Equal(0, lifecycle.Revision);
    }

    [Fact]
    public void A_confirmation_one_nanosecond_earlier_is_made_by_the_machine()
    {
        var requestedAt = Local(2026, 3, 2);
        var clock = new FakeClock(requestedAt);
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Reset(lifecycle.Deadline!.OverdueFrom - (Duration.Epsilon * 3));
        clock.AutoAdvance = Duration.Epsilon;

        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);

        Assert.Equal(InvoiceReturnState.RedLetterConfirmed, lifecycle.State);
    }
}
