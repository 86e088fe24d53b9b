using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Associations;
using PartnerRules.Criteria;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>Associate, with the two checks of docs/programme-rules.md §7 it makes: a new account, and no other partner's registration reservation.</summary>
public sealed partial class CustomerAssociationLifecycle
{
    /// <summary>As <see cref="Associate(CustomerAccount, IReadOnlyList{CustomerRegistration})"/> with no registrations of the customer.</summary>
    /// <param name="account">The customer's account.</param>
    /// <exception cref="InvalidTransitionException">
    /// Not permitted in the current state (whatever the account); or the account is not new: the single failed
    /// finding <c>ASSOCIATION.NEW_ACCOUNT</c>, the state unchanged.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The account's id is <c>default</c>, or it was created after the clock's now: bad input (a wrong clock or wrong
    /// data), not a refusal.
    /// </exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Associate(CustomerAccount account) => Associate(account, []);

    /// <summary>
    /// Associates the customer's account: Invited to AwaitingSignature when the account is new, that is, with
    /// <c>d</c> the local date of the clock's now and <c>c</c> the local date of <see cref="CustomerAccount.CreatedAt"/>
    /// (programme zone), <c>c</c> in <c>[d - NewAccountWindow, d]</c> (docs/programme-rules.md §1; 7 days: created 7 days ago passes, 8 fails;
    /// with a one-month window on 2026-03-31, created on 2026-02-28 passes and 2026-02-27 fails).
    /// </summary>
    /// <remarks>
    /// And the customer is not reserved by another partner: with <c>r</c> the local date of a registration of
    /// another partner, the association is refused while <c>r</c> is in <c>[d - CustomerRegistrationReservation, d]</c>
    /// (15 days: registered on 2026-03-01, reserved through 2026-03-16, associable from 2026-03-17). The inviting
    /// partner's own registrations never refuse it.
    /// </remarks>
    /// <param name="account">The customer's account.</param>
    /// <param name="registrations">The customer's registrations (报备) by any partner, as the host knows them; empty for none.</param>
    /// <exception cref="InvalidTransitionException">
    /// Not permitted in the current state (whatever the account); or refused, the state unchanged, with the failed
    /// findings in this order: <c>ASSOCIATION.NEW_ACCOUNT</c> (the account is not new) and
    /// <c>ASSOCIATION.REGISTRATION_RESERVED</c> (another partner's reservation runs; its message and
    /// <see cref="Finding.PassesOn"/> give the first date the association is possible, never the partner).
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> or <paramref name="registrations"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The account's id is <c>default</c>, or it was created after the clock's now; or a registration is null, names a
    /// default partner or account, another account than <paramref name="account"/>'s, or lies after the clock's now:
    /// bad input (a wrong clock or wrong data), not a refusal.
    /// </exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Associate(CustomerAccount account, IReadOnlyList<CustomerRegistration> registrations)
    {
        _core.EnsurePermitted(AssociationTrigger.Associate);
        if (account is null)
        {
            throw new ArgumentNullException(nameof(account));
        }

        if (account.Id.IsDefault)
        {
            throw new ArgumentException(LifecycleErrors.AccountIdDefault, nameof(account));
        }

        var now = _core.Now();
        if (account.CreatedAt > now)
        {
            throw new ArgumentException(
                LifecycleErrors.AccountFromTheFuture(account.CreatedAt, now),
                nameof(account));
        }

        CheckRegistrations(account, registrations, now);
        var failed = new List<Finding>(2);
        if (!IsNew(account))
        {
            failed.Add(NewAccountFinding());
        }

        if (AssociableOn(registrations) is { } associableOn)
        {
            failed.Add(ReservedFinding(associableOn));
        }

        if (failed.Count > 0)
        {
            // Refused before the machine judges the request, with the findings; the refusal still lists Associate as open (for another account).
            throw _core.Refusal(nameof(AssociationTrigger.Associate), failed);
        }

        _core.Fire(CustomerAssociationTable.Associate, new AssociateRequest(account, registrations));
        Customer = account.Id;
    }

    /// <summary>The first local date another partner's reservation no longer refuses the association (the Associate guard); null when none refuses it today.</summary>
    internal LocalDate? AssociableOn(IReadOnlyList<CustomerRegistration> registrations)
    {
        var today = Today();
        LocalDate? associableOn = null;
        foreach (var registration in registrations)
        {
            if (registration.Partner == Partner)
            {
                continue;
            }

            // docs/programme-rules.md §1: reserved while the registration's date r is in [d - P, d]; free from the first d with d - P > r.
            var free = Windows.ExitDate(registration.RegisteredAt.InZone(_policy.TimeZone).Date, _policy.CustomerRegistrationReservation);
            if (free > today && (associableOn is null || free > associableOn))
            {
                associableOn = free;
            }
        }

        return associableOn;
    }

    private static void CheckRegistrations(CustomerAccount account, IReadOnlyList<CustomerRegistration> registrations, Instant now)
    {
        if (registrations is null)
        {
            throw new ArgumentNullException(nameof(registrations));
        }

        for (var i = 0; i < registrations.Count; i++)
        {
            var problem = registrations[i] switch
            {
                null => LifecycleErrors.RegistrationInvalid(i, "is null"),
                { Partner.IsDefault: true } => LifecycleErrors.RegistrationInvalid(i, "names default(PartnerId), which holds no value"),
                { Account.IsDefault: true } => LifecycleErrors.RegistrationInvalid(i, "names default(AccountId), which holds no value"),
                { } r when r.Account != account.Id => LifecycleErrors.RegistrationInvalid(i, "names another account than the one being associated"),
                { } r when r.RegisteredAt > now => LifecycleErrors.ItemFromTheFuture("Registration", i, r.RegisteredAt, now),
                _ => null,
            };
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(registrations));
            }
        }
    }

    private Finding ReservedFinding(LocalDate associableOn) =>
        new(FindingCodes.AssociationRegistrationReserved, false,
            LifecycleMessages.Format(LifecycleMessages.AssociationRegistrationReserved, LifecycleMessages.Window(_policy.CustomerRegistrationReservation),
                Iso(associableOn.PlusDays(-1)), Iso(associableOn)))
        {
            PassesOn = associableOn,
        };
}
