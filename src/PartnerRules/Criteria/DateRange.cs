using System;
using NodaTime;

namespace PartnerRules.Criteria;

/// <summary>
/// The engine's supported dates: an instant is supported when its local date in the programme zone, moved
/// a window (plus a day) either way, stays inside NodaTime's calendar (-9998-01-01 to 9999-12-31). The
/// rules compute window starts and exit dates on such dates, which would otherwise overflow inside NodaTime.
/// </summary>
internal static class DateRange
{
    /// <summary>True when <paramref name="instant"/>'s local date and that date moved each window and a day either way are representable.</summary>
    public static bool Supported(Instant instant, DateTimeZone zone, params Period[] windows)
    {
        try
        {
            var date = instant.InZone(zone).Date;
            foreach (var window in windows)
            {
                _ = date.Minus(window).PlusDays(-1);
                _ = date.Plus(window).PlusDays(1);
            }

            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            // NodaTime reports a date past its range either way; both mean "not supported" here.
            return false;
        }
    }
}
