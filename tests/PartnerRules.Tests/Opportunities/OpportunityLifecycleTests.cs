using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.Lifecycles;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Opportunities;

public sealed partial class OpportunityLifecycleTests
{
    public static TheoryData<OpportunityOrigin, OpportunityState, OpportunityTrigger> EveryStateAndTrigger()
    {
        var data = new TheoryData<OpportunityOrigin, OpportunityState, OpportunityTrigger>();
        foreach (var (origin, table, initial) in Tables())
        {
            foreach (var (state, _) in ReferenceTables.Reachable(table, initial))
            {
                foreach (var trigger in Values<OpportunityTrigger>())
                {
                    data.Add(origin, state, trigger);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_trigger_in_every_reachable_state_follows_the_table_or_throws_and_changes_nothing(
        OpportunityOrigin origin, OpportunityState state, OpportunityTrigger trigger)
    {
        var (table, initial) = TableFor(origin);
        var path = ReferenceTables.Reachable(table, initial).Single(r => r.State == state).Path;
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.Opportunity(origin, path, clock);
        clock.Advance(Duration.FromHours(1));
        var before = lifecycle.ToSnapshot();
        var reason = ReferenceTables.OpportunityReasonRequired.Contains(trigger) ? ReasonFor(trigger) : null;

        if (table.TryGetValue((state, trigger), out var expected))
        {
            Assert.True(lifecycle.CanFire(trigger));
            Assert.Contains(trigger, lifecycle.PermittedTriggers);
            lifecycle.Fire(trigger, reason);
            Assert.Equal(expected, lifecycle.State);
            Assert.Equal(before.Version + 1, lifecycle.Version);
            Assert.Equal(new Transition<OpportunityState, OpportunityTrigger>(state, expected, trigger, clock.GetCurrentInstant()) { Reason = reason }, lifecycle.History[^1]);
        }
        else
        {
            Assert.False(lifecycle.CanFire(trigger));
            Assert.DoesNotContain(trigger, lifecycle.PermittedTriggers);
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger, reason));
            Assert.Equal(state.ToString(), refusal.State);
            Assert.Equal(trigger.ToString(), refusal.Trigger);
            Assert.Empty(refusal.Findings);
            Assert.Equal(lifecycle.PermittedTriggers.Select(t => t.ToString()), refusal.PermittedTriggers);
            Assert.Equal(before, lifecycle.ToSnapshot());
        }
    }

    [Fact]
    public void Permitted_triggers_are_the_reference_tables_in_enum_order()
    {
        foreach (var (origin, table, initial) in Tables())
        {
            foreach (var (state, path) in ReferenceTables.Reachable(table, initial))
            {
                var lifecycle = LifecycleDrivers.Opportunity(origin, path);
                var expected = Values<OpportunityTrigger>().Where(t => table.ContainsKey((state, t)));
                Assert.Equal(expected, lifecycle.PermittedTriggers);
            }
        }
    }

    [Fact]
    public void A_partner_originated_opportunity_walks_from_draft_to_delivered_with_every_step_in_its_history()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var created = clock.GetCurrentInstant();
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, clock);
        Assert.Equal(OpportunityState.Draft, lifecycle.State);
        Assert.Equal(OpportunityOrigin.PartnerOriginated, lifecycle.Origin);
        Assert.Equal(Opp, lifecycle.Id);
        Assert.Equal(0, lifecycle.Version);
        Assert.Empty(lifecycle.History);
        Assert.Null(lifecycle.Deadline);

        lifecycle.Edit(CompleteForm);
        var steps = new[] { OpportunityTrigger.Submit, OpportunityTrigger.RequestChanges, OpportunityTrigger.Submit, OpportunityTrigger.Approve, OpportunityTrigger.Win, OpportunityTrigger.Deliver };
        foreach (var step in steps)
        {
            clock.AdvanceDays(1);
            lifecycle.Fire(step);
        }

        Assert.Equal(OpportunityState.Delivered, lifecycle.State);
        Assert.Equal(6, lifecycle.Version);
        Assert.Equal(steps, lifecycle.History.Select(h => h.Trigger));
        Assert.Equal(Enumerable.Range(1, 6).Select(d => created + Duration.FromDays(d)), lifecycle.History.Select(h => h.At));
        Assert.All(lifecycle.History, h => Assert.Null(h.Reason));
        Assert.Empty(lifecycle.PermittedTriggers);
    }

    [Theory]
    [InlineData(OpportunityTrigger.Accept, OpportunityState.Active)]
    [InlineData(OpportunityTrigger.Decline, OpportunityState.Declined)]
    [InlineData(OpportunityTrigger.Expire, OpportunityState.Expired)]
    public void An_offered_opportunity_is_accepted_declined_or_expires(OpportunityTrigger trigger, OpportunityState expected)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = OpportunityLifecycle.Offer(Opp, ApprovedHo, clock);
        Assert.Equal(OpportunityState.Offered, lifecycle.State);
        Assert.Equal(OpportunityOrigin.HuaweiOriginated, lifecycle.Origin);

        lifecycle.Fire(trigger, trigger == OpportunityTrigger.Decline ? "No capacity this quarter" : null);

        Assert.Equal(expected, lifecycle.State);
        Assert.Equal(trigger == OpportunityTrigger.Decline ? "No capacity this quarter" : null, lifecycle.History.Single().Reason);
    }

    [Fact]
    public void Offer_with_a_refused_decision_throws_with_no_state_the_offer_trigger_and_the_failed_findings()
    {
        var refusal = Assert.Throws<InvalidTransitionException>(() => OpportunityLifecycle.Offer(Opp, RefusedHo, ClockAtLocal(2026, 3, 2)));

        Assert.Equal(string.Empty, refusal.State);
        Assert.Equal("Offer", refusal.Trigger);
        Assert.Empty(refusal.PermittedTriggers);
        Assert.Equal(RefusedHo.Findings.Where(f => !f.Passed), refusal.Findings);
        Assert.Contains("HO.DEVELOPMENT_PATH", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_without_a_decision_is_an_argument_null_exception() =>
        Assert.Equal("hoEligibility", Assert.Throws<ArgumentNullException>(() => OpportunityLifecycle.Offer(Opp, null!, ClockAtLocal(2026, 3, 2))).ParamName);

    [Fact]
    public void Creating_with_a_default_id_or_no_clock_is_an_argument_exception()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => OpportunityLifecycle.CreateDraft(default, ClockAtLocal(2026, 3, 2))).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => OpportunityLifecycle.CreateDraft(Opp, null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => OpportunityLifecycle.Offer(default, ApprovedHo, ClockAtLocal(2026, 3, 2))).ParamName);
    }

    [Fact]
    public void Submitting_an_empty_draft_is_refused_with_all_five_findings_in_order()
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));
        Assert.False(lifecycle.CanFire(OpportunityTrigger.Submit));
        Assert.Equal([OpportunityTrigger.Withdraw], lifecycle.PermittedTriggers);

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Submit));

        Assert.Equal(
            ["OPPORTUNITY.CUSTOMER_NAME", "OPPORTUNITY.CLOUD_SERVICES", "OPPORTUNITY.LOCAL_SALES_CONTACT", "OPPORTUNITY.ESTIMATED_VALUE", "OPPORTUNITY.EXPECTED_CLOSE_DATE"],
            refusal.Findings.Select(f => f.Code));
        Assert.All(refusal.Findings, f => Assert.False(f.Passed));
        Assert.All(refusal.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        Assert.Equal("Draft", refusal.State);
        Assert.Equal("Submit", refusal.Trigger);
        Assert.Equal(["Withdraw"], refusal.PermittedTriggers);
        Assert.Equal(OpportunityState.Draft, lifecycle.State);
        Assert.Equal(0, lifecycle.Version);
    }

    public static TheoryData<string, OpportunityForm> IncompleteForms() => new()
    {
        { "OPPORTUNITY.CUSTOMER_NAME", CompleteForm with { CustomerName = "  " } },
        { "OPPORTUNITY.CUSTOMER_NAME", CompleteForm with { CustomerName = null } },
        { "OPPORTUNITY.CLOUD_SERVICES", CompleteForm with { CloudServices = [] } },
        { "OPPORTUNITY.CLOUD_SERVICES", CompleteForm with { CloudServices = ["ECS", " "] } },
        { "OPPORTUNITY.LOCAL_SALES_CONTACT", CompleteForm with { ContactedLocalSalesTeam = null } },
        { "OPPORTUNITY.ESTIMATED_VALUE", CompleteForm with { EstimatedValue = null } },
        { "OPPORTUNITY.ESTIMATED_VALUE", CompleteForm with { EstimatedValue = Money.Cny(0m) } },
        { "OPPORTUNITY.ESTIMATED_VALUE", CompleteForm with { EstimatedValue = Money.Cny(-1m) } },
        { "OPPORTUNITY.EXPECTED_CLOSE_DATE", CompleteForm with { ExpectedCloseDate = null } },
    };

    [Theory]
    [MemberData(nameof(IncompleteForms))]
    public void Submitting_a_form_missing_one_field_reports_only_that_finding(string code, OpportunityForm form)
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));
        lifecycle.Edit(form);

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Submit));

        Assert.Equal(code, Assert.Single(refusal.Findings).Code);
        Assert.Equal(OpportunityState.Draft, lifecycle.State);
    }

    [Fact]
    public void Answering_no_to_the_local_sales_contact_counts_as_answered()
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));
        lifecycle.Edit(CompleteForm with { ContactedLocalSalesTeam = false });
        lifecycle.Fire(OpportunityTrigger.Submit);
        Assert.Equal(OpportunityState.Submitted, lifecycle.State);
    }
}
