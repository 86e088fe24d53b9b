using System;
using CsCheck;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Settlements;

/// <summary>
/// Random operation sequences against the settlement and invitation lifecycles and their hand-written tables: the same
/// state after every operation, <c>Version == History.Count</c>, a final state stays final, refusals change nothing.
/// </summary>
[Trait("Kind", "Randomised")]
public sealed class SettlementAndInvitationPropertyTests
{
    private static readonly Gen<int[]> Operations = Gen.Int[0, 1_000_000].Array[0, 40];

    [Fact]
    public void Random_operations_on_a_settlement_follow_the_reference_table() =>
        Operations.Sample(operations =>
        {
            var table = SettlementTestKit.Table;
            var clock = ClockAtLocal(2026, 3, 2, 9);
            var settlement = IncentiveSettlementLifecycle.Start(SettlementTestKit.Project, Partner, SettlementTestKit.Approved(), clock);
            var state = settlement.State;
            var triggers = Values<SettlementTrigger>();
            foreach (var op in operations)
            {
                clock.Advance(Duration.FromMinutes(op % 997));
                var wasFinal = Lifecycles.ReferenceTables.IsFinal(table, state);
                var trigger = triggers[op % triggers.Count];
                var variant = op / 8 % 3;
                var permitted = table.TryGetValue((state, trigger), out var next);
                var before = settlement.ToSnapshot();
                Assert.Equal(permitted, settlement.CanFire(trigger));
                Action act = trigger switch
                {
                    SettlementTrigger.Qualify => () => settlement.Qualify(clock.GetCurrentInstant().InZone(Shanghai).Date.PlusDays(variant == 0 ? 1 : 0)),
                    SettlementTrigger.Pay => () => settlement.Pay(variant == 0 ? Money.Cny(1m) : settlement.Payable, PaymentMethod.CloudAccountCredit),
                    SettlementTrigger.RejectInvoice => () => settlement.Fire(trigger, variant == 0 ? null : "because"),
                    _ => () => settlement.Fire(trigger),
                };
                var fails = variant == 0 && trigger is SettlementTrigger.Qualify or SettlementTrigger.Pay or SettlementTrigger.RejectInvoice;
                if (!permitted)
                {
                    Assert.Throws<InvalidTransitionException>(act);
                }
                else if (fails)
                {
                    Assert.ThrowsAny<PartnerRulesOrArgument>(() => Wrap(act));
                }
                else
                {
                    act();
                    state = next;
                }

                if (!permitted || fails)
                {
                    Assert.Equal(before, settlement.ToSnapshot());
                }

                Check(settlement, state, wasFinal);
            }
        }, iter: 1_000);

    [Fact]
    public void Random_operations_on_an_invitation_follow_the_reference_table_and_the_validity() =>
        Operations.Sample(operations =>
        {
            var table = InvitationTestKit.Table;
            var clock = ClockAtLocal(2026, 3, 2);
            var invitation = SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock);
            var expiresAt = new LocalDate(2026, 3, 10).AtStartOfDayInZone(Shanghai).ToInstant();
            var state = invitation.State;
            var triggers = Values<SpecialistInvitationTrigger>();
            foreach (var op in operations)
            {
                clock.Advance(Duration.FromMinutes(op % 997));
                var wasFinal = Lifecycles.ReferenceTables.IsFinal(table, state);
                var trigger = triggers[op % triggers.Count];
                var good = op / 8 % 3 != 0;
                var permitted = table.TryGetValue((state, trigger), out var next)
                    && (trigger != SpecialistInvitationTrigger.Bind || clock.GetCurrentInstant() < expiresAt);
                var before = invitation.ToSnapshot();
                Assert.Equal(permitted, invitation.CanFire(trigger));
                Action act = trigger switch
                {
                    SpecialistInvitationTrigger.Bind => () => invitation.Bind(good ? InvitationTestKit.ApprovedLink : InvitationTestKit.RefusedLink),
                    SpecialistInvitationTrigger.Apply => () => invitation.Apply(good ? InvitationTestKit.CompleteApplication : new SpecialistApplication()),
                    SpecialistInvitationTrigger.Reject => () => invitation.Fire(trigger, good ? "because" : null),
                    _ => () => invitation.Fire(trigger),
                };
                var fails = !good && trigger is SpecialistInvitationTrigger.Bind or SpecialistInvitationTrigger.Apply or SpecialistInvitationTrigger.Reject;
                if (!permitted)
                {
                    Assert.Throws<InvalidTransitionException>(act);
                }
                else if (fails)
                {
                    Assert.ThrowsAny<PartnerRulesOrArgument>(() => Wrap(act));
                }
                else
                {
                    act();
                    state = next;
                }

                if (!permitted || fails)
                {
                    Assert.Equal(before, invitation.ToSnapshot());
                }

                Check(invitation, state, wasFinal);
            }
        }, iter: 1_000);

    private static void Wrap(Action act)
    {
        try
        {
            act();
        }
        catch (Exception e) when (e is InvalidTransitionException or ArgumentException)
        {
            throw new PartnerRulesOrArgument(e);
        }
    }

    private static void Check<TState, TTrigger>(ILifecycle<TState, TTrigger> lifecycle, TState expected, bool wasFinal)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        Assert.Equal(expected, lifecycle.State);
        Assert.Equal(lifecycle.Version, lifecycle.History.Count);
        if (lifecycle.History.Count > 0)
        {
            Assert.Equal(expected, lifecycle.History[^1].To);
        }

        if (wasFinal)
        {
            Assert.Empty(lifecycle.PermittedTriggers);
        }
    }

    /// <summary>A refusal (InvalidTransitionException) or bad input (ArgumentException) of a permitted step with bad data.</summary>
    private sealed class PartnerRulesOrArgument(Exception inner) : Exception(inner.Message, inner);
}
