using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Lifecycles;
using PartnerRules.Tests.Support;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.SpecialistInvitations.InvitationTestKit;

namespace PartnerRules.Tests.SpecialistInvitations;

public sealed partial class InvitationMutationGapTests
{
    [Fact]
    public void The_daily_limit_refusal_names_the_limit_and_the_count_already_sent()
    {
        using var culture = UiCulture("en-GB");

        var error = Assert.Throws<InvalidTransitionException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, 100, ClockAtLocal(2026, 3, 2)));

        Assert.Equal(
            "The specialist invitation was refused (STAFF.DAILY_INVITATION_LIMIT: A partner may send at most 100 specialist invitations a day; 100 were already sent today).",
            error.Message);
        Assert.Empty(error.PermittedTriggers);
    }

    [Fact]
    public void Bad_invite_bind_and_apply_arguments_say_what_was_wrong_and_what_to_pass()
    {
        var clock = ClockAtLocal(2026, 3, 2);

        Assert.Equal(
            "default(PartnerId) holds no value: pass an identifier created with new PartnerId(value). (Parameter 'partner')",
            Assert.Throws<ArgumentException>(() => SpecialistInvitationLifecycle.Invite(default, Employee, 0, clock)).Message);
        Assert.Equal(
            "default(AccountId) holds no value: pass an identifier created with new AccountId(value). (Parameter 'account')",
            Assert.Throws<ArgumentException>(() => SpecialistInvitationLifecycle.Invite(Partner, default, 0, clock)).Message);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, -1, clock));
        Assert.StartsWith(LifecycleErrors.InvitationsSentTodayNegative + " (Parameter 'invitationsSentToday')", negative.Message, StringComparison.Ordinal);
        Assert.Equal(-1, negative.ActualValue);
        Assert.Equal(
            LifecycleErrors.BindNeedsDecision + " (Parameter 'staffLinkDecision')",
            Assert.Throws<ArgumentNullException>(() => Drive([], clock).Bind(null!)).Message);
        Assert.Equal("application", Assert.Throws<ArgumentNullException>(() => Drive([Bind], clock).Apply(null!)).ParamName);
    }

    [Fact]
    public void A_refused_decision_is_refused_by_bind_itself_and_bind_stays_open_for_the_next_decision()
    {
        using var culture = UiCulture("en-GB");
        var invitation = Drive([]);

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(RefusedLink));

        Assert.Equal(["Bind", "Expire"], error.PermittedTriggers);
        Assert.Equal(
            "'Bind' was refused in state 'Invited': STAFF.NOT_LINKED_ELSEWHERE: Linked to P-2; STAFF.LINK_LIMIT: 3 partners within 1 year. Permitted now: Bind, Expire.",
            error.Message);
        Assert.Equal([Bind, SpecialistInvitationTrigger.Expire], invitation.PermittedTriggers);
    }

    public static TheoryData<SpecialistInvitationState> StatesWithoutApply() =>
    [
        SpecialistInvitationState.Invited, SpecialistInvitationState.UnderReview, SpecialistInvitationState.Approved,
        SpecialistInvitationState.Unbound, SpecialistInvitationState.Expired,
    ];

    [Theory]
    [MemberData(nameof(StatesWithoutApply))]
    public void Apply_where_it_is_not_permitted_is_refused_before_the_application_is_looked_at(SpecialistInvitationState state)
    {
        var invitation = Drive(PathTo(state));
        var before = invitation.ToSnapshot();

        var incomplete = Assert.Throws<InvalidTransitionException>(() => invitation.Apply(new SpecialistApplication()));
        var missing = Assert.Throws<InvalidTransitionException>(() => invitation.Apply(null!));

        foreach (var error in new[] { incomplete, missing })
        {
            Assert.Equal((state.ToString(), "Apply"), (error.State, error.Trigger));
            Assert.Empty(error.Findings);
        }

        Assert.Equal(before, invitation.ToSnapshot());
    }

    [Fact]
    public void After_an_apply_fire_still_cannot_apply_again_without_an_application()
    {
        var invitation = Drive([Bind, Apply, Reject]);

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Fire(Apply));

        Assert.Contains("Apply(application)", error.Message, StringComparison.Ordinal);
        Assert.Equal(SpecialistInvitationState.Rejected, invitation.State);
    }

    [Theory]
    [InlineData(Bind, "Bind(staffLinkDecision)")]
    [InlineData(Apply, "Apply(application)")]
    public void A_step_stopped_by_a_clock_that_went_back_leaves_no_data_behind_for_fire(SpecialistInvitationTrigger trigger, string operation)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var invitation = Drive(trigger == Bind ? [] : [Bind], clock);
        var latest = clock.GetCurrentInstant();
        var state = invitation.State;
        clock.Reset(latest - Duration.FromMinutes(1));

        Assert.Throws<PartnerRulesException>(() => Do(invitation, trigger));
        clock.Reset(latest + Duration.FromMinutes(1));
        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Fire(trigger));

        Assert.Contains(operation, error.Message, StringComparison.Ordinal);
        Assert.Equal(state, invitation.State);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void A_restored_invitation_refuses_a_clock_before_its_latest_step(long ticksAfterLatestStep, bool accepted)
    {
        var snapshot = Drive([Bind], ClockAtLocal(2026, 3, 2)).ToSnapshot();
        var clock = new FakeClock(snapshot.History[^1].At + Duration.FromTicks(ticksAfterLatestStep));
        var restored = SpecialistInvitationLifecycle.Restore(snapshot, clock);

        if (accepted)
        {
            restored.Fire(SpecialistInvitationTrigger.Unbind);
            Assert.Equal(SpecialistInvitationState.Unbound, restored.State);
            return;
        }

        Assert.Throws<PartnerRulesException>(() => restored.Fire(SpecialistInvitationTrigger.Unbind));
        Assert.Equal(snapshot, restored.ToSnapshot());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void An_invitation_that_applied_any_number_of_times_restores_with_its_latest_application(int applications)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var path = new List<SpecialistInvitationTrigger> { Bind, Apply };
        for (var i = 1; i < applications; i++)
        {
            path.AddRange([Reject, Apply]);
        }

        var snapshot = Drive(path, clock).ToSnapshot();

        var restored = SpecialistInvitationLifecycle.Restore(snapshot, clock);

        Assert.Equal(applications, restored.History.Count(step => step.Trigger == Apply));
        Assert.Equal(CompleteApplication, restored.Application);
        Assert.Equal(snapshot, restored.ToSnapshot());
    }

    [Theory]
    [InlineData("AB", "***")]
    [InlineData("ABCD", "***")]
    [InlineData("ABCDE", "A***E")]
    [InlineData("ABCDEFGH", "A***H")]
    [InlineData("ABCDEFGHIJ", "A***J")]
    [InlineData("13800138000", "138****8000")]
    [InlineData("8613800138000", "861****8000")]
    public void The_account_in_an_obligation_is_masked_by_its_length(string account, string masked)
    {
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, new AccountId(account), 0, ClockAtLocal(2026, 3, 2));

        var obligation = Assert.Single(PartnerRules.Obligations.Running([invitation], Local(2026, 3, 3)));

        Assert.Equal("P-1/" + masked, obligation.SubjectId);
        Assert.DoesNotContain(account, obligation.ToString(), StringComparison.Ordinal);
    }
}
