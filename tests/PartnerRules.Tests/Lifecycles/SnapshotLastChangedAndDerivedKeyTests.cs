using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Lifecycles;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// What a store reads off any snapshot: <see cref="ILifecycleSnapshot.LastChangedAt"/> is the last step's instant once
/// the history has several steps (not the first, nor the creation), and a snapshot written before keys existed reads
/// with the key derived from its own data, for every kind.
/// </summary>
public sealed class SnapshotLastChangedAndDerivedKeyTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 2, 0);

    /// <summary>One lifecycle of each kind, each taken two steps, an hour apart; the last step three hours after the start.</summary>
    private static IReadOnlyList<ILifecycle> TwoStepsEach(FakeClock clock)
    {
        var opportunity = OpportunityLifecycle.CreateDraft(new OpportunityId("PO-1"), clock);
        opportunity.Edit(LifecycleTestKit.CompleteForm);
        var invoice = InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary, clock);
        var association = CustomerAssociationLifecycle.Invite(new PartnerId("P-1"), AssociationMode.Resale, clock);
        var settlement = IncentiveSettlementLifecycle.Start(new OpportunityId("PRJ-1"), new PartnerId("P-1"), SettlementTestKit.Approved(), clock);
        var invitation = SpecialistInvitationLifecycle.Invite(new PartnerId("P-1"), new AccountId("13800000000"), 0, clock);

        clock.Advance(Duration.FromHours(2));
        opportunity.Fire(OpportunityTrigger.Submit);
        invoice.Fire(InvoiceReturnTrigger.ReceiveOriginal);
        association.Associate(new CustomerAccount(LifecycleTestKit.Account, Start));
        settlement.Fire(SettlementTrigger.SubmitInvoice);
        invitation.Bind(InvitationTestKit.ApprovedLink);

        clock.Advance(Duration.FromHours(1));
        opportunity.Fire(OpportunityTrigger.Approve);
        invoice.Fire(InvoiceReturnTrigger.Complete);
        association.Fire(AssociationTrigger.SignNotice);
        settlement.Fire(SettlementTrigger.StartReview);
        invitation.Apply(InvitationTestKit.CompleteApplication);

        return [opportunity, invoice, association, settlement, invitation];
    }

    public static TheoryData<LifecycleKind> Kinds() =>
    [
        LifecycleKind.Opportunity, LifecycleKind.InvoiceReturn, LifecycleKind.CustomerAssociation, LifecycleKind.IncentiveSettlement, LifecycleKind.SpecialistInvitation,
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_snapshot_was_last_changed_at_its_last_step(LifecycleKind kind)
    {
        var clock = new FakeClock(Start);

        var snapshot = TwoStepsEach(clock).Single(l => l.Kind == kind).ToSnapshot();

        Assert.Equal(2, snapshot.Version);
        Assert.Equal(Start + Duration.FromHours(3), snapshot.LastChangedAt);
    }

    [Fact]
    public void An_incentive_settlement_snapshot_without_a_key_reads_with_the_key_derived_from_project_partner_and_creation()
    {
        var clock = new FakeClock(Start);
        var settlement = IncentiveSettlementLifecycle.Start(new OpportunityId("PRJ-1"), new PartnerId("P-1"), SettlementTestKit.Approved(), clock);

        var old = settlement.ToSnapshot() with { Key = default };

        Assert.Matches("^[0-9a-f]{32}$", old.Key.Value);
        Assert.Equal(LifecycleKeys.Derive(LifecycleKind.IncentiveSettlement, "PRJ-1/P-1", Start), old.Key);
        Assert.NotEqual(settlement.Key, old.Key);
        Assert.Equal(old.Key, IncentiveSettlementLifecycle.Restore(old, clock).Key);
    }

    [Fact]
    public void An_opportunity_snapshot_without_a_key_reads_with_the_key_derived_from_the_opportunity_and_creation()
    {
        var clock = new FakeClock(Start);
        var opportunity = OpportunityLifecycle.CreateDraft(new OpportunityId("PO-1"), clock);

        var old = opportunity.ToSnapshot() with { Key = default };

        Assert.Matches("^[0-9a-f]{32}$", old.Key.Value);
        Assert.Equal(LifecycleKeys.Derive(LifecycleKind.Opportunity, "PO-1", Start), old.Key);
        Assert.NotEqual(opportunity.Key, old.Key);
        Assert.Equal(old.Key, OpportunityLifecycle.Restore(old, clock).Key);
    }

    [Fact]
    public void A_customer_association_snapshot_without_a_key_reads_with_the_key_derived_from_the_partner_and_creation()
    {
        var clock = new FakeClock(Start);
        var association = CustomerAssociationLifecycle.Invite(new PartnerId("P-7"), AssociationMode.Resale, clock);

        var old = association.ToSnapshot() with { Key = default };

        Assert.Matches("^[0-9a-f]{32}$", old.Key.Value);
        Assert.Equal(LifecycleKeys.Derive(LifecycleKind.CustomerAssociation, "P-7", Start), old.Key);
        Assert.NotEqual(association.Key, old.Key);
    }
}
