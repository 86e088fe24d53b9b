using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules.SpecialistInvitations;

/// <summary>The invitation's checks of its arguments and snapshots, its validity deadline and the masking of its account.</summary>
internal static class SpecialistInvitationChecks
{
    /// <summary>Every problem of <paramref name="snapshot"/> (empty when it can be restored).</summary>
    public static List<string> Problems(SpecialistInvitationSnapshot snapshot)
    {
        var problems = new List<string>();
        if (snapshot.Partner.IsDefault)
        {
            problems.Add("Partner is default(PartnerId)");
        }

        if (snapshot.Account.IsDefault)
        {
            problems.Add("Account is default(AccountId)");
        }

        SnapshotChecks.History(SpecialistInvitationTable.Table, 0, snapshot.State, snapshot.Version, snapshot.CreatedAt, snapshot.History, problems);
        if (snapshot.History is not null)
        {
            var applied = false;
            foreach (var step in snapshot.History)
            {
                applied |= step is { Trigger: SpecialistInvitationTrigger.Apply };
            }

            if (applied != (snapshot.Application is not null))
            {
                problems.Add(applied
                    ? "Application is null, but the history applied"
                    : "Application is set, but the history never applied");
            }
        }

        return problems;
    }

    /// <summary><c>STAFF.INVITATION_VALIDITY</c>: from the invitation date, due <see cref="ProgramPolicy.SpecialistInvitationValidity"/> later, overdue from the programme's midnight after it.</summary>
    public static Deadline ValidityDeadline(LocalDate invitedOn, ProgramPolicy policy)
    {
        var due = invitedOn.Plus(policy.SpecialistInvitationValidity);
        return new Deadline(SpecialistInvitationTable.ValidityCode, invitedOn, due, policy.TimeZone.AtStartOfDay(due.PlusDays(1)).ToInstant());
    }

    /// <summary>
    /// An 11-character (phone-number) or longer id as "138****8000"; 5 to 10 characters keep their first and last only
    /// ("E***1"); shorter ids show nothing ("***"). Never more than 7 characters, and never most of a short id.
    /// </summary>
    internal static string Mask(string value)
    {
        var (head, tail) = value.Length >= 11 ? (3, 4) : value.Length >= 5 ? (1, 1) : (0, 0);
        return new System.Text.StringBuilder(head + tail + 4)
            .Append(value, 0, head)
            .Append(head == 3 ? "****" : "***")
            .Append(value, value.Length - tail, tail)
            .ToString();
    }

    /// <summary>Refuses default identifiers and a null clock, then resolves the policy.</summary>
    public static ProgramPolicy Arguments(PartnerId partner, AccountId account, IClock clock, ProgramPolicy? policy)
    {
        LifecycleArguments.Identifier(partner.IsDefault, nameof(PartnerId), nameof(partner));
        LifecycleArguments.Identifier(account.IsDefault, nameof(AccountId), nameof(account));
        return LifecycleArguments.ClockAndPolicy(clock, policy);
    }

    /// <summary>Refuses a negative count, and an invitation beyond the policy's daily limit with <c>STAFF.DAILY_INVITATION_LIMIT</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    /// <exception cref="InvalidTransitionException">The limit is reached: <c>State</c> "", <c>Trigger</c> "Invite".</exception>
    public static void DailyLimit(int invitationsSentToday, ProgramPolicy policy)
    {
        if (invitationsSentToday < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(invitationsSentToday), invitationsSentToday, LifecycleErrors.InvitationsSentTodayNegative);
        }

        if (invitationsSentToday >= policy.SpecialistInvitationsPerDay)
        {
            var finding = new Finding(SpecialistInvitationTable.DailyLimitCode, false,
                LifecycleMessages.Format(LifecycleMessages.SpecialistDailyLimit, policy.SpecialistInvitationsPerDay, invitationsSentToday));
            throw new InvalidTransitionException(
                LifecycleMessages.Format(LifecycleMessages.InviteRefused, LifecycleCore<SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationLifecycle>.Describe([finding])),
                string.Empty, "Invite", [], [finding]);
        }
    }

    /// <summary>The finding of a Bind after the link's validity (<c>STAFF.INVITATION_VALIDITY</c>).</summary>
    public static Finding LinkExpired(Deadline validity, ProgramPolicy policy) =>
        new(SpecialistInvitationTable.ValidityCode, false,
            LifecycleMessages.Format(LifecycleMessages.SpecialistLinkExpired, LifecycleMessages.Window(policy.SpecialistInvitationValidity), validity.DueOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
}
