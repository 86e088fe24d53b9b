using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Obligations;

/// <summary>The example of docs/settlement-and-invitations.md, run against the engine with a fake clock and an in-memory store.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void The_documented_example_runs()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var lifecycles = new PartnerRulesLifecycles(clock);
        var engine = new PartnerRulesEngine();
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.Existing);
        var partner = claim.Partner;
        var employeeAccount = new AccountId("13800138000");
        var store = new List<SpecialistInvitationSnapshot>();

        // Settle an approved incentive.
        IncentiveDecision decision = engine.EvaluateIncentive(claim);
        var settlement = lifecycles.StartSettlement(new OpportunityId("OPP-7"), claim.Partner, decision);
        settlement.Fire(SettlementTrigger.SubmitInvoice);
        settlement.Fire(SettlementTrigger.StartReview);
        settlement.Qualify(receivedOn: new LocalDate(2026, 3, 2));

        // Invite an employee, counting today's invitations in your own store.
        var today = clock.GetCurrentInstant().InZone(lifecycles.Policy.TimeZone).Date;
        var sentToday = store.Count(s => s.Partner == partner && s.CreatedAt.InZone(lifecycles.Policy.TimeZone).Date == today);
        var invitation = lifecycles.InviteSpecialist(partner, employeeAccount, sentToday);
        store.Add(invitation.ToSnapshot());

        var running = PartnerRules.Obligations.Running([settlement, .. store], clock.GetCurrentInstant());

        Assert.Equal(Money.Cny(50_000m), settlement.Payable);
        Assert.Equal(new LocalDate(2026, 3, 17), settlement.Deadline!.DueOn);
        Assert.Equal(["STAFF.INVITATION_VALIDITY", "INCENTIVE.PAYMENT"], running.Select(o => o.Code));
    }
}
