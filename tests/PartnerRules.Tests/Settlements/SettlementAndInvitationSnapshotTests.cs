using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Settlements;

public sealed class SettlementAndInvitationSnapshotTests
{
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

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

        var error = Assert.Throws<ArgumentException>(() => IncentiveSettlementLifecycle.Restore(bad, clock));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> InvitationTamperings() => new()
    {
        { "no application", "Application is null, but the history applied" },
        { "application without applying", "Application is set, but the history never applied" },
        { "default account", "Account is default" },
        { "default partner", "Partner is default" },
        { "skipped bind", "Apply is not permitted in Invited" },
        { "missing reason", "has no reason" },
        { "state", "is not where the history ends" },
        { "undefined trigger", "holds an undefined value" },
    };

    [Theory]
    [MemberData(nameof(InvitationTamperings))]
    public void Restore_rejects_a_tampered_invitation_snapshot_naming_the_problem(string tampering, string problem)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var rejected = InvitationTestKit.Drive(InvitationTestKit.PathTo(SpecialistInvitationState.Rejected), clock).ToSnapshot();
        var bound = InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind], clock).ToSnapshot();
        var h = rejected.History;
        var bad = tampering switch
        {
            "no application" => rejected with { Application = null },
            "application without applying" => bound with { Application = InvitationTestKit.CompleteApplication },
            "default account" => rejected with { Account = default },
            "default partner" => rejected with { Partner = default },
            "skipped bind" => rejected with { Version = 2, History = [h[1] with { From = SpecialistInvitationState.Invited }, h[2]] },
            "missing reason" => rejected with { History = [h[0], h[1], h[2] with { Reason = "" }] },
            "state" => rejected with { State = SpecialistInvitationState.Approved },
            "undefined trigger" => rejected with { History = [h[0], h[1], h[2] with { Trigger = (SpecialistInvitationTrigger)40 }] },
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        var error = Assert.Throws<ArgumentException>(() => SpecialistInvitationLifecycle.Restore(bad, clock));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_without_a_snapshot_is_an_argument_null_exception()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => IncentiveSettlementLifecycle.Restore(null!, clock)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => SpecialistInvitationLifecycle.Restore(null!, clock)).ParamName);
    }
}
