using System;
using System.Globalization;
using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>
/// What the staff-link rules need besides the account, read from the policy once per evaluation: the
/// instant, its local date, the link window and its first date, the limit, the inviting partner and
/// the culture. Also the guard of the input those rules read.
/// </summary>
internal sealed class StaffLinkContext : IDecisionContext
{
    public StaffLinkContext(ProgramPolicy policy, PartnerId invitingPartner, Instant asOf, CultureInfo culture)
    {
        AsOf = asOf;
        Zone = policy.TimeZone;
        Today = asOf.InZone(Zone).Date;
        LinkWindow = policy.StaffLinkWindow;
        LinkWindowStart = Today.Minus(LinkWindow);
        PartnerLimit = policy.StaffLinkPartnerLimit;
        InvitingPartner = invitingPartner;
        Culture = culture;
        PolicyVersion = policy.Version;
    }

    /// <inheritdoc />
    public string PolicyVersion { get; }

    /// <summary>
    /// True when the staff-link rules decide alike under both policies: every figure this context reads from a
    /// policy, its version's name aside, is equal (kept in step with the constructor; see <c>HoContext.DecidesAlike</c>).
    /// </summary>
    public static bool DecidesAlike(ProgramPolicy a, ProgramPolicy b) =>
        a.TimeZone.Equals(b.TimeZone)
        && a.StaffLinkWindow.Equals(b.StaffLinkWindow)
        && a.StaffLinkPartnerLimit == b.StaffLinkPartnerLimit;

    public Instant AsOf { get; }

    /// <summary>The programme time zone: links count on their local dates in it.</summary>
    public DateTimeZone Zone { get; }

    public LocalDate Today { get; }

    public Period LinkWindow { get; }

    /// <summary>The first date of the link window <c>[Today - StaffLinkWindow, Today]</c>.</summary>
    public LocalDate LinkWindowStart { get; }

    public int PartnerLimit { get; }

    /// <summary>The dates the staff-link rules can compute on under <paramref name="policy"/>: its zone and the link window.</summary>
    public static DateRange SupportedDates(ProgramPolicy policy) => new(policy.TimeZone, policy.StaffLinkWindow);

    /// <summary>Refuses an evaluation instant or link instants outside the supported dates (see <see cref="Criteria.DateRange"/>).</summary>
    public static void CheckDates(PersonalAccount account, DateRange dates, Instant asOf, string paramName)
    {
        if (!dates.Supports(asOf))
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.AsOfOutOfRange, asOf), nameof(asOf));
        }

        var links = account.Links;
        for (var i = 0; i < links.Count; i++)
        {
            Fact(links[i].LinkedAt, "LinkedAt", i);
            if (links[i].UnlinkedAt is { } unlinked)
            {
                Fact(unlinked, "UnlinkedAt", i);
            }
        }

        void Fact(Instant at, string member, int index)
        {
            if (!dates.Supports(at))
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.FactOutOfRange, $"Links[{index}].{member}", "account", at), paramName);
            }
        }
    }

    public PartnerId InvitingPartner { get; }

    public CultureInfo Culture { get; }

    /// <summary>Refuses a default inviting partner.</summary>
    public static void Check(PartnerId partner, string paramName)
    {
        if (partner.IsDefault)
        {
            throw new ArgumentException(EngineErrors.InvitingPartnerDefault, paramName);
        }
    }

    /// <summary>Refuses an account the rules cannot read: bad input is an <see cref="ArgumentException"/> naming the parameter, never a refused decision.</summary>
    public static void Check(PersonalAccount? account, string paramName)
    {
        if (account is null)
        {
            throw new ArgumentNullException(paramName, EngineErrors.AccountNull);
        }

        if (account.Id.IsDefault)
        {
            throw new ArgumentException(EngineErrors.AccountIdDefault, paramName);
        }

        // As for profiles, the record has refused a null list and null elements already.
        var links = account.Links;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.Partner.IsDefault)
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.LinkPartnerDefault, i), paramName);
            }

            if (link.UnlinkedAt is { } unlinked && unlinked < link.LinkedAt)
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.UnlinkBeforeLink, i, link.Partner, unlinked, link.LinkedAt), paramName);
            }
        }
    }
}
