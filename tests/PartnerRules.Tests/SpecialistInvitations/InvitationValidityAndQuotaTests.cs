using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.SpecialistInvitations.InvitationTestKit;

namespace PartnerRules.Tests.SpecialistInvitations;

/// <summary>The 7-day link validity (STAFF.INVITATION_VALIDITY) and the 100-a-day limit (STAFF.DAILY_INVITATION_LIMIT).</summary>
public sealed class InvitationValidityAndQuotaTests
{
    [Fact]
    public void The_link_is_valid_through_the_7th_day_after_the_invitation_and_overdue_from_the_midnight_after()
    {
        var invitation = Drive([], ClockAtLocal(2026, 3, 2, 10));

        var deadline = invitation.Deadline!;

        Assert.Equal("STAFF.INVITATION_VALIDITY", deadline.Obligation);
        Assert.Equal(new LocalDate(2026, 3, 2), deadline.ExpectedFrom);
        Assert.Equal(new LocalDate(2026, 3, 9), deadline.DueOn);
        Assert.Equal(Utc(2026, 3, 9, 16), deadline.OverdueFrom);
    }

    [Fact]
    public void Bind_works_one_tick_before_the_link_expires()
    {
        var clock = ClockAtLocal(2026, 3, 2, 10);
        var invitation = Drive([], clock);
        clock.Reset(Utc(2026, 3, 9, 16) - Duration.Epsilon);

        invitation.Bind(ApprovedLink);

        Assert.Equal(SpecialistInvitationState.Bound, invitation.State);
        Assert.Null(invitation.Deadline);
    }

    [Fact]
    public void From_the_programme_midnight_after_the_7th_day_bind_is_refused_and_only_expire_remains()
    {
        var clock = ClockAtLocal(2026, 3, 2, 10);
        var invitation = Drive([], clock);
        clock.Reset(Utc(2026, 3, 9, 16));

        Assert.False(invitation.CanFire(SpecialistInvitationTrigger.Bind));
        Assert.Equal([SpecialistInvitationTrigger.Expire], invitation.PermittedTriggers);
        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(ApprovedLink));
        Assert.Equal(["STAFF.INVITATION_VALIDITY"], error.Findings.Select(f => f.Code));
        Assert.Contains("2026-03-09", error.Findings[0].Message, System.StringComparison.Ordinal);
        Assert.True(invitation.Deadline!.IsOverdue(clock.GetCurrentInstant()));

        invitation.Fire(SpecialistInvitationTrigger.Expire);
        Assert.Equal(SpecialistInvitationState.Expired, invitation.State);
        Assert.Null(invitation.Deadline);
    }

    [Fact]
    public void An_expired_link_with_a_refused_decision_reports_both()
    {
        var clock = ClockAtLocal(2026, 3, 2, 10);
        var invitation = Drive([], clock);
        clock.AdvanceDays(30);

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(RefusedLink));

        Assert.Equal("STAFF.INVITATION_VALIDITY", error.Findings[0].Code);
    }

    [Theory]
    [InlineData(2026, 3, 2, 15, 59, "2026-03-02", "2026-03-09")]
    [InlineData(2026, 3, 2, 16, 0, "2026-03-03", "2026-03-10")]
    [InlineData(2028, 2, 22, 4, 0, "2028-02-22", "2028-02-29")]
    [InlineData(2026, 12, 27, 4, 0, "2026-12-27", "2027-01-03")]
    public void The_validity_counts_natural_days_from_the_programme_local_date(int y, int m, int d, int utcHour, int utcMinute, string invitedOn, string dueOn)
    {
        var invitation = Drive([], new FakeClock(Utc(y, m, d, utcHour, utcMinute)));

        Assert.Equal(invitedOn, invitation.InvitedOn.ToString("yyyy-MM-dd", null));
        Assert.Equal(dueOn, invitation.Deadline!.DueOn.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void The_validity_is_a_policy_value()
    {
        var policy = ProgramPolicy.Default with { SpecialistInvitationValidity = Period.FromDays(3) };

        var invitation = Drive([], ClockAtLocal(2026, 3, 2), policy);

        Assert.Equal(new LocalDate(2026, 3, 5), invitation.Deadline!.DueOn);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(99, true)]
    [InlineData(100, false)]
    [InlineData(250, false)]
    public void A_partner_may_send_100_invitations_a_day(int alreadySent, bool allowed)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        if (allowed)
        {
            Assert.Equal(SpecialistInvitationState.Invited, SpecialistInvitationLifecycle.Invite(Partner, Employee, alreadySent, clock).State);
            return;
        }

        var error = Assert.Throws<InvalidTransitionException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, alreadySent, clock));
        Assert.Equal(string.Empty, error.State);
        Assert.Equal("Invite", error.Trigger);
        var finding = Assert.Single(error.Findings);
        Assert.Equal("STAFF.DAILY_INVITATION_LIMIT", finding.Code);
        Assert.False(finding.Passed);
    }

    [Fact]
    public void The_101st_invitation_of_a_local_day_is_refused_and_the_count_restarts_at_the_programme_midnight()
    {
        // The caller's store, counted by InvitedOn: what a caller with its own database does.
        var store = new List<SpecialistInvitationLifecycle>();
        var clock = new FakeClock(Utc(2026, 3, 2, 15));
        SpecialistInvitationLifecycle Invite(int n) =>
            SpecialistInvitationLifecycle.Invite(Partner, new AccountId($"EMP-{n}"), SentToday(), clock);
        int SentToday() => store.Count(i => i.Partner == Partner && i.InvitedOn == clock.GetCurrentInstant().InZone(Shanghai).Date);

        for (var n = 1; n <= 100; n++)
        {
            store.Add(Invite(n));
        }

        clock.Reset(Utc(2026, 3, 2, 15, 59, 59) + Duration.FromMilliseconds(999));
        var refused = Assert.Throws<InvalidTransitionException>(() => Invite(101));
        clock.Reset(Utc(2026, 3, 2, 16));
        var nextDay = Invite(101);

        Assert.Equal("STAFF.DAILY_INVITATION_LIMIT", refused.Findings[0].Code);
        Assert.Equal(100, store.Count);
        Assert.Equal(new LocalDate(2026, 3, 3), nextDay.InvitedOn);
    }

    [Fact]
    public void The_daily_limit_is_a_policy_value()
    {
        var policy = ProgramPolicy.Default with { SpecialistInvitationsPerDay = 2 };
        var clock = ClockAtLocal(2026, 3, 2);

        SpecialistInvitationLifecycle.Invite(Partner, Employee, 1, clock, policy);

        Assert.Throws<InvalidTransitionException>(() => SpecialistInvitationLifecycle.Invite(Partner, Employee, 2, clock, policy));
    }
}
