using PartnerRules.Lifecycles;

namespace PartnerRules.SpecialistInvitations;

/// <summary>The project-specialist invitation transition table (DOMAIN.md §4); one variant.</summary>
internal static class SpecialistInvitationTable
{
    /// <summary>The obligation code of the invitation link's validity, and the finding of a Bind after it.</summary>
    public const string ValidityCode = FindingCodes.StaffInvitationValidity;

    /// <summary>The finding of an invitation beyond the partner's daily limit.</summary>
    public const string DailyLimitCode = FindingCodes.StaffDailyInvitationLimit;

    public static LifecycleTable<SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationLifecycle> Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static LifecycleTable<SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationLifecycle> Build() => new(
        initialStateByVariant: [SpecialistInvitationState.Invited],
        variantDescriptions: ["all"],
        edges:
        [
            new(SpecialistInvitationState.Invited, SpecialistInvitationTrigger.Bind, SpecialistInvitationState.Bound)
            {
                Guards =
                [
                    new(i => i.LinkIsValid(), "link within SpecialistInvitationValidity"),
                    new(i => i.PendingDecisionIsApproved(), "staff-link decision approved"),
                ],
            },
            new(SpecialistInvitationState.Invited, SpecialistInvitationTrigger.Expire, SpecialistInvitationState.Expired),
            new(SpecialistInvitationState.Bound, SpecialistInvitationTrigger.Apply, SpecialistInvitationState.UnderReview) { Guards = ApplyGuards() },
            new(SpecialistInvitationState.Bound, SpecialistInvitationTrigger.Unbind, SpecialistInvitationState.Unbound),
            new(SpecialistInvitationState.UnderReview, SpecialistInvitationTrigger.Approve, SpecialistInvitationState.Approved),
            new(SpecialistInvitationState.UnderReview, SpecialistInvitationTrigger.Reject, SpecialistInvitationState.Rejected),
            new(SpecialistInvitationState.UnderReview, SpecialistInvitationTrigger.Unbind, SpecialistInvitationState.Unbound),
            new(SpecialistInvitationState.Approved, SpecialistInvitationTrigger.Unbind, SpecialistInvitationState.Unbound),
            new(SpecialistInvitationState.Rejected, SpecialistInvitationTrigger.Apply, SpecialistInvitationState.UnderReview) { Guards = ApplyGuards() },
            new(SpecialistInvitationState.Rejected, SpecialistInvitationTrigger.Unbind, SpecialistInvitationState.Unbound),
        ],
        reasonRequired: [SpecialistInvitationTrigger.Reject]);

    private static LifecycleTable<SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationLifecycle>.Guard[] ApplyGuards() =>
    [
        new(i => i.PendingApplicationPasses(SpecialistApplicationChecks.PositionCode), "position given"),
        new(i => i.PendingApplicationPasses(SpecialistApplicationChecks.CloudStartDateCode), "cloud start date given"),
        new(i => i.PendingApplicationPasses(SpecialistApplicationChecks.CertificatesCode), "at least one certificate"),
    ];
}
