using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.SpecialistInvitations.InvitationTestKit;

namespace PartnerRules.Tests.SpecialistInvitations;

/// <summary>
/// The invitation link's validity is Bind's business only: an Apply the machine refuses (its start date judged on an
/// earlier local date than Apply's own check, the clock having stepped back a nanosecond across midnight in between)
/// reports no link finding, even long after the link expired.
/// </summary>
public sealed class ApplyRefusalFindingsTests
{
    [Fact]
    public void An_apply_the_machine_refuses_never_reports_the_expired_link()
    {
        var fake = ClockAtLocal(2026, 3, 2);
        var clock = new SteppingBackClock(fake);
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, Employee, 0, clock);
        fake.Advance(Duration.FromHours(1));
        invitation.Bind(ApprovedLink);
        var midnight = Local(2026, 3, 20, 0);
        fake.Reset(midnight);
        clock.StepBackAfterNextRead = true;
        var startedToday = CompleteApplication with { StartedOnHuaweiCloud = new LocalDate(2026, 3, 20) };

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Apply(startedToday));

        Assert.True(fake.GetCurrentInstant() < midnight);
        Assert.DoesNotContain("STAFF.INVITATION_VALIDITY", error.Findings.Select(f => f.Code));
        Assert.Equal("Apply", error.Trigger);
        Assert.Equal(SpecialistInvitationState.Bound, invitation.State);
    }

    /// <summary>A fake clock that, once armed, steps back a nanosecond right after its next read.</summary>
    private sealed class SteppingBackClock(FakeClock inner) : IClock
    {
        public bool StepBackAfterNextRead { get; set; }

        public Instant GetCurrentInstant()
        {
            var now = inner.GetCurrentInstant();
            if (StepBackAfterNextRead)
            {
                StepBackAfterNextRead = false;
                inner.Reset(now - Duration.Epsilon);
            }

            return now;
        }
    }
}
