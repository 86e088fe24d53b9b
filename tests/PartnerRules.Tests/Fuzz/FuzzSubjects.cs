using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace PartnerRules.Tests.Fuzz;

/// <summary>Inputs the fuzz test draws from: good and bad forms, accounts, decisions and applications.</summary>
internal static class FuzzFixtures
{
    public static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly Decision ApprovedHo = new(true,
        [new(FindingCodes.HoPceMember, true, "ok"), new(FindingCodes.HoSharesOpportunities, true, "ok"), new(FindingCodes.HoDevelopmentPath, true, "ok")]);

    public static readonly Decision ApprovedLink = new(true, [new(FindingCodes.StaffLinkLimit, true, "ok")]);

    public static readonly Decision RefusedLink = new(false, [new(FindingCodes.StaffLinkLimit, false, "no")]);

    public static readonly IncentiveDecision Payable = new(true, [new(FindingCodes.IncentiveSpendPeriodComplete, true, "ok")], Money.Cny(50_000m), null, false);

    public static readonly OpportunityForm[] Forms =
    [
        new() { CustomerName = "Contoso", CloudServices = ["ECS"], ContactedLocalSalesTeam = true, EstimatedValue = Money.Cny(1m), ExpectedCloseDate = new LocalDate(2026, 12, 31) },
        new() { CustomerName = "Contoso" },
        new() { CustomerName = " ", CloudServices = ["OBS"], ContactedLocalSalesTeam = false, EstimatedValue = Money.Cny(0m), ExpectedCloseDate = new LocalDate(2026, 6, 1) },
        new(),
    ];

    public static readonly SpecialistApplication[] Applications =
    [
        new() { Position = "Architect", StartedOnHuaweiCloud = new LocalDate(2024, 5, 6), Certificates = ["HCIP"] },
        new() { Position = "Architect", StartedOnHuaweiCloud = new LocalDate(2099, 1, 1), Certificates = ["HCIP"] },
        new() { Position = " ", Certificates = [] },
    ];

    public static FakeClock Clock() => new(new LocalDateTime(2026, 3, 2, 9, 0).InZoneStrictly(Zone).ToInstant());
}

internal sealed class OpportunityFuzz(FakeClock clock, bool offered)
    : FuzzSubject<OpportunityLifecycle, OpportunityState, OpportunityTrigger, OpportunitySnapshot>(clock, offered
        ? OpportunityLifecycle.Offer(new OpportunityId("HO-1"), FuzzFixtures.ApprovedHo, clock)
        : OpportunityLifecycle.CreateDraft(new OpportunityId("PO-1"), clock))
{
    protected override int OwnOperations => 1;

    protected override OpportunitySnapshot ToSnapshot(OpportunityLifecycle lifecycle) => lifecycle.ToSnapshot();

    protected override OpportunityLifecycle Restore(OpportunitySnapshot snapshot) => OpportunityLifecycle.Restore(snapshot, Clock);

    protected override void Own(int operation, int argument) => Lifecycle.Edit(FuzzFixtures.Forms[argument % FuzzFixtures.Forms.Length]);

    protected override bool RunsDeadline(OpportunityLifecycle lifecycle) => false;
}

internal sealed class InvoiceReturnFuzz(FakeClock clock, InvoiceKind kind)
    : FuzzSubject<InvoiceReturnLifecycle, InvoiceReturnState, InvoiceReturnTrigger, InvoiceReturnSnapshot>(clock,
        InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), kind, clock))
{
    protected override int OwnOperations => 0;

    protected override InvoiceReturnSnapshot ToSnapshot(InvoiceReturnLifecycle lifecycle) => lifecycle.ToSnapshot();

    protected override InvoiceReturnLifecycle Restore(InvoiceReturnSnapshot snapshot) => InvoiceReturnLifecycle.Restore(snapshot, Clock);

    protected override void Own(int operation, int argument)
    {
    }

    protected override bool RunsDeadline(InvoiceReturnLifecycle lifecycle) => (lifecycle.Kind, lifecycle.State) is
        (InvoiceKind.SpecialVat, InvoiceReturnState.Requested or InvoiceReturnState.RedLetterConfirmed)
        or (InvoiceKind.ElectronicOrdinary, InvoiceReturnState.Requested)
        or (InvoiceKind.PaperOrdinary, InvoiceReturnState.OriginalReceived);
}

internal sealed class AssociationFuzz(FakeClock clock)
    : FuzzSubject<CustomerAssociationLifecycle, AssociationState, AssociationTrigger, CustomerAssociationSnapshot>(clock,
        CustomerAssociationLifecycle.Invite(new PartnerId("P-1"), AssociationMode.Resale, clock))
{
    protected override int OwnOperations => 1;

    protected override CustomerAssociationSnapshot ToSnapshot(CustomerAssociationLifecycle lifecycle) => lifecycle.ToSnapshot();

    protected override CustomerAssociationLifecycle Restore(CustomerAssociationSnapshot snapshot) => CustomerAssociationLifecycle.Restore(snapshot, Clock);

    // Accounts created from 10 days before now to a day after (a future creation is bad input or too new).
    protected override void Own(int operation, int argument) =>
        Lifecycle.Associate(new CustomerAccount(new AccountId("C-" + (argument % 3)), Clock.GetCurrentInstant() - Duration.FromHours((argument % 264) - 24)));

    protected override bool RunsDeadline(CustomerAssociationLifecycle lifecycle) => false;
}

internal sealed class SettlementFuzz(FakeClock clock)
    : FuzzSubject<IncentiveSettlementLifecycle, SettlementState, SettlementTrigger, IncentiveSettlementSnapshot>(clock,
        IncentiveSettlementLifecycle.Start(new OpportunityId("OPP-7"), new PartnerId("P-1"), FuzzFixtures.Payable, clock))
{
    protected override int OwnOperations => 2;

    protected override IncentiveSettlementSnapshot ToSnapshot(IncentiveSettlementLifecycle lifecycle) => lifecycle.ToSnapshot();

    protected override IncentiveSettlementLifecycle Restore(IncentiveSettlementSnapshot snapshot) => IncentiveSettlementLifecycle.Restore(snapshot, Clock);

    protected override void Own(int operation, int argument)
    {
        if (operation == 0)
        {
            Lifecycle.Qualify(Clock.GetCurrentInstant().InZone(FuzzFixtures.Zone).Date.PlusDays((argument % 5) - 3));
        }
        else
        {
            Lifecycle.Pay(Money.Cny(argument % 2 == 0 ? 50_000m : argument), (PaymentMethod)(argument % 2));
        }
    }

    protected override bool RunsDeadline(IncentiveSettlementLifecycle lifecycle) => lifecycle.State == SettlementState.Qualified;
}

internal sealed class InvitationFuzz(FakeClock clock)
    : FuzzSubject<SpecialistInvitationLifecycle, SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationSnapshot>(clock,
        SpecialistInvitationLifecycle.Invite(new PartnerId("P-1"), new AccountId("EMP-1"), 0, clock))
{
    protected override int OwnOperations => 2;

    protected override SpecialistInvitationSnapshot ToSnapshot(SpecialistInvitationLifecycle lifecycle) => lifecycle.ToSnapshot();

    protected override SpecialistInvitationLifecycle Restore(SpecialistInvitationSnapshot snapshot) => SpecialistInvitationLifecycle.Restore(snapshot, Clock);

    protected override void Own(int operation, int argument)
    {
        if (operation == 0)
        {
            Lifecycle.Bind(argument % 3 == 0 ? FuzzFixtures.RefusedLink : FuzzFixtures.ApprovedLink);
        }
        else
        {
            Lifecycle.Apply(FuzzFixtures.Applications[argument % FuzzFixtures.Applications.Length]);
        }
    }

    protected override bool RunsDeadline(SpecialistInvitationLifecycle lifecycle) => lifecycle.State == SpecialistInvitationState.Invited;
}
