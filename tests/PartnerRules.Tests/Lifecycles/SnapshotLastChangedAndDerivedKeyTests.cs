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

    public static TheoryData<LifecycleKind, string> DerivedFrom() => new()
    {
        { LifecycleKind.IncentiveSettlement, "PRJ-1/P-1" },
        { LifecycleKind.Opportunity, "PO-1" },
        { LifecycleKind.CustomerAssociation, "P-7" },
    };

    [Theory]
    [MemberData(nameof(DerivedFrom))]
    public void A_snapshot_without_a_key_reads_with_the_key_derived_from_its_natural_id_and_creation(LifecycleKind kind, string naturalId)
    {
        var clock = new FakeClock(Start);
        ILifecycle lifecycle = kind switch
        {
            LifecycleKind.IncentiveSettlement => IncentiveSettlementLifecycle.Start(new OpportunityId("PRJ-1"), new PartnerId("P-1"), SettlementTestKit.Approved(), clock),
            LifecycleKind.Opportunity => OpportunityLifecycle.CreateDraft(new OpportunityId("PO-1"), clock),
            _ => CustomerAssociationLifecycle.Invite(new PartnerId("P-7"), AssociationMode.Resale, clock),
        };

        var (old, restored) = WithoutKey(lifecycle.ToSnapshot(), clock);

        Assert.Matches("^[0-9a-f]{32}$", old.Key.Value);
        Assert.Equal(LifecycleKeys.Derive(kind, naturalId, Start), old.Key);
        Assert.NotEqual(lifecycle.Key, old.Key);
        Assert.Equal(old.Key, restored);
    }

    /// <summary>The snapshot as written before keys existed, and the key its restore reads.</summary>
    private static (ILifecycleSnapshot Old, LifecycleKey Restored) WithoutKey(ILifecycleSnapshot snapshot, IClock clock)
    {
        switch (snapshot)
        {
            case IncentiveSettlementSnapshot settlement:
                var oldSettlement = settlement with { Key = default };
                return (oldSettlement, IncentiveSettlementLifecycle.Restore(oldSettlement, clock).Key);
            case OpportunitySnapshot opportunity:
                var oldOpportunity = opportunity with { Key = default };
                return (oldOpportunity, OpportunityLifecycle.Restore(oldOpportunity, clock).Key);
            default:
                var oldAssociation = (CustomerAssociationSnapshot)snapshot with { Key = default };
                return (oldAssociation, CustomerAssociationLifecycle.Restore(oldAssociation, clock).Key);
        }
    }
}
