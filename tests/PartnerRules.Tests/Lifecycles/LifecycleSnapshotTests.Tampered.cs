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

        var error = Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(bad, clock));

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

        var error = Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(bad, clock));

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

        var error = Assert.Throws<SnapshotRejectedException>(() => CustomerAssociationLifecycle.Restore(bad, clock));

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

        var error = Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(good with { Id = default, Version = 3 }, clock));

        Assert.Contains("2 problems", error.Message, StringComparison.Ordinal);
    }
}
