using System;
using NodaTime;
using PartnerRules.Tests.Settlements;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>Arguments a lifecycle refuses, word for word as a caller reads them (not through the constants that build them).</summary>
public sealed class LifecycleArgumentTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void A_trigger_that_needs_a_reason_refuses_a_missing_or_blank_one_saying_how_it_is_kept(string? reason)
    {
        var lifecycle = LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter], ClockAtLocal(2026, 3, 2));

        var error = Assert.Throws<ArgumentException>(() => lifecycle.Fire(InvoiceReturnTrigger.Reject, reason));

        Assert.Equal("reason", error.ParamName);
        Assert.Equal("'Reject' needs a reason: pass a non-empty, non-whitespace reason (it is kept in the history). (Parameter 'reason')", error.Message);
        Assert.Equal(InvoiceReturnState.RedLetterConfirmed, lifecycle.State);
    }

    [Fact]
    public void An_invoice_received_after_today_is_refused_naming_both_dates()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.UnderReview), clock);
        clock.Reset(Local(2026, 3, 8, 23, 59));

        var error = Assert.Throws<ArgumentException>(() => settlement.Qualify(new LocalDate(2026, 3, 9)));

        Assert.Equal("receivedOn", error.ParamName);
        Assert.Equal(
            "The invoice cannot be received on 2026-03-09, after today (2026-03-08 in the programme's zone). Check the date and the clock. (Parameter 'receivedOn')",
            error.Message);
        Assert.Equal(SettlementState.UnderReview, settlement.State);
    }
}
