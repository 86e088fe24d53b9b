using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.DependencyInjection;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Settlements;

/// <summary>The settlement and invitation methods of <see cref="PartnerRulesLifecycles"/>: its clock, its policy, its logger.</summary>
public sealed class LifecycleFactoryTests
{
    [Fact]
    public void Settlements_and_invitations_from_the_factory_log_ids_and_states_only()
    {
        var logs = new CollectingLoggerProvider();
        var clock = ClockAtLocal(2026, 3, 2, 9);
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<IClock>(clock)
            .AddPartnerRules()
            .BuildServiceProvider();
        var lifecycles = provider.GetRequiredService<PartnerRulesLifecycles>();

        var settlement = lifecycles.StartSettlement(SettlementTestKit.Project, Partner, SettlementTestKit.Approved());
        settlement.Fire(SettlementTrigger.SubmitInvoice);
        settlement.Fire(SettlementTrigger.StartReview);
        settlement.Fire(SettlementTrigger.RejectInvoice, "Tax number of Zhang San wrong");
        var invitation = lifecycles.InviteSpecialist(Partner, new AccountId("EMP-SECRET"), 0);
        invitation.Bind(InvitationTestKit.ApprovedLink);

        var events = logs.Events.Where(e => e.Category == "PartnerRules.Lifecycles").Select(e => e.Message).ToList();
        Assert.Equal(
        [
            "IncentiveSettlement OPP-7: AwaitingInvoice -> InvoiceSubmitted by SubmitInvoice, version 1",
            "IncentiveSettlement OPP-7: InvoiceSubmitted -> UnderReview by StartReview, version 2",
            "IncentiveSettlement OPP-7: UnderReview -> InvoiceRejected by RejectInvoice, version 3",
            "SpecialistInvitation P-1: Invited -> Bound by Bind, version 1",
        ], events);
        Assert.DoesNotContain(events, e => e.Contains("Zhang", StringComparison.Ordinal) || e.Contains("EMP-SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void The_factory_uses_its_clock_and_policy_and_restores_snapshots()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var policy = ProgramPolicy.Default with { SpecialistInvitationsPerDay = 1, IncentivePaymentDays = 5 };
        var lifecycles = new PartnerRulesLifecycles(clock, policy);

        var invitation = lifecycles.InviteSpecialist(Partner, InvitationTestKit.Employee, 0);
        Assert.Throws<InvalidTransitionException>(() => lifecycles.InviteSpecialist(Partner, InvitationTestKit.Employee, 1));
        Assert.Throws<InvalidTransitionException>(() => lifecycles.StartSettlement(SettlementTestKit.Project, Partner, SettlementTestKit.Refused));
        var settlement = lifecycles.StartSettlement(SettlementTestKit.Project, Partner, SettlementTestKit.Approved());
        settlement.Fire(SettlementTrigger.SubmitInvoice);
        settlement.Fire(SettlementTrigger.StartReview);
        settlement.Qualify(new LocalDate(2026, 3, 2));
        clock.AdvanceDays(1);

        var restoredSettlement = lifecycles.Restore(settlement.ToSnapshot());
        var restoredInvitation = lifecycles.Restore(invitation.ToSnapshot());
        restoredInvitation.Bind(InvitationTestKit.ApprovedLink);

        Assert.Equal(new LocalDate(2026, 3, 7), restoredSettlement.Deadline!.DueOn);
        Assert.Equal(clock.GetCurrentInstant(), restoredInvitation.History[0].At);
    }
}
