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
    [Fact]
    public void A_resubmission_after_changes_is_guarded_by_the_form_again()
    {
        var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit, OpportunityTrigger.RequestChanges]);
        lifecycle.Edit(CompleteForm with { ExpectedCloseDate = null });

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Submit));

        Assert.Equal("OPPORTUNITY.EXPECTED_CLOSE_DATE", Assert.Single(refusal.Findings).Code);
        Assert.Equal("ActionRequired", refusal.State);
        Assert.Equal(["Withdraw"], refusal.PermittedTriggers);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reject_decline_and_lose_without_a_reason_are_argument_exceptions_that_change_nothing(string? reason)
    {
        var submitted = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit]);
        var offered = LifecycleDrivers.Opportunity(OpportunityOrigin.HuaweiOriginated, []);
        var active = LifecycleDrivers.Opportunity(OpportunityOrigin.HuaweiOriginated, [OpportunityTrigger.Accept]);
        var won = LifecycleDrivers.Opportunity(OpportunityOrigin.HuaweiOriginated, [OpportunityTrigger.Accept, OpportunityTrigger.Win]);

        foreach (var (lifecycle, trigger) in new[] { (submitted, OpportunityTrigger.Reject), (offered, OpportunityTrigger.Decline), (active, OpportunityTrigger.Lose), (won, OpportunityTrigger.Lose) })
        {
            var before = lifecycle.ToSnapshot();
            var error = Assert.Throws<ArgumentException>(() => lifecycle.Fire(trigger, reason));
            Assert.Equal("reason", error.ParamName);
            Assert.Equal(before, lifecycle.ToSnapshot());
        }
    }

    [Fact]
    public void A_trigger_that_is_not_permitted_is_refused_before_its_missing_reason_is_noticed()
    {
        var draft = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));
        Assert.Throws<InvalidTransitionException>(() => draft.Fire(OpportunityTrigger.Reject));
        Assert.Throws<InvalidTransitionException>(() => draft.Fire(OpportunityTrigger.Lose, null));
    }

    [Fact]
    public void The_reason_is_kept_in_the_history()
    {
        var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit]);
        lifecycle.Fire(OpportunityTrigger.Reject, "Duplicate of OPP-0");
        Assert.Equal("Duplicate of OPP-0", lifecycle.History[^1].Reason);
        Assert.Equal(OpportunityState.Rejected, lifecycle.State);
    }

    [Fact]
    public void An_undefined_trigger_is_refused_like_any_trigger_that_is_not_permitted()
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));
        Assert.False(lifecycle.CanFire((OpportunityTrigger)99));
        Assert.Equal("99", Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire((OpportunityTrigger)99)).Trigger);
    }

    [Theory]
    [InlineData(OpportunityState.Draft, true)]
    [InlineData(OpportunityState.ActionRequired, true)]
    [InlineData(OpportunityState.Active, true)]
    [InlineData(OpportunityState.Won, true)]
    [InlineData(OpportunityState.Submitted, false)]
    [InlineData(OpportunityState.Rejected, false)]
    [InlineData(OpportunityState.Withdrawn, false)]
    [InlineData(OpportunityState.Offered, false)]
    [InlineData(OpportunityState.Declined, false)]
    [InlineData(OpportunityState.Expired, false)]
    [InlineData(OpportunityState.Delivered, false)]
    [InlineData(OpportunityState.Lost, false)]
    public void Edit_is_allowed_in_draft_action_required_active_and_won_only(OpportunityState state, bool allowed)
    {
        var origin = state is OpportunityState.Offered or OpportunityState.Declined or OpportunityState.Expired
            ? OpportunityOrigin.HuaweiOriginated
            : OpportunityOrigin.PartnerOriginated;
        var (table, initial) = TableFor(origin);
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.Opportunity(origin, ReferenceTables.Reachable(table, initial).Single(r => r.State == state).Path, clock);
        clock.AdvanceDays(3);
        var before = lifecycle.ToSnapshot();
        var edited = CompleteForm with { CustomerName = "Fabrikam" };

        if (allowed)
        {
            lifecycle.Edit(edited);
            Assert.Equal(edited, lifecycle.Form);
            Assert.Equal(before.Version, lifecycle.Version);
            Assert.Equal(before.History, lifecycle.History);
            Assert.Equal(clock.GetCurrentInstant(), lifecycle.ToRecord().LastUpdatedAt);
        }
        else
        {
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Edit(edited));
            Assert.Equal("Edit", refusal.Trigger);
            Assert.Equal(state.ToString(), refusal.State);
            Assert.Empty(refusal.Findings);
            Assert.Throws<InvalidTransitionException>(() => lifecycle.Edit(null!));
            Assert.Equal(before, lifecycle.ToSnapshot());
        }
    }

    [Fact]
    public void Edit_with_no_form_in_an_editable_state_is_an_argument_null_exception()
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));
        Assert.Equal("form", Assert.Throws<ArgumentNullException>(() => lifecycle.Edit(null!)).ParamName);
    }

    [Fact]
    public void The_record_carries_the_latest_update_and_the_signing_and_delivery_instants()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var created = clock.GetCurrentInstant();
        var lifecycle = OpportunityLifecycle.Offer(Opp, ApprovedHo, clock);
        Assert.Equal(new OpportunityRecord(Opp, OpportunityOrigin.HuaweiOriginated, created), lifecycle.ToRecord());

        clock.AdvanceDays(1);
        lifecycle.Fire(OpportunityTrigger.Accept);
        clock.AdvanceDays(1);
        lifecycle.Edit(CompleteForm);
        var edited = clock.GetCurrentInstant();
        Assert.Equal(edited, lifecycle.ToRecord().LastUpdatedAt);

        clock.AdvanceDays(1);
        lifecycle.Fire(OpportunityTrigger.Win);
        var signed = clock.GetCurrentInstant();
        clock.AdvanceDays(1);
        lifecycle.Edit(CompleteForm with { CustomerName = "Contoso Group" });
        var editedAfterWin = clock.GetCurrentInstant();
        Assert.Equal(new OpportunityRecord(Opp, OpportunityOrigin.HuaweiOriginated, editedAfterWin) { SignedAt = signed }, lifecycle.ToRecord());

        clock.AdvanceDays(10);
        lifecycle.Fire(OpportunityTrigger.Deliver);
        var delivered = clock.GetCurrentInstant();
        Assert.Equal(
            new OpportunityRecord(Opp, OpportunityOrigin.HuaweiOriginated, delivered) { SignedAt = signed, DeliveredAt = delivered },
            lifecycle.ToRecord());
    }

    [Fact]
    public void A_lost_opportunity_after_winning_keeps_its_signing_instant_and_has_no_delivery()
    {
        var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated,
            [OpportunityTrigger.Submit, OpportunityTrigger.Approve, OpportunityTrigger.Win, OpportunityTrigger.Lose]);
        var record = lifecycle.ToRecord();
        Assert.Equal(lifecycle.History.Single(h => h.Trigger == OpportunityTrigger.Win).At, record.SignedAt);
        Assert.Null(record.DeliveredAt);
        Assert.Equal(lifecycle.History[^1].At, record.LastUpdatedAt);
    }

    [Fact]
    public void A_clock_that_went_backwards_is_refused_and_changes_nothing()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, clock);
        lifecycle.Edit(CompleteForm);
        clock.Advance(Duration.FromSeconds(-1));

        Assert.Throws<PartnerRulesException>(() => lifecycle.Fire(OpportunityTrigger.Submit));
        Assert.Throws<PartnerRulesException>(() => lifecycle.Edit(CompleteForm with { CustomerName = "Late" }));
        Assert.Equal(OpportunityState.Draft, lifecycle.State);
        Assert.Equal(CompleteForm, lifecycle.Form);
    }

    [Fact]
    public void The_history_handed_out_does_not_change_with_later_transitions()
    {
        var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.HuaweiOriginated, []);
        var before = lifecycle.History;
        lifecycle.Fire(OpportunityTrigger.Accept);
        Assert.Empty(before);
        Assert.Single(lifecycle.History);
        Assert.False(lifecycle.History is Transition<OpportunityState, OpportunityTrigger>[]);
    }

    [Fact]
    public void The_form_defaults_to_no_services_copies_its_list_and_compares_by_content()
    {
        Assert.Empty(new OpportunityForm().CloudServices);
        var services = new List<string> { "ECS" };
        var form = new OpportunityForm { CloudServices = services };
        services.Add("OBS");
        Assert.Equal(["ECS"], form.CloudServices);
        Assert.Equal(new OpportunityForm { CloudServices = ["ECS"] }, form);
        Assert.Equal(new OpportunityForm { CloudServices = ["ECS"] }.GetHashCode(), form.GetHashCode());
        Assert.NotEqual(new OpportunityForm { CloudServices = ["OBS"] }, form);
        Assert.Throws<ArgumentNullException>(() => new OpportunityForm { CloudServices = null! });
        Assert.Throws<ArgumentException>(() => new OpportunityForm { CloudServices = [null!] });
    }

    private static IEnumerable<(OpportunityOrigin Origin, IReadOnlyDictionary<(OpportunityState, OpportunityTrigger), OpportunityState> Table, OpportunityState Initial)> Tables()
    {
        yield return (OpportunityOrigin.PartnerOriginated, ReferenceTables.OpportunityPo, OpportunityState.Draft);
        yield return (OpportunityOrigin.HuaweiOriginated, ReferenceTables.OpportunityHo, OpportunityState.Offered);
    }

    private static (IReadOnlyDictionary<(OpportunityState, OpportunityTrigger), OpportunityState> Table, OpportunityState Initial) TableFor(OpportunityOrigin origin) =>
        origin == OpportunityOrigin.PartnerOriginated
            ? (ReferenceTables.OpportunityPo, OpportunityState.Draft)
            : (ReferenceTables.OpportunityHo, OpportunityState.Offered);
}
