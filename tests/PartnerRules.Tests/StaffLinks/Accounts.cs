using NodaTime;

namespace PartnerRules.Tests.StaffLinks;

/// <summary>Builds personal accounts for the staff-link tests.</summary>
internal static class Accounts
{
    public static readonly PartnerId Inviting = new("P-1");

    public static PersonalAccount Account(params PartnerLink[] links) =>
        new(new AccountId("A-1"), Site.China) { IsRealNameVerified = true, Links = links };

    public static PartnerLink Link(string partner, Instant linkedAt, Instant? unlinkedAt = null) =>
        new(new PartnerId(partner), linkedAt) { UnlinkedAt = unlinkedAt };
}
