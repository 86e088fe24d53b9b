using PartnerRules.Lifecycles;
using Table = PartnerRules.Lifecycles.LifecycleTable<PartnerRules.SpecialistInvitationState, PartnerRules.SpecialistInvitationTrigger, PartnerRules.SpecialistInvitationLifecycle>;

namespace PartnerRules.SpecialistInvitations;

/// <summary>The project-specialist invitation transition table (docs/programme-rules.md §4); one variant.</summary>
internal static class SpecialistInvitationTable
{
    /// <summary>The obligation code of the invitation link's validity, and the finding of a Bind after it.</summary>
    public const string ValidityCode = FindingCodes.StaffInvitationValidity;

    /// <summary>The finding of an invitation beyond the partner's daily limit.</summary>
    public const string DailyLimitCode = FindingCodes.StaffDailyInvitationLimit;

    /// <summary>Bind carries the account's staff-link decision, which must be approved.</summary>
    public static readonly Table.Payload<Decision> Bind = new(SpecialistInvitationTrigger.Bind, LifecycleMessages.UseBindWithDecision);

    /// <summary>Apply carries the application, whose fields its guards check.</summary>
    public static readonly Table.Payload<SpecialistApplication> Apply = new(SpecialistInvitationTrigger.Apply, LifecycleMessages.UseApplyWithApplication);

    public static Table Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static Table Build() => new(
        initialStateByVariant: [SpecialistInvitationState.Invited],
        variantDescriptions: ["all"],
        edges:
        [
            new(SpecialistInvitationState.Invited, SpecialistInvitationTrigger.Bind, SpecialistInvitationState.Bound)
            {
                Guards =
                [
                    new(i => i.LinkIsValid(), "link within SpecialistInvitationValidity"),
                    new Table.ArgumentGuard<Decision>((_, decision) => decision.IsApproved, "staff-link decision approved"),
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
        reasonRequired: [SpecialistInvitationTrigger.Reject],
        payloads: [Bind, Apply]);

    private static Table.Guard[] ApplyGuards() =>
    [
        new Table.ArgumentGuard<SpecialistApplication>((_, application) => SpecialistApplicationChecks.HasPosition(application), "position given"),
        new Table.ArgumentGuard<SpecialistApplication>((i, application) => SpecialistApplicationChecks.HasCloudStartDate(application, i.Today()), "cloud start date given"),
        new Table.ArgumentGuard<SpecialistApplication>((_, application) => SpecialistApplicationChecks.HasCertificates(application), "at least one certificate"),
    ];
}
