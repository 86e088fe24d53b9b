using System;
using System.Globalization;
using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.Eligibility;

/// <summary>
/// What the HO-eligibility rules need besides the profile, read from the policy once per evaluation:
/// the instant, its local date, the windows and their first dates, the required count and the culture.
/// Also the guard of the input those rules read.
/// </summary>
internal sealed class HoContext : IDecisionContext
{
    public HoContext(ProgramPolicy policy, Instant asOf, CultureInfo culture)
    {
        AsOf = asOf;
        Zone = policy.TimeZone;
        Today = asOf.InZone(Zone).Date;
        UpdateWindow = policy.OpportunityUpdateWindow;
        DeliveryWindow = policy.DeliveredPoWindow;
        UpdateWindowStart = Today.Minus(UpdateWindow);
        DeliveryWindowStart = Today.Minus(DeliveryWindow);
        RequiredDeliveredPos = policy.RequiredDeliveredPos;
        Culture = culture;
        PolicyVersion = policy.Version;
    }

    /// <inheritdoc />
    public string PolicyVersion { get; }

    public Instant AsOf { get; }

    /// <summary>The programme time zone: facts count on their local dates in it.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The local date of <see cref="AsOf"/> in the programme zone.</summary>
    public LocalDate Today { get; }

    public Period UpdateWindow { get; }

    public Period DeliveryWindow { get; }

    /// <summary>The first date of the PO-update window <c>[Today - OpportunityUpdateWindow, Today]</c>.</summary>
    public LocalDate UpdateWindowStart { get; }

    /// <summary>The first date of the delivery window <c>[Today - DeliveredPoWindow, Today]</c>.</summary>
    public LocalDate DeliveryWindowStart { get; }

    public int RequiredDeliveredPos { get; }

    /// <summary>Refuses an evaluation instant whose window starts fall outside NodaTime's calendar (parameter <c>asOf</c>).</summary>
    public static void CheckAsOf(ProgramPolicy policy, Instant asOf)
    {
        if (!Criteria.DateRange.Supported(asOf, policy.TimeZone, policy.OpportunityUpdateWindow, policy.DeliveredPoWindow))
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.AsOfOutOfRange, asOf), nameof(asOf));
        }
    }

    /// <summary>Refuses a profile with an instant outside the supported dates (see <see cref="Criteria.DateRange"/>).</summary>
    public static void CheckDates(PartnerProfile partner, ProgramPolicy policy, string paramName, string where = "")
    {
        var zone = policy.TimeZone;
        var opportunities = partner.Opportunities;
        for (var i = 0; i < opportunities.Count; i++)
        {
            var o = opportunities[i];
            Fact(o.LastUpdatedAt, "LastUpdatedAt", i);
            if (o.SignedAt is { } signed)
            {
                Fact(signed, "SignedAt", i);
            }

            if (o.DeliveredAt is { } delivered)
            {
                Fact(delivered, "DeliveredAt", i);
            }
        }

        void Fact(Instant at, string member, int index)
        {
            if (!Criteria.DateRange.Supported(at, zone, policy.OpportunityUpdateWindow, policy.DeliveredPoWindow))
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.FactOutOfRange, $"Opportunities[{index}].{member}", "partner profile" + where, at), paramName);
            }
        }
    }

    public CultureInfo Culture { get; }

    /// <summary>Refuses a profile the rules cannot read: bad input is an <see cref="ArgumentException"/> naming the parameter, never a refused decision.</summary>
    /// <param name="partner">The profile.</param>
    /// <param name="paramName">The caller's parameter.</param>
    /// <param name="where">Empty, or " at index N" for a profile of a batch.</param>
    public static void Check(PartnerProfile? partner, string paramName, string where = "")
    {
        if (partner is null)
        {
            throw new ArgumentNullException(paramName, EngineErrors.Format(EngineErrors.ProfileNull, where));
        }

        if (partner.Id.IsDefault)
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.ProfileIdDefault, where), paramName);
        }

        // The record refuses a null list and null elements when it is built (Guard.List), so only ids are left to check.
        var opportunities = partner.Opportunities;
        for (var i = 0; i < opportunities.Count; i++)
        {
            if (opportunities[i].Id.IsDefault)
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.OpportunityIdDefault, i, partner.Id, where), paramName);
            }
        }
    }
}
