using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// <c>Revision</c> counts every write: 0 when created, +1 on every transition of every lifecycle (each edge of each
/// table is taken once here) and on every edit; a refused call leaves it; snapshots keep it and Restore checks it.
/// </summary>
public sealed class RevisionTests
{
    [Fact]
    public void Every_transition_of_every_lifecycle_moves_the_revision_by_one()
    {
        foreach (var ((from, trigger), _) in ReferenceTables.OpportunityPo)
        {
            var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, PathTo(ReferenceTables.OpportunityPo, OpportunityState.Draft, from));
            AssertOneWrite(lifecycle.Revision, lifecycle.Version, () => lifecycle.Fire(trigger, ReasonFor(trigger)), () => (lifecycle.Revision, lifecycle.Version));
        }

        foreach (var ((from, trigger), _) in ReferenceTables.OpportunityHo)
        {
            var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.HuaweiOriginated, PathTo(ReferenceTables.OpportunityHo, OpportunityState.Offered, from));
            AssertOneWrite(lifecycle.Revision, lifecycle.Version, () => lifecycle.Fire(trigger, ReasonFor(trigger)), () => (lifecycle.Revision, lifecycle.Version));
        }

        foreach (var kind in Values<InvoiceKind>())
        {
            var table = ReferenceTables.InvoiceReturn(kind);
            foreach (var ((from, trigger), _) in table)
            {
                var lifecycle = LifecycleDrivers.InvoiceReturn(kind, PathTo(table, InvoiceReturnState.Requested, from));
                AssertOneWrite(lifecycle.Revision, lifecycle.Version, () => lifecycle.Fire(trigger, ReasonFor(trigger)), () => (lifecycle.Revision, lifecycle.Version));
            }
        }

        foreach (var ((from, trigger), _) in ReferenceTables.Association)
        {
            var clock = ClockAtLocal(2026, 3, 2);
            var lifecycle = LifecycleDrivers.Association(PathTo(ReferenceTables.Association, AssociationState.Invited, from), clock);
            AssertOneWrite(lifecycle.Revision, lifecycle.Version, () =>
            {
                if (trigger == AssociationTrigger.Associate)
                {
                    lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant() - Duration.FromDays(1)));
                }
                else if (trigger == AssociationTrigger.Undo)
                {
                    lifecycle.Undo();
                }
                else
                {
                    lifecycle.Fire(trigger);
                }
            }, () => (lifecycle.Revision, lifecycle.Version));
        }

        foreach (var ((from, trigger), _) in SettlementTestKit.Table)
        {
            var clock = ClockAtLocal(2026, 3, 2, 9);
            var lifecycle = SettlementTestKit.Drive(SettlementTestKit.PathTo(from), clock);
            AssertOneWrite(lifecycle.Revision, lifecycle.Version, () => SettlementTestKit.Do(lifecycle, trigger, clock), () => (lifecycle.Revision, lifecycle.Version));
        }

        foreach (var ((from, trigger), _) in InvitationTestKit.Table)
        {
            var lifecycle = InvitationTestKit.Drive(InvitationTestKit.PathTo(from));
            AssertOneWrite(lifecycle.Revision, lifecycle.Version, () => InvitationTestKit.Do(lifecycle, trigger), () => (lifecycle.Revision, lifecycle.Version));
        }
    }

    [Fact]
    public void An_edit_is_a_write_but_not_a_transition_and_a_refused_edit_writes_nothing()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var draft = OpportunityLifecycle.CreateDraft(Opp, clock);
        Assert.Equal((0L, 0L), (draft.Revision, draft.Version));

        draft.Edit(CompleteForm);
        draft.Edit(CompleteForm with { CustomerName = "Another" });
        Assert.Equal((2L, 0L), (draft.Revision, draft.Version));

        draft.Fire(OpportunityTrigger.Submit);
        draft.Fire(OpportunityTrigger.Reject, "no");
        Assert.Equal((4L, 2L), (draft.Revision, draft.Version));
        Assert.Throws<InvalidTransitionException>(() => draft.Edit(CompleteForm));
        Assert.Throws<InvalidTransitionException>(() => draft.Fire(OpportunityTrigger.Submit));
        Assert.Equal((4L, 2L), (draft.Revision, draft.Version));
    }

    [Fact]
    public void Two_edits_against_the_same_revision_are_told_apart()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var stored = OpportunityLifecycle.CreateDraft(Opp, clock).ToSnapshot();
        var first = OpportunityLifecycle.Restore(stored, clock);
        var second = OpportunityLifecycle.Restore(stored, clock);

        first.Edit(CompleteForm);
        second.Edit(CompleteForm with { CustomerName = "Second" });

        // Both started from revision 0: a store that compares the expected revision accepts the first save only.
        Assert.Equal(stored.Revision + 1, first.Revision);
        Assert.Equal(first.Revision, second.Revision);
        Assert.Equal(stored.Version, first.Version);
    }

    [Fact]
    public void A_snapshot_keeps_the_revision_and_restore_gives_it_back()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit, OpportunityTrigger.Approve], clock);
        lifecycle.Edit(CompleteForm with { CustomerName = "After approval" });

        var snapshot = lifecycle.ToSnapshot();
        var restored = OpportunityLifecycle.Restore(snapshot, clock);

        Assert.Equal((4L, 2L), (snapshot.Revision, snapshot.Version));
        Assert.Equal(4L, restored.Revision);
        Assert.NotEqual(snapshot, snapshot with { Revision = 5 });
    }

    [Fact]
    public void A_snapshot_written_before_revisions_existed_restores_with_its_version_as_revision()
    {
        var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified)).ToSnapshot() with { Revision = 0 };

        var restored = IncentiveSettlementLifecycle.Restore(settlement, ClockAtLocal(2026, 3, 3));

        Assert.Equal(settlement.Version, restored.Revision);
        Assert.True(restored.Revision > 0);
    }

    [Fact]
    public void A_revision_below_the_version_is_a_rejected_snapshot_naming_the_lifecycle()
    {
        var snapshot = LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter]).ToSnapshot();

        var below = Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(snapshot with { Revision = -3 }, ClockAtLocal(2026, 3, 3)));

        Assert.Equal(
            "The InvoiceReturnSnapshot of invoice 'INV-1' cannot be restored (1 problem): Revision -3 is below Version 1: every transition is a write, so Revision is at least Version.",
            below.Message);
        Assert.Equal("invoice 'INV-1'", below.LifecycleId);
        Assert.Equal(5, InvoiceReturnLifecycle.Restore(snapshot with { Revision = 5 }, ClockAtLocal(2026, 3, 3)).Revision);
    }

    [Fact]
    public void Json_written_before_revisions_and_versions_existed_still_reads_and_restores()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var snapshot = LifecycleDrivers.Opportunity(OpportunityOrigin.HuaweiOriginated, [OpportunityTrigger.Accept], clock).ToSnapshot();
        var options = PartnerRulesJson.CreateOptions();
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(snapshot, options))!.AsObject();
        Assert.Equal(1L, (long)json["revision"]!);
        Assert.Equal("default", (string)json["policyVersion"]!);
        json.Remove("revision");
        json.Remove("policyVersion");

        var old = System.Text.Json.JsonSerializer.Deserialize<OpportunitySnapshot>(json.ToJsonString(), options)!;
        var restored = OpportunityLifecycle.Restore(old, clock);

        Assert.Equal((0L, null), (old.Revision, old.PolicyVersion));
        Assert.Equal((1L, "default"), (restored.Revision, restored.PolicyVersion));
    }

    private static void AssertOneWrite(long revisionBefore, long versionBefore, Action write, Func<(long Revision, long Version)> after)
    {
        write();
        Assert.Equal((revisionBefore + 1, versionBefore + 1), after());
    }

    private static IReadOnlyList<TTrigger> PathTo<TState, TTrigger>(IReadOnlyDictionary<(TState, TTrigger), TState> table, TState initial, TState state)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        ReferenceTables.Reachable(table, initial).First(r => EqualityComparer<TState>.Default.Equals(r.State, state)).Path;
}
