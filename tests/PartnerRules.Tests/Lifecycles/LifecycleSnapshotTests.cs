using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

public sealed class LifecycleSnapshotTests
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

    public static TheoryData<string, string> OpportunityTamperings() => new()
    {
        { "version", "Version 2 does not match" },
        { "state", "is not where the history ends" },
        { "first step", "not in the initial state Draft" },
        { "chain", "but History[0] ended in Submitted" },
        { "step not in table", "Win is not permitted in Submitted" },
        { "wrong destination", "leads to Active, not Rejected" },
        { "out of order", "is before History[1]" },
        { "before creation", "is before the creation" },
        { "missing reason", "has no reason" },
        { "undefined state", "is not a defined OpportunityState" },
        { "undefined origin", "is not a defined OpportunityOrigin" },
        { "undefined trigger", "holds an undefined value" },
        { "null history", "History is null" },
        { "null step", "History[1] is null" },
        { "null form", "Form is null" },
        { "default id", "Id is default" },
        { "last update before last step", "LastUpdatedAt" },
        { "other origin", "not in the initial state Offered" },
        { "empty history in a later state", "is not the initial state Draft" },
    };

    [Theory]
    [MemberData(nameof(OpportunityTamperings))]
    public void Restore_rejects_a_tampered_opportunity_snapshot_naming_the_problem(string tampering, string problem)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var good = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit, OpportunityTrigger.Approve, OpportunityTrigger.Win], clock).ToSnapshot();
        var h = good.History;
        var bad = tampering switch
        {
            "version" => good with { Version = 2 },
            "state" => good with { State = OpportunityState.Delivered },
            "first step" => good with { History = [h[0] with { From = OpportunityState.ActionRequired }, h[1], h[2]] },
            "chain" => good with { History = [h[0], h[1] with { From = OpportunityState.Active }, h[2]] },
            "step not in table" => good with { History = [h[0], h[1] with { Trigger = OpportunityTrigger.Win }, h[2]] },
            "wrong destination" => good with { History = [h[0], h[1] with { To = OpportunityState.Rejected }, h[2]] },
            "out of order" => good with { History = [h[0], h[1], h[2] with { At = h[1].At - Duration.FromSeconds(1) }] },
            "before creation" => good with { CreatedAt = h[0].At + Duration.FromSeconds(1) },
            "missing reason" => good with { State = OpportunityState.Lost, History = [h[0], h[1], h[2] with { Trigger = OpportunityTrigger.Lose, To = OpportunityState.Lost }] },
            "undefined state" => good with { State = (OpportunityState)42 },
            "undefined origin" => good with { Origin = (OpportunityOrigin)42 },
            "undefined trigger" => good with { History = [h[0], h[1], h[2] with { Trigger = (OpportunityTrigger)42 }] },
            "null history" => good with { History = null! },
            "null step" => good with { History = [h[0], null!, h[2]] },
            "null form" => good with { Form = null! },
            "default id" => good with { Id = default },
            "last update before last step" => good with { LastUpdatedAt = h[2].At - Duration.FromSeconds(1) },
            "other origin" => good with { Origin = OpportunityOrigin.HuaweiOriginated },
            "empty history in a later state" => good with { History = [], Version = 0 },
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        var error = Assert.Throws<ArgumentException>(() => OpportunityLifecycle.Restore(bad, clock));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> InvoiceTamperings() => new()
    {
        { "kind", "ConfirmRedLetter is not permitted in Requested" },
        { "undefined kind", "is not a defined InvoiceKind" },
        { "missing reason", "has no reason" },
        { "version", "Version 5 does not match" },
        { "default id", "Id is default" },
    };

    [Theory]
    [MemberData(nameof(InvoiceTamperings))]
    public void Restore_rejects_a_tampered_invoice_return_snapshot_naming_the_problem(string tampering, string problem)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var good = LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter, InvoiceReturnTrigger.Reject], clock).ToSnapshot();
        var bad = tampering switch
        {
            "kind" => good with { Kind = InvoiceKind.PaperOrdinary },
            "undefined kind" => good with { Kind = (InvoiceKind)9 },
            "missing reason" => good with { History = [good.History[0], good.History[1] with { Reason = " " }] },
            "version" => good with { Version = 5 },
            "default id" => good with { Id = default },
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        var error = Assert.Throws<ArgumentException>(() => InvoiceReturnLifecycle.Restore(bad, clock));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> AssociationTamperings() => new()
    {
        { "no customer", "Customer is null, but the history associated an account" },
        { "customer without associating", "Customer is set, but the history never associated an account" },
        { "default customer", "Customer is default" },
        { "undefined mode", "is not a defined AssociationMode" },
        { "default partner", "Partner is default" },
        { "skipped signature", "Dissociate is not permitted in AwaitingSignature" },
    };

    [Theory]
    [MemberData(nameof(AssociationTamperings))]
    public void Restore_rejects_a_tampered_customer_association_snapshot_naming_the_problem(string tampering, string problem)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var good = LifecycleDrivers.Association([AssociationTrigger.Associate, AssociationTrigger.SignNotice], clock).ToSnapshot();
        var expired = LifecycleDrivers.Association([AssociationTrigger.Expire], clock).ToSnapshot();
        var h = good.History;
        var bad = tampering switch
        {
            "no customer" => good with { Customer = null },
            "customer without associating" => expired with { Customer = Account },
            "default customer" => good with { Customer = default(AccountId) },
            "undefined mode" => good with { Mode = (AssociationMode)9 },
            "default partner" => good with { Partner = default },
            "skipped signature" => good with { State = AssociationState.Dissociated, History = [h[0], h[1] with { Trigger = AssociationTrigger.Dissociate, To = AssociationState.Dissociated }] },
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        var error = Assert.Throws<ArgumentException>(() => CustomerAssociationLifecycle.Restore(bad, clock));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_without_a_snapshot_is_an_argument_null_exception()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => OpportunityLifecycle.Restore(null!, clock)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => InvoiceReturnLifecycle.Restore(null!, clock)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => CustomerAssociationLifecycle.Restore(null!, clock)).ParamName);
    }

    [Fact]
    public void Restore_lists_every_problem_at_once()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var good = LifecycleDrivers.InvoiceReturn(InvoiceKind.ElectronicOrdinary, [InvoiceReturnTrigger.Complete], clock).ToSnapshot();

        var error = Assert.Throws<ArgumentException>(() => InvoiceReturnLifecycle.Restore(good with { Id = default, Version = 3 }, clock));

        Assert.Contains("2 problems", error.Message, StringComparison.Ordinal);
    }
}
