using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;

namespace PartnerRules.WebTests;

/// <summary>
/// One filled-in value of every public record of PartnerRules and PartnerRules.Abstractions (optional members set,
/// lists non-empty), so a round trip that loses a member shows. Snapshots come from driven lifecycles, as a service
/// would store them.
/// </summary>
internal static class Samples
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 2, 1, 0);
    private static readonly PartnerId Partner = new("P-100");
    private static readonly AccountId Account = new("13800138000");
    private static readonly OpportunityId Opportunity = new("O-7 expansion");
    private static readonly InvoiceId Invoice = new("INV-2026-0042");
    private static readonly LifecycleKey Key = LifecycleKey.Parse("7f3c2a9e61d84b0f9a5e2c4d8b1f6a30", null);
    private static readonly Finding Passed = new("HO.PCE_MEMBER", true, "The partner is a PCE member.");
    private static readonly Decision Approved = new(true, [Passed]) { ChangesOn = new LocalDate(2026, 5, 31) };
    private static readonly Decision Refused = new(false, [Passed with { Passed = false, Message = "Not a PCE member." }]);
    private static readonly IncentiveDecision Incentive = new(true, [new("INCENTIVE.COMMITTEE_APPROVAL", true, "Approved by the committee.")],
        Money.Cny(20_000m), Money.Cny(20_000m), true);

    private static readonly Obligation Payment =
        new("INCENTIVE.PAYMENT", "O-7", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 17), Instant.FromUtc(2026, 3, 17, 16, 0), true, "Pay the incentive.");

    private static readonly ObligationProblem Unknown =
        new(3, "INV-2026-0042", ObligationProblemKind.DeadlineUnknown, "Deadline unknown: The business calendar has no data for 2027.");

    private static readonly OpportunityForm Form = new()
    {
        CustomerName = "Shenzhen Example Co.",
        CloudServices = ["ECS", "OBS"],
        ContactedLocalSalesTeam = true,
        EstimatedValue = Money.Cny(1_250_000.50m),
        ExpectedCloseDate = new LocalDate(2026, 9, 30),
    };

    private static readonly SpecialistApplication Application = new()
    {
        Position = "Solution architect",
        StartedOnHuaweiCloud = new LocalDate(2024, 1, 15),
        Certificates = ["HCIE-Cloud"],
    };

    private static readonly ProgramPolicy Policy2027 = ProgramPolicy.Default with
    {
        Version = "2027",
        RequiredDeliveredPos = 4,
        FirstProjectNewCustomerCap = Money.Cny(350_000m),
        DeliveredPoWindow = Period.FromMonths(18),
    };

    /// <summary>A partner with two opportunities, one signed and delivered.</summary>
    public static readonly PartnerProfile Profile = new(Partner, PartnerStage.Certified, true)
    {
        Opportunities =
        [
            new(Opportunity, OpportunityOrigin.PartnerOriginated, At) { SignedAt = At - Duration.FromDays(40), DeliveredAt = At },
            new(new OpportunityId("O-8"), OpportunityOrigin.HuaweiOriginated, At - Duration.FromDays(3)),
        ],
    };

    /// <summary>The samples, by type.</summary>
    public static readonly IReadOnlyDictionary<Type, object> All = Build();

    /// <summary>A route-friendly name for a (possibly closed generic) type.</summary>
    public static string Name(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "-" + string.Join("-", type.GetGenericArguments().Select(Name))
            : type.Name;

    private static Dictionary<Type, object> Build()
    {
        var values = new object[]
        {
            // Identifiers and money.
            Partner, Account, Opportunity, Invoice, Key, Money.Cny(99.95m),

            // Facts.
            Profile,
            Profile.Opportunities[0],
            new PersonalAccount(Account, Site.China)
            {
                IsRealNameVerified = true,
                IsEnterpriseVerified = false,
                IsPartnerAccount = false,
                Links = [new PartnerLink(Partner, At - Duration.FromDays(400)) { UnlinkedAt = At - Duration.FromDays(10) }, new PartnerLink(new PartnerId("P-2"), At)],
            },
            new PartnerLink(Partner, At) { UnlinkedAt = At + Duration.FromDays(30) },
            new IncentiveClaim(Partner, IncentiveKind.FirstCommercialProject, CustomerType.New)
            {
                MonthlySpend = [Money.Cny(10_000m), Money.Cny(12_500.25m)],
                CustomerPriorCash = Money.Cny(500m),
                CommitteeApprovedAmount = Money.Cny(300_000m),
                ProjectStartedOn = new LocalDate(2025, 9, 1),
            },
            new CustomerAccount(Account, At),
            new CustomerRegistration(Partner, Account, At),

            // Decisions.
            Passed, Approved, Incentive,

            // Lifecycle records.
            new Transition<OpportunityState, OpportunityTrigger>(OpportunityState.Submitted, OpportunityState.Rejected, OpportunityTrigger.Reject, At) { Reason = "No budget" },
            new Deadline("INVOICE.PAPER_RETURN", new LocalDate(2026, 10, 9), new LocalDate(2026, 10, 12), Instant.FromUtc(2026, 10, 12, 16, 0)),
            Form,
            Application,
            Payment,
            Unknown,
            new ObligationReport([Payment], [Unknown]),

            // Snapshots, from driven lifecycles.
            OpportunitySnapshot(), InvoiceReturnSnapshot(), SettlementSnapshot(), InvitationSnapshot(), AssociationSnapshot(),

            // Store records.
            new CommandContext("ops@partner.example", "req-42", "idem-7") { ExpectedRevision = 2 },
            new CommandOutcome(Key, 3, "Submitted", Replayed: true),
            new StoredTransition(2, At, "Draft", "Submitted", "Submit", null, "ops@partner.example", "req-42"),
            new StoredObligation(Key, LifecycleKind.SpecialistInvitation, Payment),
            new StoredRowProblem("0badc0de0badc0de0badc0de0badc0de", "The snapshot's JSON does not read."),
            new ObligationPage([new StoredObligation(Key, LifecycleKind.IncentiveSettlement, Payment)], [new StoredRowProblem("k", "Unknown format 9.")], "2026-10-12|k"),

            // Policy.
            Policy2027,
            new ScheduledPolicy(new LocalDate(2027, 1, 1), Policy2027),
            new PolicySchedule([new ScheduledPolicy(new LocalDate(2026, 1, 1), ProgramPolicy.Default), new ScheduledPolicy(new LocalDate(2027, 1, 1), Policy2027)]),
            new PolicyDocumentProblem("$.requiredDeliveredPos", "Must be at least 1."),
            new PolicyImpactItem<PartnerProfile>(Profile, Approved, Refused),
            new PolicyImpact<PartnerProfile>(3, 0, 1, [new PolicyImpactItem<PartnerProfile>(Profile, Approved, Refused)]),
        };
        return values.ToDictionary(v => v.GetType());
    }

    private static FakeClock Clock() => new(At);

    private static OpportunitySnapshot OpportunitySnapshot()
    {
        var clock = Clock();
        var lifecycle = OpportunityLifecycle.CreateDraft(Opportunity, clock);
        clock.Advance(Duration.FromMinutes(5));
        lifecycle.Edit(Form);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Fire(OpportunityTrigger.Submit);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Fire(OpportunityTrigger.RequestChanges, "Name the customer's industry.");
        return lifecycle.ToSnapshot();
    }

    private static InvoiceReturnSnapshot InvoiceReturnSnapshot()
    {
        var clock = Clock();
        var lifecycle = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        clock.Advance(Duration.FromHours(2));
        lifecycle.Fire(InvoiceReturnTrigger.ConfirmRedLetter);
        return lifecycle.ToSnapshot();
    }

    private static IncentiveSettlementSnapshot SettlementSnapshot()
    {
        var clock = Clock();
        var lifecycle = IncentiveSettlementLifecycle.Start(Opportunity, Partner, Incentive, clock);
        clock.Advance(Duration.FromDays(1));
        lifecycle.Fire(SettlementTrigger.SubmitInvoice);
        clock.Advance(Duration.FromDays(1));
        lifecycle.Fire(SettlementTrigger.StartReview);
        clock.Advance(Duration.FromDays(1));
        lifecycle.Qualify(new LocalDate(2026, 3, 4));
        return lifecycle.ToSnapshot();
    }

    private static SpecialistInvitationSnapshot InvitationSnapshot()
    {
        var clock = Clock();
        var lifecycle = SpecialistInvitationLifecycle.Invite(Partner, Account, 3, clock);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Bind(Approved);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Apply(Application);
        return lifecycle.ToSnapshot();
    }

    private static CustomerAssociationSnapshot AssociationSnapshot()
    {
        var clock = Clock();
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.ConsultativeSale, clock);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant() - Duration.FromDays(1)), [new CustomerRegistration(Partner, Account, clock.GetCurrentInstant())]);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Fire(AssociationTrigger.SignNotice);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Fire(AssociationTrigger.SwitchMode);
        clock.Advance(Duration.FromHours(1));
        lifecycle.Undo([clock.GetCurrentInstant() - Duration.FromDays(400)]);
        return lifecycle.ToSnapshot();
    }
}
