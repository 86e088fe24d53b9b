using NodaTime;

namespace PartnerRules;

/// <summary>
/// A partner's registration (报备) of a customer, which reserves the customer for that partner for the policy's
/// <c>CustomerRegistrationReservation</c> (15 days) from the registration's local date: another partner's association
/// of the customer inside the reservation is refused (<c>ASSOCIATION.REGISTRATION_RESERVED</c>).
/// </summary>
/// <param name="Partner">The registering partner.</param>
/// <param name="Account">The registered customer's account.</param>
/// <param name="RegisteredAt">When the customer was registered.</param>
public sealed record CustomerRegistration(PartnerId Partner, AccountId Account, Instant RegisteredAt);
