using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// Random operation sequences against each lifecycle and the hand-written reference tables: the same
/// state after every operation, <c>Version == History.Count</c>, and a final state stays final.
/// Each generated int encodes one operation (operation, trigger, reason, form, account age, clock step).
/// </summary>
[Trait("Kind", "Randomised")]
public sealed class LifecyclePropertyTests
{
    private static readonly Gen<int[]> Operations = Gen.Int[0, 1_000_000].Array[0, 40];

    [Fact]
    public void Random_operations_on_an_opportunity_follow_the_reference_table() =>
        Gen.Select(Gen.Bool, Operations).Sample((isPo, operations) =>
        {
            var origin = isPo ? OpportunityOrigin.PartnerOriginated : OpportunityOrigin.HuaweiOriginated;
            var table = isPo ? ReferenceTables.OpportunityPo : ReferenceTables.OpportunityHo;
            var clock = ClockAtLocal(2026, 3, 2);
            var lifecycle = isPo ? OpportunityLifecycle.CreateDraft(Opp, clock) : OpportunityLifecycle.Offer(Opp, ApprovedHo, clock);
            var state = lifecycle.State;
            var formComplete = false;
            var triggers = Values<OpportunityTrigger>();
            foreach (var op in operations)
            {
                clock.Advance(Duration.FromMinutes(op % 997));
                var wasFinal = ReferenceTables.IsFinal(table, state);
                if (op % 5 == 0)
                {
                    var complete = op % 3 != 0;
                    var editable = state is OpportunityState.Draft or OpportunityState.ActionRequired or OpportunityState.Active or OpportunityState.Won;
                    var form = complete ? CompleteForm : CompleteForm with { CustomerName = null };
                    if (editable)
                    {
                        lifecycle.Edit(form);
                        formComplete = complete;
                    }
                    else
                    {
                        Assert.Throws<InvalidTransitionException>(() => lifecycle.Edit(form));
                    }
                }
                else
                {
                    var trigger = triggers[op / 5 % triggers.Count];
                    var withReason = op / 7 % 4 != 0;
                    var permitted = table.TryGetValue((state, trigger), out var next);
                    var guardFails = trigger == OpportunityTrigger.Submit && !formComplete;
                    var reasonMissing = ReferenceTables.OpportunityReasonRequired.Contains(trigger) && !withReason;
                    Assert.Equal(permitted && !guardFails, lifecycle.CanFire(trigger));
                    if (!permitted || guardFails)
                    {
                        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger, withReason ? "because" : null));
                        Assert.Equal(permitted ? 1 : 0, Math.Sign(refusal.Findings.Count));
                    }
                    else if (reasonMissing)
                    {
                        Assert.Throws<ArgumentException>(() => lifecycle.Fire(trigger, null));
                    }
                    else
                    {
                        lifecycle.Fire(trigger, withReason ? "because" : null);
                        state = next;
                    }
                }

                Check(lifecycle, state, lifecycle.Version, wasFinal);
            }
        }, iter: 2_000);

    [Fact]
    public void Random_triggers_on_an_invoice_return_follow_the_reference_table() =>
        Gen.Select(Gen.Enum<InvoiceKind>(), Operations).Sample((kind, operations) =>
        {
            var clock = ClockAtLocal(2026, 3, 2);
            var requestedAt = clock.GetCurrentInstant();
            var lifecycle = InvoiceReturnLifecycle.Request(Invoice, kind, clock);
            var state = lifecycle.State;
            var triggers = Values<InvoiceReturnTrigger>();
            foreach (var op in operations)
            {
                clock.Advance(Duration.FromMinutes(op % 997));
                var table = ReferenceTables.InvoiceReturn(kind, clock.GetCurrentInstant() - requestedAt);
                var wasFinal = ReferenceTables.IsFinal(table, state);
                var trigger = triggers[op % triggers.Count];
                var withReason = op / 4 % 3 != 0;
                Assert.Equal(table.ContainsKey((state, trigger)), lifecycle.CanFire(trigger));
                if (!table.TryGetValue((state, trigger), out var next))
                {
                    Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger, withReason ? "because" : null));
                }
                else if (trigger is InvoiceReturnTrigger.Reject or InvoiceReturnTrigger.RefuseRedLetter && !withReason)
                {
                    Assert.Throws<ArgumentException>(() => lifecycle.Fire(trigger));
                }
                else
                {
                    lifecycle.Fire(trigger, withReason ? "because" : null);
                    state = next;
                }

                Check(lifecycle, state, lifecycle.Version, wasFinal);
            }
        }, iter: 2_000);

    [Fact]
    public void Random_triggers_and_accounts_on_a_customer_association_follow_the_reference_table() =>
        Operations.Sample(operations =>
        {
            var table = ReferenceTables.Association;
            var clock = ClockAtLocal(2026, 3, 2);
            var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
            var state = lifecycle.State;
            var triggers = Values<AssociationTrigger>();
            foreach (var op in operations)
            {
                clock.Advance(Duration.FromMinutes(op % 997));
                var wasFinal = ReferenceTables.IsFinal(table, state);
                var trigger = triggers[op % triggers.Count];
                var permitted = table.TryGetValue((state, trigger), out var next);
                Assert.Equal(permitted, lifecycle.CanFire(trigger));
                if (trigger == AssociationTrigger.Associate && op / 4 % 2 == 0)
                {
                    // Associate(account) with an account 0..10 local days old.
                    var ageDays = op / 8 % 11;
                    var now = clock.GetCurrentInstant().InZone(Shanghai);
                    var created = now.Date.PlusDays(-ageDays).AtStartOfDayInZone(Shanghai).ToInstant();
                    var account = new CustomerAccount(Account, created);
                    if (permitted && ageDays <= 7)
                    {
                        lifecycle.Associate(account);
                        state = next;
                    }
                    else
                    {
                        Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(account));
                    }
                }
                else if (permitted && trigger == AssociationTrigger.Undo)
                {
                    // Minutes apart: a second undo always lies within AssociationUndoInterval of the first.
                    if (lifecycle.History.Any(step => step.Trigger == AssociationTrigger.Undo))
                    {
                        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Undo());
                        Assert.Equal(FindingCodes.AssociationUndoInterval, Assert.Single(refusal.Findings).Code);
                    }
                    else
                    {
                        lifecycle.Undo();
                        state = next;
                    }
                }
                else if (permitted && trigger != AssociationTrigger.Associate)
                {
                    lifecycle.Fire(trigger);
                    state = next;
                }
                else
                {
                    Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger));
                }

                Check(lifecycle, state, lifecycle.Version, wasFinal);
            }
        }, iter: 2_000);

    private static void Check<TState, TTrigger>(ILifecycle<TState, TTrigger> lifecycle, TState expected, long version, bool wasFinal)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        Assert.Equal(expected, lifecycle.State);
        Assert.Equal(version, lifecycle.History.Count);
        if (lifecycle.History.Count > 0)
        {
            Assert.Equal(expected, lifecycle.History[^1].To);
        }

        if (wasFinal)
        {
            Assert.Empty(lifecycle.PermittedTriggers);
        }
    }
}
