using System.Collections.Generic;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.Lifecycles;

namespace PartnerRules.Tests.SpecialistInvitations;

/// <summary>Decisions, applications, the hand-written reference table and a driver for specialist invitations.</summary>
internal static class InvitationTestKit
{
    public static readonly AccountId Employee = new("EMP-1");

    public static Decision ApprovedLink { get; } = new(true,
    [
        new Finding("STAFF.NOT_ENTERPRISE_VERIFIED", true, "Personal account."),
        new Finding("STAFF.NOT_LINKED_ELSEWHERE", true, "No active link."),
        new Finding("STAFF.REAL_NAME_VERIFIED", true, "Verified."),
        new Finding("STAFF.NOT_PARTNER_ACCOUNT", true, "Not a partner."),
        new Finding("STAFF.LINK_LIMIT", true, "1 partner within 1 year."),
    ]);

    public static Decision RefusedLink { get; } = new(false,
    [
        new Finding("STAFF.NOT_ENTERPRISE_VERIFIED", true, "Personal account."),
        new Finding("STAFF.NOT_LINKED_ELSEWHERE", false, "Linked to P-2."),
        new Finding("STAFF.REAL_NAME_VERIFIED", true, "Verified."),
        new Finding("STAFF.NOT_PARTNER_ACCOUNT", true, "Not a partner."),
        new Finding("STAFF.LINK_LIMIT", false, "3 partners within 1 year."),
    ]);

    public static SpecialistApplication CompleteApplication { get; } = new()
    {
        Position = "Solution architect",
        StartedOnHuaweiCloud = new LocalDate(2024, 5, 6),
        Certificates = ["HCIP-Cloud Service Solutions Architect"],
    };

    /// <summary>The invitation table as DOMAIN.md §4 and the issue state it, written independently of the library's.</summary>
    public static readonly IReadOnlyDictionary<(SpecialistInvitationState, SpecialistInvitationTrigger), SpecialistInvitationState> Table =
        new Dictionary<(SpecialistInvitationState, SpecialistInvitationTrigger), SpecialistInvitationState>
        {
            [(SpecialistInvitationState.Invited, SpecialistInvitationTrigger.Bind)] = SpecialistInvitationState.Bound,
            [(SpecialistInvitationState.Invited, SpecialistInvitationTrigger.Expire)] = SpecialistInvitationState.Expired,
            [(SpecialistInvitationState.Bound, SpecialistInvitationTrigger.Apply)] = SpecialistInvitationState.UnderReview,
            [(SpecialistInvitationState.Bound, SpecialistInvitationTrigger.Unbind)] = SpecialistInvitationState.Unbound,
            [(SpecialistInvitationState.UnderReview, SpecialistInvitationTrigger.Approve)] = SpecialistInvitationState.Approved,
            [(SpecialistInvitationState.UnderReview, SpecialistInvitationTrigger.Reject)] = SpecialistInvitationState.Rejected,
            [(SpecialistInvitationState.UnderReview, SpecialistInvitationTrigger.Unbind)] = SpecialistInvitationState.Unbound,
            [(SpecialistInvitationState.Approved, SpecialistInvitationTrigger.Unbind)] = SpecialistInvitationState.Unbound,
            [(SpecialistInvitationState.Rejected, SpecialistInvitationTrigger.Apply)] = SpecialistInvitationState.UnderReview,
            [(SpecialistInvitationState.Rejected, SpecialistInvitationTrigger.Unbind)] = SpecialistInvitationState.Unbound,
        };

    public static IReadOnlyList<(SpecialistInvitationState State, IReadOnlyList<SpecialistInvitationTrigger> Path)> Reachable() =>
        ReferenceTables.Reachable(Table, SpecialistInvitationState.Invited);

    public static IReadOnlyList<SpecialistInvitationTrigger> PathTo(SpecialistInvitationState state)
    {
        foreach (var (reached, path) in Reachable())
        {
            if (reached == state)
            {
                return path;
            }
        }

        throw new KeyNotFoundException(state.ToString());
    }

    /// <summary>Invites and follows <paramref name="path"/>, an hour per step; Bind with an approved decision, Apply with a complete application.</summary>
    public static SpecialistInvitationLifecycle Drive(IEnumerable<SpecialistInvitationTrigger> path, FakeClock? clock = null, ProgramPolicy? policy = null)
    {
        clock ??= LifecycleTestKit.ClockAtLocal(2026, 3, 2);
        var lifecycle = SpecialistInvitationLifecycle.Invite(LifecycleTestKit.Partner, Employee, 0, clock, policy);
        foreach (var trigger in path)
        {
            clock.Advance(LifecycleDrivers.Step);
            Do(lifecycle, trigger);
        }

        return lifecycle;
    }

    public static void Do(SpecialistInvitationLifecycle lifecycle, SpecialistInvitationTrigger trigger)
    {
        switch (trigger)
        {
            case SpecialistInvitationTrigger.Bind:
                lifecycle.Bind(ApprovedLink);
                break;
            case SpecialistInvitationTrigger.Apply:
                lifecycle.Apply(CompleteApplication);
                break;
            default:
                lifecycle.Fire(trigger, trigger == SpecialistInvitationTrigger.Reject ? LifecycleTestKit.ReasonFor(trigger) : null);
                break;
        }
    }
}
