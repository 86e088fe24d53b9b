using System;
using System.Globalization;
using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Lifecycles;
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

    /// <summary>
    /// True when the HO rules decide alike under both policies: every figure this context reads from a policy,
    /// its version's name aside, is equal (kept in step with the constructor). The engine then skips evaluating
    /// a later version whose figures equal the previous one's when it looks for <see cref="Decision.ChangesOn"/>.
    /// </summary>
    public static bool DecidesAlike(ProgramPolicy a, ProgramPolicy b) =>
        a.TimeZone.Equals(b.TimeZone)
        && a.OpportunityUpdateWindow.Equals(b.OpportunityUpdateWindow)
        && a.DeliveredPoWindow.Equals(b.DeliveredPoWindow)
        && a.RequiredDeliveredPos == b.RequiredDeliveredPos;

    /// <summary>
    /// True when a verdict that holds on every day under <paramref name="previous"/> (its ChangesOn is null) holds on
    /// every day under <paramref name="next"/> too, so the engine need not evaluate <paramref name="next"/> for it. Each HO
    /// criterion is monotone in the figures: a shorter window counts a subset of the facts, and more required POs
    /// need more of them. So a refusal survives a version that is nowhere more lenient, and an approval one that is
    /// nowhere stricter (same zone; windows compared by <see cref="Windows.NoLonger"/>).
    /// </summary>
    public static bool KeepsVerdict(ProgramPolicy previous, ProgramPolicy next, bool approved) =>
        approved ? NoMoreLenient(previous, next) : NoMoreLenient(next, previous);

    /// <summary>True when <paramref name="policy"/> approves no partner on a day that <paramref name="than"/> refuses.</summary>
    private static bool NoMoreLenient(ProgramPolicy policy, ProgramPolicy than) =>
        policy.TimeZone.Equals(than.TimeZone)
        && policy.RequiredDeliveredPos >= than.RequiredDeliveredPos
        && Windows.NoLonger(policy.OpportunityUpdateWindow, than.OpportunityUpdateWindow)
        && Windows.NoLonger(policy.DeliveredPoWindow, than.DeliveredPoWindow);

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

    /// <summary>The dates the HO rules can compute on under <paramref name="policy"/>: its zone and both windows.</summary>
    public static DateRange SupportedDates(ProgramPolicy policy) =>
        new(policy.TimeZone, policy.OpportunityUpdateWindow, policy.DeliveredPoWindow);

    /// <summary>Refuses an evaluation instant whose window starts fall outside NodaTime's calendar (parameter <c>asOf</c>).</summary>
    public static void CheckAsOf(DateRange dates, Instant asOf)
    {
        if (!dates.Supports(asOf))
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.AsOfOutOfRange, asOf), nameof(asOf));
        }
    }

    /// <summary>Refuses a profile with an instant outside the supported dates (see <see cref="Criteria.DateRange"/>).</summary>
    /// <param name="partner">The profile.</param>
    /// <param name="dates">The supported dates (<see cref="SupportedDates"/>).</param>
    /// <param name="paramName">The caller's parameter.</param>
    /// <param name="index">The profile's index in a batch; -1 for a single profile.</param>
    public static void CheckDates(PartnerProfile partner, DateRange dates, string paramName, int index = -1)
    {
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

        void Fact(Instant at, string member, int opportunity)
        {
            if (!dates.Supports(at))
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.FactOutOfRange, $"Opportunities[{opportunity}].{member}", "partner profile" + Where(index), at), paramName);
            }
        }
    }

    public CultureInfo Culture { get; }

    /// <summary>Refuses a profile the rules cannot read: bad input is an <see cref="ArgumentException"/> naming the parameter, never a refused decision.</summary>
    /// <param name="partner">The profile.</param>
    /// <param name="paramName">The caller's parameter.</param>
    /// <param name="index">The profile's index in a batch; -1 for a single profile.</param>
    public static void Check(PartnerProfile? partner, string paramName, int index = -1)
    {
        if (partner is null)
        {
            throw new ArgumentNullException(paramName, EngineErrors.Format(EngineErrors.ProfileNull, Where(index)));
        }

        if (partner.Id.IsDefault)
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.ProfileIdDefault, Where(index)), paramName);
        }

        if (!EnumInfo<PartnerStage>.IsDefined(partner.Stage))
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.ProfileStageUndeclared, partner.Id, Where(index), (int)partner.Stage,
                EnumInfo<PartnerStage>.Listed), paramName);
        }

        // The record refuses a null list and null elements when it is built (Guard.List), so ids and origins are left.
        var opportunities = partner.Opportunities;
        for (var i = 0; i < opportunities.Count; i++)
        {
            if (opportunities[i].Id.IsDefault)
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.OpportunityIdDefault, i, partner.Id, Where(index)), paramName);
            }

            if (!EnumInfo<OpportunityOrigin>.IsDefined(opportunities[i].Origin))
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.OpportunityOriginUndeclared, i, partner.Id, Where(index),
                    (int)opportunities[i].Origin, EnumInfo<OpportunityOrigin>.Listed), paramName);
            }
        }
    }

    /// <summary>Where a profile sits, for error texts: built only when a check fails, not for every profile of a batch.</summary>
    private static string Where(int index) => index < 0 ? "" : $" at index {index}";
}
