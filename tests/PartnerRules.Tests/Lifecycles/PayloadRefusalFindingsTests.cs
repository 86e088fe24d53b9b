using System.Linq;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.SpecialistInvitations.InvitationTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// A trigger that carries data is judged twice: first by the table (the guards that need no data), then by the
/// lifecycle's machine with the data, which checks every guard again. When the machine is the one to refuse (the
/// link expired between the two checks), the refusal still reports the failed guard's finding, names what is
/// permitted now, and changes nothing.
/// </summary>
/// <remarks>
/// The clock moves a nanosecond on every read, starting two nanoseconds before the link expires: Bind's own check and the
/// table's check read a valid link, the machine's guard the first expired instant.
/// </remarks>
public sealed class PayloadRefusalFindingsTests
{
    [Fact]
    public void A_bind_the_machine_refuses_because_the_link_expired_meanwhile_reports_the_validity_finding()
    {
        var clock = ClockAtLocal(2026, 3, 2, 10);
        var invitation = Drive([], clock);
        var expiresAt = invitation.Deadline!.OverdueFrom;
        clock.Reset(expiresAt - (Duration.Epsilon * 2));
        clock.AutoAdvance = Duration.Epsilon;

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(ApprovedLink));

        Assert.Equal(["STAFF.INVITATION_VALIDITY"], error.Findings.Select(f => f.Code));
        Assert.False(error.Findings[0].Passed);
        Assert.Equal("Bind", error.Trigger);
        Assert.Equal("Invited", error.State);
        Assert.Equal(["Expire"], error.PermittedTriggers);
        Assert.Equal(SpecialistInvitationState.Invited, invitation.State);
        Assert.Empty(invitation.History);
        Assert.Equal(0, invitation.Revision);
    }
}
