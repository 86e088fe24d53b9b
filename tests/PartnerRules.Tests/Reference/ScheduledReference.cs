using System.Linq;
using NodaTime;

namespace PartnerRules.Tests.Reference;

/// <summary>
/// The hand-written reference extended to schedules (DOMAIN.md §9), deliberately naive: the HO verdict
/// at an instant straight from DOMAIN.md §3 under the version in force on that instant's local date, and
/// ChangesOn by evaluating the end of every day in turn from today until <c>horizon</c>.
/// </summary>
internal sealed class ScheduledReference(PolicySchedule schedule)
{
    private DateTimeZone Zone => schedule.Newest.TimeZone;

    public bool HoVerdictAt(PartnerProfile partner, Instant t)
    {
        var day = t.InZone(Zone).Date;
        var policy = schedule.InForceOn(day);
        var pos = partner.Opportunities.Where(o => o.Origin == OpportunityOrigin.PartnerOriginated).ToList();
        var shares = pos.Any(o => o.LastUpdatedAt <= t && o.LastUpdatedAt.InZone(Zone).Date >= day.Minus(policy.OpportunityUpdateWindow));
        var delivered = pos.Count(o => o.SignedAt is { } s && s <= t && o.DeliveredAt is { } d && d <= t
            && d.InZone(Zone).Date >= day.Minus(policy.DeliveredPoWindow));
        var path = partner.Stage switch
        {
            PartnerStage.Differentiated => true,
            PartnerStage.Certified => delivered >= policy.RequiredDeliveredPos,
            _ => false,
        };
        return partner.IsPceMember && shares && path;
    }

    /// <summary>The first date up to <paramref name="horizon"/> whose end-of-day verdict differs from the verdict at <paramref name="asOf"/>.</summary>
    public LocalDate? HoChangesOn(PartnerProfile partner, Instant asOf, LocalDate horizon)
    {
        var now = HoVerdictAt(partner, asOf);
        for (var day = asOf.InZone(Zone).Date; day <= horizon; day = day.PlusDays(1))
        {
            if (HoVerdictAt(partner, Zone.AtStartOfDay(day.PlusDays(1)).ToInstant() - Duration.Epsilon) != now)
            {
                return day;
            }
        }

        return null;
    }
}
