using System.Globalization;
using NodaTime;

namespace PartnerRules.StaffLinks;

/// <summary>"Now" as a fact for the staff-link rules: the instant, its local date, the link window's first date, the limit and the inviting partner.</summary>
internal sealed class StaffLinkContext
{
    public StaffLinkContext(ProgramPolicy policy, PartnerId invitingPartner, Instant asOf, CultureInfo culture)
    {
        AsOf = asOf;
        Today = asOf.InZone(policy.TimeZone).Date;
        LinkWindowStart = Today.Minus(policy.StaffLinkWindow);
        PartnerLimit = policy.StaffLinkPartnerLimit;
        InvitingPartner = invitingPartner;
        Culture = culture;
    }

    public Instant AsOf { get; }

    public LocalDate Today { get; }

    /// <summary>The first date of the link window <c>[Today - StaffLinkWindow, Today]</c>.</summary>
    public LocalDate LinkWindowStart { get; }

    public int PartnerLimit { get; }

    public PartnerId InvitingPartner { get; }

    public CultureInfo Culture { get; }
}
