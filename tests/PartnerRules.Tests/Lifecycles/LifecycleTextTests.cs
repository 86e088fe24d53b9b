using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Testing;
using PartnerRules.Tests.DependencyInjection;
using PartnerRules.Tests.Settlements;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>Texts the lifecycles produce besides refusals of triggers: transition log lines, the Edit refusal, kept reasons.</summary>
public sealed class LifecycleTextTests
{
    [Fact]
    public void Every_lifecycle_kind_logs_its_transitions_under_its_own_name()
    {
        var logs = new CollectingLoggerProvider();
        using var provider = CollectingLoggerProvider.Host(logs, new FakeClock(TestDefaults.AsOf));
        var lifecycles = provider.GetRequiredService<PartnerRulesLifecycles>();

        lifecycles.Offer(new OpportunityId("HO-1"), StubPartnerRulesEngine.Approved(StubPartnerRulesEngine.HoCodes)).Fire(OpportunityTrigger.Accept);
        lifecycles.StartSettlement(new OpportunityId("OPP-7"), new PartnerId("P-1"), SettlementTestKit.Approved()).Fire(SettlementTrigger.SubmitInvoice);
        lifecycles.InviteSpecialist(new PartnerId("P-1"), new AccountId("13800138000"), 0).Fire(SpecialistInvitationTrigger.Expire);

        Assert.Equal(
            [
                "Opportunity HO-1: Offered -> Active by Accept, version 1",
                "IncentiveSettlement OPP-7: AwaitingInvoice -> InvoiceSubmitted by SubmitInvoice, version 1",
                "SpecialistInvitation P-1: Invited -> Expired by Expire, version 1",
            ],
            logs.Events.Where(e => e.Category == "PartnerRules.Lifecycles").Select(e => e.Message));
    }

    [Fact]
    public void An_edit_in_a_closed_state_is_refused_with_the_states_that_allow_it()
    {
        var opportunity = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Withdraw]);

        var error = Assert.Throws<InvalidTransitionException>(() => opportunity.Edit(opportunity.Form));

        Assert.Equal("Edit", error.Trigger);
        Assert.Equal("Withdrawn", error.State);
        Assert.StartsWith(
            "The opportunity cannot be edited in state 'Withdrawn': edits are allowed in Draft, ActionRequired, Active and Won.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void A_blank_reason_on_a_trigger_that_needs_none_is_not_kept(string reason)
    {
        var opportunity = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, []);
        opportunity.Fire(OpportunityTrigger.Withdraw, reason);

        Assert.Null(Assert.Single(opportunity.History).Reason);
    }

    [Fact]
    public void A_reason_given_where_none_is_needed_is_kept_verbatim()
    {
        var opportunity = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, []);
        opportunity.Fire(OpportunityTrigger.Withdraw, " customer chose another vendor ");

        Assert.Equal(" customer chose another vendor ", Assert.Single(opportunity.History).Reason);
    }
}

public sealed class RestoredClockAndRefusalTests
{
    [Fact]
    public void A_restored_invoice_return_refuses_a_clock_before_its_last_step_even_when_after_the_creation()
    {
        var saved = LifecycleDrivers.InvoiceReturn(InvoiceKind.PaperOrdinary, [InvoiceReturnTrigger.ReceiveOriginal], ClockAtLocal(2026, 3, 2)).ToSnapshot();
        var restored = InvoiceReturnLifecycle.Restore(saved, new FakeClock(saved.History[0].At - NodaTime.Duration.FromMinutes(1)));

        Assert.Throws<PartnerRulesException>(() => restored.Fire(InvoiceReturnTrigger.Complete));
        Assert.Equal(saved, restored.ToSnapshot());
    }

    [Fact]
    public void A_trigger_the_state_does_not_permit_is_refused_without_findings_even_when_a_guard_would_fail()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var invitation = PartnerRules.Tests.SpecialistInvitations.InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind], clock);
        clock.Advance(NodaTime.Duration.FromDays(30));

        // Bound permits no Bind at all; the expired link (a failed guard in Invited) is not the reason and is not reported.
        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(PartnerRules.Tests.SpecialistInvitations.InvitationTestKit.ApprovedLink));

        Assert.Empty(error.Findings);
        Assert.Equal("Bound", error.State);
    }
}
