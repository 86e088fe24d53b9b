using System;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Lifecycles;
using PartnerRules.SpecialistInvitations;

namespace PartnerRules;

// How an invitation lifecycle begins: sent within the partner's daily limit, or a snapshot restored after its checks.
public sealed partial class SpecialistInvitationLifecycle
{
    /// <inheritdoc cref="Invite(PartnerId, AccountId, int, IClock, ProgramPolicy, ILogger)"/>
    public static SpecialistInvitationLifecycle Invite(PartnerId partner, AccountId account, int invitationsSentToday, IClock clock, ProgramPolicy? policy = null) => Invite(partner, account, invitationsSentToday, clock, policy, null);

    /// <summary>
    /// Sends an invitation (state <see cref="SpecialistInvitationState.Invited"/>), stamped by <paramref name="clock"/>,
    /// unless the partner has used up its daily limit.
    /// </summary>
    /// <param name="partner">The inviting partner.</param>
    /// <param name="account">The employee's personal account.</param>
    /// <param name="invitationsSentToday">
    /// How many invitations <paramref name="partner"/> has already sent on the clock's local date in the programme zone
    /// (count the stored invitations whose <see cref="InvitedOn"/> is that date). The library keeps no ledger: the caller's
    /// store is the one truth, and it must count and insert in one transaction (or under a per-partner lock) so two
    /// concurrent invitations cannot both take the last place.
    /// </param>
    /// <param name="clock">The clock that stamps every step and judges the link's validity.</param>
    /// <param name="policy">The programme policy (zone, validity, daily limit); null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> or <paramref name="account"/> is <c>default</c>, or the policy is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="invitationsSentToday"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="InvalidTransitionException">
    /// The partner already sent <see cref="ProgramPolicy.SpecialistInvitationsPerDay"/> invitations today: <c>State</c> "",
    /// <c>Trigger</c> "Invite", the failed finding <c>STAFF.DAILY_INVITATION_LIMIT</c>.
    /// </exception>
    public static SpecialistInvitationLifecycle Invite(PartnerId partner, AccountId account, int invitationsSentToday, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        var checkedPolicy = SpecialistInvitationChecks.Arguments(partner, account, clock, policy);
        SpecialistInvitationChecks.DailyLimit(invitationsSentToday, checkedPolicy);
        return new SpecialistInvitationLifecycle(LifecycleKey.New(), partner, account, clock, checkedPolicy, LifecycleClock.Read(clock, checkedPolicy), SpecialistInvitationState.Invited, [], null, 0, logger);
    }

    /// <inheritdoc cref="Restore(SpecialistInvitationSnapshot, IClock, ProgramPolicy, ILogger)"/>
    public static SpecialistInvitationLifecycle Restore(SpecialistInvitationSnapshot snapshot, IClock clock, ProgramPolicy? policy = null) => Restore(snapshot, clock, policy, null);

    /// <summary>Rebuilds a lifecycle from a snapshot made by <see cref="ToSnapshot"/>, after checking it is consistent.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="clock">The clock that stamps the next steps.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="SnapshotRejectedException">
    /// The snapshot is inconsistent (the message names the lifecycle and lists every problem): a default partner or
    /// account, a null history, an undefined value, a history that does not start in Invited, does not chain, takes a step
    /// that is not permitted, does not end in <c>State</c>, is out of time order or before the invitation, or lacks a
    /// required reason; a <c>Version</c> other than the history's length; a <c>Revision</c> below it; a <c>PolicyVersion</c> other than the policy's; an application without an Apply step or the
    /// reverse.
    /// </exception>
    /// <exception cref="ArgumentException">The policy is invalid.</exception>
    public static SpecialistInvitationLifecycle Restore(SpecialistInvitationSnapshot snapshot, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var problems = SpecialistInvitationChecks.Problems(snapshot);
        var revision = SnapshotChecks.Conclude(snapshot, snapshot.Revision, snapshot.Version, policy, problems, nameof(SpecialistInvitationSnapshot));
        var checkedPolicy = SpecialistInvitationChecks.Arguments(snapshot.Partner, snapshot.Account, clock, policy);
        return new SpecialistInvitationLifecycle(snapshot.Key, snapshot.Partner, snapshot.Account, clock, checkedPolicy, snapshot.CreatedAt, snapshot.State,
            LifecycleLists.CopyOrNull(snapshot.History), snapshot.Application, revision, logger);
    }
}
