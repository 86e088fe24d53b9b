using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Tests.Lifecycles;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Resources;

/// <summary>
/// One small story per text of the lifecycles and the obligations view, each producing that text (inside a
/// refusal, a finding or an obligation) in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.
/// </summary>
internal static class LifecycleMessageScenarios
{
    public static readonly string[] Names =
    [
        "not-permitted", "nothing-permitted", "submit-refused", "estimated-value-zero", "offer-refused", "edit-closed",
        "associate-without-account", "new-account", "new-account-long-window", "undo-without-earlier-undos", "undo-interval",
        "registration-reserved", "settlement-refused", "payment-amount",
        "qualify-without-date", "pay-without-amount", "invite-over-quota", "link-expired", "bind-without-decision",
        "apply-without-application", "application-incomplete", "cloud-start-future", "red-letter-still-open",
        "red-letter-expired", "obligations",
    ];

    public static string Text(string name)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        return name switch
        {
            "not-permitted" => Refusal(() => OpportunityLifecycle.CreateDraft(Opp, clock).Fire(OpportunityTrigger.Approve)),
            "nothing-permitted" => Refusal(() => LifecycleDrivers.InvoiceReturn(InvoiceKind.ElectronicOrdinary, [InvoiceReturnTrigger.Complete], clock).Fire(InvoiceReturnTrigger.Complete)),
            "submit-refused" => Refusal(() => OpportunityLifecycle.CreateDraft(Opp, clock).Fire(OpportunityTrigger.Submit)),
            "estimated-value-zero" => Refusal(() =>
            {
                var draft = OpportunityLifecycle.CreateDraft(Opp, clock);
                draft.Edit(CompleteForm with { EstimatedValue = Money.Cny(0m) });
                draft.Fire(OpportunityTrigger.Submit);
            }),
            "offer-refused" => Refusal(() => OpportunityLifecycle.Offer(Opp, RefusedHo, clock)),
            "edit-closed" => Refusal(() => LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Withdraw], clock).Edit(CompleteForm)),
            "associate-without-account" => Refusal(() => CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock).Fire(AssociationTrigger.Associate)),
            "new-account" => Refusal(() => CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock).Associate(new CustomerAccount(Account, Local(2026, 2, 1)))),
            "new-account-long-window" => Refusal(() => CustomerAssociationLifecycle
                .Invite(Partner, AssociationMode.Resale, clock, ProgramPolicy.Default with { NewAccountWindow = Period.FromYears(1) + Period.FromMonths(2) + Period.FromDays(1) })
                .Associate(new CustomerAccount(Account, Local(2020, 2, 1)))),
            "undo-without-earlier-undos" => Refusal(() => LifecycleDrivers.Association([AssociationTrigger.Associate, AssociationTrigger.SignNotice], clock).Fire(AssociationTrigger.Undo)),
            "undo-interval" => Refusal(() => LifecycleDrivers.Association([AssociationTrigger.Associate, AssociationTrigger.SignNotice], clock).Undo([Local(2026, 1, 15)])),
            "registration-reserved" => Refusal(() => CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock)
                .Associate(new CustomerAccount(Account, Local(2026, 3, 1)), [new CustomerRegistration(new PartnerId("P-2"), Account, Local(2026, 2, 20))])),
            "settlement-refused" => Refusal(() => IncentiveSettlementLifecycle.Start(SettlementTestKit.Project, Partner, SettlementTestKit.Refused, clock)),
            "payment-amount" => Refusal(() => SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), clock).Pay(Money.Cny(1m), PaymentMethod.BankTransfer)),
            "qualify-without-date" => Refusal(() => SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.UnderReview), clock).Fire(SettlementTrigger.Qualify)),
            "pay-without-amount" => Refusal(() => SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), clock).Fire(SettlementTrigger.Pay)),
            "invite-over-quota" => Refusal(() => SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 100, clock)),
            "link-expired" => Refusal(() =>
            {
                var invitation = SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock);
                clock.Advance(Duration.FromDays(8));
                invitation.Bind(InvitationTestKit.ApprovedLink);
            }),
            "bind-without-decision" => Refusal(() => SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock).Fire(SpecialistInvitationTrigger.Bind)),
            "apply-without-application" => Refusal(() => InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind], clock).Fire(SpecialistInvitationTrigger.Apply)),
            "application-incomplete" => Refusal(() => InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind], clock).Apply(new SpecialistApplication())),
            "cloud-start-future" => Refusal(() => InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind], clock)
                .Apply(InvitationTestKit.CompleteApplication with { StartedOnHuaweiCloud = new LocalDate(2026, 3, 9) })),
            "red-letter-still-open" => Refusal(() => InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock).Fire(InvoiceReturnTrigger.Void)),
            "red-letter-expired" => Refusal(() =>
            {
                var request = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
                clock.Advance(Duration.FromHours(80));
                request.Fire(InvoiceReturnTrigger.ConfirmRedLetter);
            }),
            _ => Obligations(clock),
        };
    }

    private static string Obligations(FakeClock clock)
    {
        var sources = new IObligationSource[]
        {
            SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), clock),
            SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock),
            InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock),
            LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter], clock),
            InvoiceReturnLifecycle.Request(new InvoiceId("INV-2"), InvoiceKind.ElectronicOrdinary, clock),
            LifecycleDrivers.InvoiceReturn(InvoiceKind.PaperOrdinary, [InvoiceReturnTrigger.ReceiveOriginal], clock),
        };
        return string.Join("\n", PartnerRules.Obligations.Running(sources, clock.GetCurrentInstant()).Select(o => o.Description));
    }

    private static string Refusal(Action action)
    {
        var error = Assert.ThrowsAny<PartnerRulesException>(action);
        var findings = error is InvalidTransitionException refusal ? refusal.Findings.Select(f => "\n  " + f.Message) : [];
        return error.Message + string.Concat(findings);
    }
}
