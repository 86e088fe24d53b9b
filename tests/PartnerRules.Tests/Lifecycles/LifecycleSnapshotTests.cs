using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

public sealed partial class LifecycleSnapshotTests
{
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

    public static TheoryData<OpportunityOrigin, OpportunityState> OpportunityStates()
    {
        var data = new TheoryData<OpportunityOrigin, OpportunityState>();
        foreach (var (state, _) in ReferenceTables.Reachable(ReferenceTables.OpportunityPo, OpportunityState.Draft))
        {
            data.Add(OpportunityOrigin.PartnerOriginated, state);
        }

        foreach (var (state, _) in ReferenceTables.Reachable(ReferenceTables.OpportunityHo, OpportunityState.Offered))
        {
            data.Add(OpportunityOrigin.HuaweiOriginated, state);
        }

        return data;
    }

    public static TheoryData<InvoiceKind, InvoiceReturnState> InvoiceReturnStates()
    {
        var data = new TheoryData<InvoiceKind, InvoiceReturnState>();
        foreach (var kind in Values<InvoiceKind>())
        {
            foreach (var (state, _) in ReferenceTables.Reachable(ReferenceTables.InvoiceReturn(kind), InvoiceReturnState.Requested))
            {
                data.Add(kind, state);
            }
        }

        return data;
    }

    public static TheoryData<AssociationState> AssociationStates() =>
        [.. ReferenceTables.Reachable(ReferenceTables.Association, AssociationState.Invited).Select(r => r.State)];

    [Theory]
    [MemberData(nameof(OpportunityStates))]
    public void An_opportunity_round_trips_through_its_snapshot_and_json_from_every_state(OpportunityOrigin origin, OpportunityState state)
    {
        var path = ReferenceTables.Reachable(origin == OpportunityOrigin.PartnerOriginated ? ReferenceTables.OpportunityPo : ReferenceTables.OpportunityHo,
            origin == OpportunityOrigin.PartnerOriginated ? OpportunityState.Draft : OpportunityState.Offered).Single(r => r.State == state).Path;
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.Opportunity(origin, path, clock);
        var snapshot = lifecycle.ToSnapshot();

        var restored = OpportunityLifecycle.Restore(snapshot, clock);
        var json = JsonSerializer.Serialize(snapshot, Json);
        var fromJson = JsonSerializer.Deserialize<OpportunitySnapshot>(json, Json)!;
        var restoredFromJson = OpportunityLifecycle.Restore(fromJson, clock);

        Assert.Equal(snapshot, fromJson);
        Assert.Equal(snapshot.GetHashCode(), fromJson.GetHashCode());
        foreach (var copy in new[] { restored, restoredFromJson })
        {
            Assert.Equal(lifecycle.State, copy.State);
            Assert.Equal(lifecycle.Version, copy.Version);
            Assert.Equal(lifecycle.History, copy.History);
            Assert.Equal(lifecycle.Form, copy.Form);
            Assert.Equal(lifecycle.Id, copy.Id);
            Assert.Equal(lifecycle.Origin, copy.Origin);
            Assert.Equal(lifecycle.ToRecord(), copy.ToRecord());
            Assert.Equal(lifecycle.PermittedTriggers, copy.PermittedTriggers);
            Assert.Equal(snapshot, copy.ToSnapshot());
        }

        Assert.Contains($"\"state\":\"{state}\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvoiceReturnStates))]
    public void An_invoice_return_round_trips_through_its_snapshot_and_json_from_every_state(InvoiceKind kind, InvoiceReturnState state)
    {
        var path = ReferenceTables.Reachable(ReferenceTables.InvoiceReturn(kind), InvoiceReturnState.Requested).Single(r => r.State == state).Path;
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.InvoiceReturn(kind, path, clock);
        var snapshot = lifecycle.ToSnapshot();

        var fromJson = JsonSerializer.Deserialize<InvoiceReturnSnapshot>(JsonSerializer.Serialize(snapshot, Json), Json)!;

        Assert.Equal(snapshot, fromJson);
        foreach (var copy in new[] { InvoiceReturnLifecycle.Restore(snapshot, clock), InvoiceReturnLifecycle.Restore(fromJson, clock) })
        {
            Assert.Equal(lifecycle.State, copy.State);
            Assert.Equal(lifecycle.Version, copy.Version);
            Assert.Equal(lifecycle.History, copy.History);
            Assert.Equal(lifecycle.Kind, copy.Kind);
            Assert.Equal(lifecycle.Id, copy.Id);
            Assert.Equal(lifecycle.Deadline, copy.Deadline);
            Assert.Equal(snapshot, copy.ToSnapshot());
        }
    }

    [Theory]
    [MemberData(nameof(AssociationStates))]
    public void A_customer_association_round_trips_through_its_snapshot_and_json_from_every_state(AssociationState state)
    {
        var path = ReferenceTables.Reachable(ReferenceTables.Association, AssociationState.Invited).Single(r => r.State == state).Path;
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.Association(path, clock);
        var snapshot = lifecycle.ToSnapshot();

        var fromJson = JsonSerializer.Deserialize<CustomerAssociationSnapshot>(JsonSerializer.Serialize(snapshot, Json), Json)!;

        Assert.Equal(snapshot, fromJson);
        foreach (var copy in new[] { CustomerAssociationLifecycle.Restore(snapshot, clock), CustomerAssociationLifecycle.Restore(fromJson, clock) })
        {
            Assert.Equal(lifecycle.State, copy.State);
            Assert.Equal(lifecycle.Version, copy.Version);
            Assert.Equal(lifecycle.History, copy.History);
            Assert.Equal(lifecycle.Partner, copy.Partner);
            Assert.Equal(lifecycle.Mode, copy.Mode);
            Assert.Equal(lifecycle.Customer, copy.Customer);
            Assert.Equal(snapshot, copy.ToSnapshot());
        }
    }

    [Fact]
    public void A_restored_lifecycle_carries_on_from_where_it_was_saved()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var saved = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit, OpportunityTrigger.Approve], clock).ToSnapshot();
        clock.AdvanceDays(1);

        var lifecycle = OpportunityLifecycle.Restore(saved, clock);
        lifecycle.Fire(OpportunityTrigger.Win);

        Assert.Equal(OpportunityState.Won, lifecycle.State);
        Assert.Equal(3, lifecycle.Version);
        Assert.Equal(clock.GetCurrentInstant(), lifecycle.History[^1].At);
        Assert.Equal(saved.History, lifecycle.History.Take(2));
    }

    [Fact]
    public void A_snapshot_copies_its_history_and_compares_it_by_content()
    {
        var step = new Transition<InvoiceReturnState, InvoiceReturnTrigger>(InvoiceReturnState.Requested, InvoiceReturnState.Completed, InvoiceReturnTrigger.Complete, Local(2026, 3, 2));
        var list = new List<Transition<InvoiceReturnState, InvoiceReturnTrigger>> { step };
        var snapshot = new InvoiceReturnSnapshot(Invoice, InvoiceKind.ElectronicOrdinary, InvoiceReturnState.Completed, 1, Local(2026, 3, 2), list);
        list.Clear();

        Assert.Single(snapshot.History);
        Assert.Equal(snapshot, snapshot with { History = [step] });
        Assert.NotEqual(snapshot, snapshot with { History = [] });
    }
}
