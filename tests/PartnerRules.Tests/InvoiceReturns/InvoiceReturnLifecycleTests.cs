using System;
using System.Linq;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.Lifecycles;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.InvoiceReturns;

public sealed class InvoiceReturnLifecycleTests
{
    public static TheoryData<InvoiceKind, InvoiceReturnState, InvoiceReturnTrigger> EveryStateAndTrigger()
    {
        var data = new TheoryData<InvoiceKind, InvoiceReturnState, InvoiceReturnTrigger>();
        foreach (var kind in Values<InvoiceKind>())
        {
            foreach (var (state, _) in ReferenceTables.Reachable(ReferenceTables.InvoiceReturn(kind), InvoiceReturnState.Requested))
            {
                foreach (var trigger in Values<InvoiceReturnTrigger>())
                {
                    data.Add(kind, state, trigger);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_trigger_in_every_reachable_state_follows_the_kinds_table_or_throws_and_changes_nothing(
        InvoiceKind kind, InvoiceReturnState state, InvoiceReturnTrigger trigger)
    {
        var table = ReferenceTables.InvoiceReturn(kind);
        var path = ReferenceTables.Reachable(table, InvoiceReturnState.Requested).Single(r => r.State == state).Path;
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.InvoiceReturn(kind, path, clock);
        clock.Advance(Duration.FromHours(1));
        var before = lifecycle.ToSnapshot();
        var reason = trigger is InvoiceReturnTrigger.Reject or InvoiceReturnTrigger.RefuseRedLetter ? "Invoice already used for deduction" : null;

        if (table.TryGetValue((state, trigger), out var expected))
        {
            Assert.True(lifecycle.CanFire(trigger));
            lifecycle.Fire(trigger, reason);
            Assert.Equal(expected, lifecycle.State);
            Assert.Equal(before.Version + 1, lifecycle.Version);
            Assert.Equal(new Transition<InvoiceReturnState, InvoiceReturnTrigger>(state, expected, trigger, clock.GetCurrentInstant()) { Reason = reason }, lifecycle.History[^1]);
        }
        else
        {
            Assert.False(lifecycle.CanFire(trigger));
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger, reason));
            Assert.Equal(state.ToString(), refusal.State);
            Assert.Equal(trigger.ToString(), refusal.Trigger);
            // Void is refused by its guard (the confirmation is still open), with the finding that says until when.
            Assert.Equal(trigger == InvoiceReturnTrigger.Void && state == InvoiceReturnState.Requested && kind == InvoiceKind.SpecialVat ? 1 : 0, refusal.Findings.Count);
            Assert.Equal(before, lifecycle.ToSnapshot());
        }

        Assert.Equal(Values<InvoiceReturnTrigger>().Where(t => table.ContainsKey((lifecycle.State, t))), lifecycle.PermittedTriggers);
    }

    [Theory]
    [InlineData(InvoiceKind.SpecialVat, new[] { InvoiceReturnTrigger.ConfirmRedLetter, InvoiceReturnTrigger.Complete })]
    [InlineData(InvoiceKind.ElectronicOrdinary, new[] { InvoiceReturnTrigger.Complete })]
    [InlineData(InvoiceKind.PaperOrdinary, new[] { InvoiceReturnTrigger.ReceiveOriginal, InvoiceReturnTrigger.Complete })]
    public void Each_kind_completes_along_its_own_path(InvoiceKind kind, InvoiceReturnTrigger[] path)
    {
        var lifecycle = LifecycleDrivers.InvoiceReturn(kind, path);
        Assert.Equal(InvoiceReturnState.Completed, lifecycle.State);
        Assert.Equal(kind, lifecycle.Kind);
        Assert.Equal(Invoice, lifecycle.Id);
        Assert.Equal(path, lifecycle.History.Select(h => h.Trigger));
        Assert.Empty(lifecycle.PermittedTriggers);
        Assert.Null(lifecycle.Deadline);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void Reject_without_a_reason_is_an_argument_exception_that_changes_nothing(string? reason)
    {
        var lifecycle = LifecycleDrivers.InvoiceReturn(InvoiceKind.PaperOrdinary, [InvoiceReturnTrigger.ReceiveOriginal]);
        var before = lifecycle.ToSnapshot();
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => lifecycle.Fire(InvoiceReturnTrigger.Reject, reason)).ParamName);
        Assert.Equal(before, lifecycle.ToSnapshot());
    }

    [Fact]
    public void Reject_in_a_final_state_is_refused_whatever_the_reason()
    {
        var lifecycle = LifecycleDrivers.InvoiceReturn(InvoiceKind.ElectronicOrdinary, [InvoiceReturnTrigger.Complete]);
        Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(InvoiceReturnTrigger.Reject));
        Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(InvoiceReturnTrigger.Reject, "too late"));
    }

    [Fact]
    public void Requesting_with_bad_arguments_is_an_argument_exception()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => InvoiceReturnLifecycle.Request(default, InvoiceKind.SpecialVat, clock)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => InvoiceReturnLifecycle.Request(Invoice, (InvoiceKind)7, clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock, ProgramPolicy.Default with { PaperReturnDueBusinessDays = 1 })).ParamName);
    }
}
