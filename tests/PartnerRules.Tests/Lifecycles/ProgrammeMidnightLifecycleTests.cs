using System;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// Lifecycle dates are local to the programme zone: acting at 00:30 in Shanghai (16:30 UTC the day before)
/// and under America/Sao_Paulo, where deadlines fall due at that zone's midnight.
/// </summary>
public sealed class ProgrammeMidnightLifecycleTests
{
    private static readonly DateTimeZone SaoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

    private static IncentiveSettlementLifecycle UnderReview(FakeClock clock, ProgramPolicy? policy = null)
    {
        var lifecycle = IncentiveSettlementLifecycle.Start(SettlementTestKit.Project, Partner, SettlementTestKit.Approved(), clock, policy);
        lifecycle.Fire(SettlementTrigger.SubmitInvoice);
        lifecycle.Fire(SettlementTrigger.StartReview);
        return lifecycle;
    }

    [Fact]
    public void An_invoice_received_today_just_after_the_programmes_midnight_qualifies()
    {
        var lifecycle = UnderReview(ClockAtLocal(2026, 3, 10, 0, 30));

        lifecycle.Qualify(new LocalDate(2026, 3, 10));

        Assert.Equal(SettlementState.Qualified, lifecycle.State);
    }

    [Fact]
    public void An_invoice_received_the_day_before_its_local_submission_date_is_refused()
    {
        var lifecycle = UnderReview(ClockAtLocal(2026, 3, 10, 0, 30));

        var error = Assert.Throws<ArgumentException>(() => lifecycle.Qualify(new LocalDate(2026, 3, 9)));

        Assert.Equal("receivedOn", error.ParamName);
        Assert.Equal(SettlementState.UnderReview, lifecycle.State);
    }

    [Fact]
    public void The_payment_falls_overdue_at_the_programme_zones_midnight()
    {
        var policy = ProgramPolicy.Default with { TimeZone = SaoPaulo };
        var lifecycle = UnderReview(new FakeClock(Instant.FromUtc(2026, 3, 10, 15, 0)), policy);

        lifecycle.Qualify(new LocalDate(2026, 3, 10));

        var due = new LocalDate(2026, 3, 10).PlusDays(policy.IncentivePaymentDays);
        Assert.Equal(SaoPaulo.AtStartOfDay(due.PlusDays(1)).ToInstant(), lifecycle.Deadline!.OverdueFrom);
    }

    [Fact]
    public void An_application_started_on_huawei_cloud_today_just_after_midnight_is_accepted()
    {
        var clock = ClockAtLocal(2026, 3, 10, 0, 30);
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock);
        invitation.Bind(InvitationTestKit.ApprovedLink);

        invitation.Apply(InvitationTestKit.CompleteApplication with { StartedOnHuaweiCloud = new LocalDate(2026, 3, 10) });

        Assert.Equal(SpecialistInvitationState.UnderReview, invitation.State);
    }

    [Fact]
    public void An_invitation_sent_just_after_midnight_is_dated_that_local_day()
    {
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, ClockAtLocal(2026, 3, 10, 0, 30));

        Assert.Equal(new LocalDate(2026, 3, 10), invitation.InvitedOn);
        Assert.Equal(new LocalDate(2026, 3, 17), invitation.Deadline!.DueOn);
    }

    [Fact]
    public void The_invitation_is_valid_for_the_policys_validity_and_falls_overdue_at_the_zones_midnight()
    {
        var policy = ProgramPolicy.Default with { TimeZone = SaoPaulo, SpecialistInvitationValidity = Period.FromDays(10) };
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, new FakeClock(Instant.FromUtc(2026, 3, 10, 15, 0)), policy);

        Assert.Equal(new Deadline("STAFF.INVITATION_VALIDITY", new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 20), Instant.FromUtc(2026, 3, 21, 3, 0)), invitation.Deadline);
    }

    [Theory]
    [InlineData(2, 12, 0, false)] // created 2026-03-02 locally, today 2026-03-10 (16:30 UTC on the 9th): 8 days, not new
    [InlineData(3, 0, 30, true)]  // created 2026-03-03 00:30 locally (16:30 UTC on the 2nd): the window's first day
    public void An_account_is_new_by_its_local_creation_date_and_the_local_today(int day, int hour, int minute, bool isNew)
    {
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 10, 0, 30));
        var account = new CustomerAccount(Account, Local(2026, 3, day, hour, minute));

        if (isNew)
        {
            lifecycle.Associate(account);
            Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(account));
            Assert.Equal(AssociationState.Invited, lifecycle.State);
        }
    }

    [Theory]
    [InlineData(28, true)]  // 2026-03-31 minus one month is 2026-02-28: created on the window's first day
    [InlineData(27, false)] // one day earlier
    public void A_month_window_runs_back_from_today_by_calendar_months(int createdDay, bool isNew)
    {
        var policy = ProgramPolicy.Default with { NewAccountWindow = Period.FromMonths(1) };
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 31, 12), policy);
        var account = new CustomerAccount(Account, Local(2026, 2, createdDay, 12));

        if (isNew)
        {
            lifecycle.Associate(account);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(account));
        }

        Assert.Equal(isNew ? AssociationState.AwaitingSignature : AssociationState.Invited, lifecycle.State);
    }

    [Fact]
    public void The_new_account_window_is_the_policys_new_account_window()
    {
        var policy = ProgramPolicy.Default with { NewAccountWindow = Period.FromDays(10) };
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 10, 12), policy);

        lifecycle.Associate(new CustomerAccount(Account, Local(2026, 3, 1, 12)));

        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
    }
}
