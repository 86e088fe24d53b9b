using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.SpecialistInvitations;
using PartnerRules.Tests.Support;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Settlements;

public sealed partial class SettlementAndInvitationSnapshotTests
{
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

    private static readonly IncentiveSettlementSnapshot Paid =
        SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Paid), ClockAtLocal(2026, 3, 2, 9)).ToSnapshot();

    private static readonly Dictionary<string, IncentiveSettlementSnapshot> PaidVariants = new()
    {
        ["Project"] = Paid with { Project = new OpportunityId("OPP-8") },
        ["Partner"] = Paid with { Partner = new PartnerId("P-2") },
        ["Payable"] = Paid with { Payable = Money.Cny(50_000.01m) },
        ["Payable (currency)"] = Paid with { Payable = new Money(50_000m, "USD") },
        ["State"] = Paid with { State = SettlementState.Qualified },
        ["Version"] = Paid with { Version = 5 },
        ["CreatedAt"] = Paid with { CreatedAt = Paid.CreatedAt - Duration.FromSeconds(1) },
        ["InvoiceReceivedOn"] = Paid with { InvoiceReceivedOn = new LocalDate(2026, 3, 1) },
        ["InvoiceReceivedOn (null)"] = Paid with { InvoiceReceivedOn = null },
        ["PaidBy"] = Paid with { PaidBy = PaymentMethod.CloudAccountCredit },
        ["PaidBy (null)"] = Paid with { PaidBy = null },
        ["History"] = Paid with { History = [.. Paid.History.Take(3)] },
        ["History (null)"] = Paid with { History = null! },
    };

    public static TheoryData<SettlementState> SettlementStates() => [.. SettlementTestKit.Reachable().Select(r => r.State)];

    public static TheoryData<SpecialistInvitationState> InvitationStates() => [.. InvitationTestKit.Reachable().Select(r => r.State)];

    [Fact]
    public void Every_state_is_reachable_by_the_reference_tables()
    {
        Assert.Equal(Values<SettlementState>().Count, SettlementStates().Count);
        Assert.Equal(Values<SpecialistInvitationState>().Count, InvitationStates().Count);
    }

    [Theory]
    [MemberData(nameof(SettlementStates))]
    public void A_settlement_round_trips_through_its_snapshot_and_json_from_every_state(SettlementState state)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(state), clock);
        var snapshot = settlement.ToSnapshot();

        var json = JsonSerializer.Serialize(snapshot, Json);
        var fromJson = JsonSerializer.Deserialize<IncentiveSettlementSnapshot>(json, Json)!;

        Assert.Equal(snapshot, fromJson);
        Assert.Equal(snapshot.GetHashCode(), fromJson.GetHashCode());
        foreach (var copy in new[] { IncentiveSettlementLifecycle.Restore(snapshot, clock), IncentiveSettlementLifecycle.Restore(fromJson, clock) })
        {
            Assert.Equal(settlement.State, copy.State);
            Assert.Equal(settlement.Version, copy.Version);
            Assert.Equal(settlement.History, copy.History);
            Assert.Equal(settlement.Payable, copy.Payable);
            Assert.Equal(settlement.InvoiceReceivedOn, copy.InvoiceReceivedOn);
            Assert.Equal(settlement.PaidBy, copy.PaidBy);
            Assert.Equal(settlement.Deadline, copy.Deadline);
            Assert.Equal(settlement.PermittedTriggers, copy.PermittedTriggers);
            Assert.Equal(snapshot, copy.ToSnapshot());
        }

        Assert.Contains($"\"state\":\"{state}\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvitationStates))]
    public void An_invitation_round_trips_through_its_snapshot_and_json_from_every_state(SpecialistInvitationState state)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var invitation = InvitationTestKit.Drive(InvitationTestKit.PathTo(state), clock);
        var snapshot = invitation.ToSnapshot();

        var fromJson = JsonSerializer.Deserialize<SpecialistInvitationSnapshot>(JsonSerializer.Serialize(snapshot, Json), Json)!;

        Assert.Equal(snapshot, fromJson);
        Assert.Equal(snapshot.GetHashCode(), fromJson.GetHashCode());
        foreach (var copy in new[] { SpecialistInvitationLifecycle.Restore(snapshot, clock), SpecialistInvitationLifecycle.Restore(fromJson, clock) })
        {
            Assert.Equal(invitation.State, copy.State);
            Assert.Equal(invitation.Version, copy.Version);
            Assert.Equal(invitation.History, copy.History);
            Assert.Equal(invitation.Application, copy.Application);
            Assert.Equal(invitation.InvitedOn, copy.InvitedOn);
            Assert.Equal(invitation.Deadline, copy.Deadline);
            Assert.Equal(invitation.PermittedTriggers, copy.PermittedTriggers);
            Assert.Equal(snapshot, copy.ToSnapshot());
        }
    }

    [Fact]
    public void A_restored_settlement_carries_on_to_payment()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var saved = SettlementTestKit.Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock).ToSnapshot();
        clock.AdvanceDays(3);

        var settlement = IncentiveSettlementLifecycle.Restore(saved, clock);
        settlement.Pay(Money.Cny(50_000m), PaymentMethod.BankTransfer);

        Assert.Equal(SettlementState.Paid, settlement.State);
        Assert.Equal(saved.History, settlement.History.Take(3));
    }

    public static TheoryData<string, string> SettlementTamperings() => new()
    {
        { "no received date", "InvoiceReceivedOn is null, but the history qualified" },
        { "received date without qualifying", "InvoiceReceivedOn is set, but the history never qualified" },
        { "received after qualifying", "InvoiceReceivedOn 2026-03-03 is after the day the invoice was qualified (2026-03-02)" },
        { "no method", "PaidBy is null, but the history paid" },
        { "method without paying", "PaidBy is set, but the history never paid" },
        { "undefined method", "is not a defined PaymentMethod" },
        { "negative payable", "Payable must be a non-negative amount" },
        { "default payable", "Payable must be a non-negative amount" },
        { "default project", "Project is default" },
        { "default partner", "Partner is default" },
        { "skipped review", "Qualify is not permitted in InvoiceSubmitted" },
        { "missing reason", "has no reason" },
        { "version", "Version 9 does not match" },
        { "null history", "History is null" },
    };

    [Theory]
    [MemberData(nameof(SettlementTamperings))]
    public void Restore_rejects_a_tampered_settlement_snapshot_naming_the_problem(string tampering, string problem)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var paid = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Paid), clock).ToSnapshot();
        var rejected = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.InvoiceRejected), clock).ToSnapshot();
        var h = paid.History;
        var bad = tampering switch
        {
            "no received date" => paid with { InvoiceReceivedOn = null },
            "received date without qualifying" => rejected with { InvoiceReceivedOn = new LocalDate(2026, 3, 2) },
            "received after qualifying" => paid with { InvoiceReceivedOn = new LocalDate(2026, 3, 3) },
            "no method" => paid with { PaidBy = null },
            "method without paying" => rejected with { PaidBy = PaymentMethod.BankTransfer },
            "undefined method" => paid with { PaidBy = (PaymentMethod)9 },
            "negative payable" => paid with { Payable = Money.Cny(-1m) },
            "default payable" => paid with { Payable = default },
            "default project" => paid with { Project = default },
            "default partner" => paid with { Partner = default },
            "skipped review" => paid with { State = SettlementState.Qualified, Version = 2, PaidBy = null, History = [h[0], h[2] with { From = SettlementState.InvoiceSubmitted }] },
            "missing reason" => rejected with { History = [rejected.History[0], rejected.History[1], rejected.History[2] with { Reason = null }] },
            "version" => paid with { Version = 9 },
            "null history" => paid with { History = null! },
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        var error = Assert.Throws<SnapshotRejectedException>(() => IncentiveSettlementLifecycle.Restore(bad, clock));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restored_settlement_refuses_a_clock_before_its_last_step_even_when_after_the_start()
    {
        var saved = SettlementTestKit.Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], ClockAtLocal(2026, 3, 2, 9)).ToSnapshot();
        var settlement = IncentiveSettlementLifecycle.Restore(saved, new FakeClock(Local(2026, 3, 2, 9, 1, 30)));

        var error = Assert.Throws<PartnerRulesException>(() => settlement.Fire(SettlementTrigger.RejectInvoice, "Wrong tax number"));

        Assert.Contains("before this lifecycle's latest recorded event at 2026-03-02T01:02:00Z", error.Message, StringComparison.Ordinal);
        Assert.Equal(saved, settlement.ToSnapshot());
    }
}
