using System;
using System.Linq;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.SpecialistInvitations.InvitationTestKit;

namespace PartnerRules.Tests.SpecialistInvitations;

public sealed class SpecialistInvitationLifecycleTests
{
    public static TheoryData<SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationState> PermittedSteps()
    {
        var data = new TheoryData<SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationState>();
        foreach (var ((from, trigger), to) in Table)
        {
            data.Add(from, trigger, to);
        }

        return data;
    }

    public static TheoryData<SpecialistInvitationState, SpecialistInvitationTrigger> ForbiddenSteps()
    {
        var data = new TheoryData<SpecialistInvitationState, SpecialistInvitationTrigger>();
        foreach (var (state, _) in Reachable())
        {
            foreach (var trigger in Values<SpecialistInvitationTrigger>().Where(t => !Table.ContainsKey((state, t))))
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Fact]
    public void An_invitation_starts_invited_with_its_local_date()
    {
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, Employee, 0, ClockAtLocal(2026, 3, 2, 23, 59));

        Assert.Equal(SpecialistInvitationState.Invited, invitation.State);
        Assert.Equal(new LocalDate(2026, 3, 2), invitation.InvitedOn);
        Assert.Equal((Partner, Employee), (invitation.Partner, invitation.Account));
        Assert.Equal([SpecialistInvitationTrigger.Bind, SpecialistInvitationTrigger.Expire], invitation.PermittedTriggers);
        Assert.Null(invitation.Application);
    }

    [Theory]
    [MemberData(nameof(PermittedSteps))]
    public void Every_permitted_step_moves_to_its_state_and_is_recorded(SpecialistInvitationState from, SpecialistInvitationTrigger trigger, SpecialistInvitationState to)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var invitation = Drive(PathTo(from), clock);
        Assert.True(invitation.CanFire(trigger));
        clock.Advance(Duration.FromMinutes(1));

        Do(invitation, trigger);

        Assert.Equal(to, invitation.State);
        var step = invitation.History[^1];
        Assert.Equal((from, to, trigger, clock.GetCurrentInstant()), (step.From, step.To, step.Trigger, step.At));
        Assert.Equal(trigger == SpecialistInvitationTrigger.Reject ? ReasonFor(trigger) : null, step.Reason);
    }

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public void Every_forbidden_step_throws_and_changes_nothing(SpecialistInvitationState state, SpecialistInvitationTrigger trigger)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var invitation = Drive(PathTo(state), clock);
        var before = invitation.ToSnapshot();

        Assert.False(invitation.CanFire(trigger));
        var error = Assert.Throws<InvalidTransitionException>(() => Do(invitation, trigger));

        Assert.Equal(state.ToString(), error.State);
        Assert.Equal(trigger.ToString(), error.Trigger);
        Assert.Empty(error.Findings);
        Assert.Equal(before, invitation.ToSnapshot());
    }

    [Fact]
    public void Bind_with_a_refused_staff_link_decision_reports_its_failed_findings_and_changes_nothing()
    {
        var invitation = Drive([]);

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(RefusedLink));

        Assert.Equal("Invited", error.State);
        Assert.Equal("Bind", error.Trigger);
        Assert.Equal(["STAFF.NOT_LINKED_ELSEWHERE", "STAFF.LINK_LIMIT"], error.Findings.Select(f => f.Code));
        Assert.Equal(SpecialistInvitationState.Invited, invitation.State);
        Assert.Equal(0, invitation.Version);
        Assert.Equal("staffLinkDecision", Assert.Throws<ArgumentNullException>(() => invitation.Bind(null!)).ParamName);
    }

    [Fact]
    public void Bind_and_apply_need_their_data_so_fire_points_to_the_operations()
    {
        var invited = Drive([]);
        var bound = Drive([SpecialistInvitationTrigger.Bind]);

        Assert.Contains("Bind(staffLinkDecision)", Assert.Throws<InvalidTransitionException>(() => invited.Fire(SpecialistInvitationTrigger.Bind)).Message, StringComparison.Ordinal);
        Assert.Contains("Apply(application)", Assert.Throws<InvalidTransitionException>(() => bound.Fire(SpecialistInvitationTrigger.Apply)).Message, StringComparison.Ordinal);
        Assert.Equal(SpecialistInvitationState.Invited, invited.State);
        Assert.Equal(SpecialistInvitationState.Bound, bound.State);
    }

    public static TheoryData<string, string[]> IncompleteApplications() => new()
    {
        { "empty", ["SPECIALIST.POSITION", "SPECIALIST.CLOUD_START_DATE", "SPECIALIST.CERTIFICATES"] },
        { "blank position", ["SPECIALIST.POSITION"] },
        { "no start date", ["SPECIALIST.CLOUD_START_DATE"] },
        { "start date tomorrow", ["SPECIALIST.CLOUD_START_DATE"] },
        { "no certificate", ["SPECIALIST.CERTIFICATES"] },
        { "blank certificate", ["SPECIALIST.CERTIFICATES"] },
    };

    [Theory]
    [MemberData(nameof(IncompleteApplications))]
    public void An_incomplete_application_is_refused_with_a_finding_per_missing_piece(string what, string[] codes)
    {
        var invitation = Drive([SpecialistInvitationTrigger.Bind]);
        var application = what switch
        {
            "empty" => new SpecialistApplication(),
            "blank position" => CompleteApplication with { Position = " " },
            "no start date" => CompleteApplication with { StartedOnHuaweiCloud = null },
            "start date tomorrow" => CompleteApplication with { StartedOnHuaweiCloud = new LocalDate(2026, 3, 3) },
            "no certificate" => CompleteApplication with { Certificates = [] },
            "blank certificate" => CompleteApplication with { Certificates = ["HCIA", ""] },
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Apply(application));

        Assert.Equal(codes, error.Findings.Select(f => f.Code));
        Assert.Equal(SpecialistInvitationState.Bound, invitation.State);
        Assert.Null(invitation.Application);
    }

    [Fact]
    public void A_start_date_of_today_is_accepted_and_the_application_kept()
    {
        var invitation = Drive([SpecialistInvitationTrigger.Bind]);
        var application = CompleteApplication with { StartedOnHuaweiCloud = new LocalDate(2026, 3, 2) };

        invitation.Apply(application);

        Assert.Equal(application, invitation.Application);
        Assert.Equal(SpecialistInvitationState.UnderReview, invitation.State);
    }

    [Fact]
    public void A_rejected_employee_may_correct_the_application_and_apply_again()
    {
        var invitation = Drive([SpecialistInvitationTrigger.Bind, SpecialistInvitationTrigger.Apply]);
        Assert.Throws<ArgumentException>(() => invitation.Fire(SpecialistInvitationTrigger.Reject));
        invitation.Fire(SpecialistInvitationTrigger.Reject, "Certificate expired");
        var corrected = CompleteApplication with { Certificates = ["HCIE-Cloud"] };

        invitation.Apply(corrected);
        invitation.Fire(SpecialistInvitationTrigger.Approve);

        Assert.Equal(SpecialistInvitationState.Approved, invitation.State);
        Assert.Equal("Certificate expired", invitation.History[2].Reason);
        Assert.Equal(corrected, invitation.Application);
    }

    [Fact]
    public void Bad_invite_arguments_are_argument_exceptions()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => SpecialistInvitationLifecycle.Invite(default, Employee, 0, clock)).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => SpecialistInvitationLifecycle.Invite(Partner, default, 0, clock)).ParamName);
        Assert.Equal("invitationsSentToday", Assert.Throws<ArgumentOutOfRangeException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, -1, clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, 0, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, 0, clock, ProgramPolicy.Default with { SpecialistInvitationsPerDay = 0 })).ParamName);
    }

    [Fact]
    public void Refusals_are_localised_in_chinese()
    {
        using var culture = UiCulture("zh-CN");
        var clock = ClockAtLocal(2026, 3, 2);
        var invitation = Drive([SpecialistInvitationTrigger.Bind], clock);

        var apply = Assert.Throws<InvalidTransitionException>(() => invitation.Apply(new SpecialistApplication()));
        var limit = Assert.Throws<InvalidTransitionException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, 100, clock));

        Assert.Equal("未填写职位:申请前请填写。", apply.Findings[0].Message);
        Assert.Equal("伙伴每天最多发送 100 个项目专员邀请;今天已发送 100 个。", limit.Findings[0].Message);
    }
}
