using System;
using NodaTime;

namespace PartnerRules.Criteria;

/// <summary>
/// The engine's supported dates for one rule set's windows: an instant is supported when its local date in
/// the programme zone, moved each window (plus a day) either way, stays inside NodaTime's calendar
/// (-9998-01-01 to 9999-12-31). The rules compute window starts and exit dates on such dates, which would
/// otherwise overflow inside NodaTime.
/// </summary>
/// <remarks>
/// Every fact of every input is checked, so the common case must be cheap: instants whose UTC date lies far
/// enough inside the calendar that no window can reach its ends are supported by two comparisons; only instants near the ends take the exact
/// date arithmetic. Immutable and thread-safe: the engine builds one per rule set.
/// </remarks>
internal sealed class DateRange
{
    /// <summary>Days from the UTC date to the local date and for the extra day either way: offsets are under a day.</summary>
    private const int Margin = 2;

    private readonly DateTimeZone _zone;
    private readonly Period[] _windows;
    private readonly Instant _safeFrom;
    private readonly Instant _safeTo;

    /// <param name="zone">The programme time zone.</param>
    /// <param name="windows">The windows the rule set moves dates by (validated: date units, not negative).</param>
    public DateRange(DateTimeZone zone, params Period[] windows)
    {
        _zone = zone;
        _windows = windows;

        // Each step of date + window moves the date by at most this many days, so every intermediate date
        // stays within the bound: an upper bound on how far a window reaches.
        var reach = 0L;
        var exact = false;
        foreach (var window in windows)
        {
            // Stryker disable once Boolean : with the shortcut off every instant takes the exact check, which answers alike (only slower)
            exact |= window.HasTimeComponent;
            reach = Math.Max(reach, (Math.Abs((long)window.Years) * 366) + (Math.Abs((long)window.Months) * 31) + (Math.Abs((long)window.Weeks) * 7) + Math.Abs((long)window.Days));
        }

        var inside = (long)Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days;
        if (exact || 2 * (reach + Margin) >= inside)
        {
            // No fast path: every instant takes the exact check.
            _safeFrom = Instant.MaxValue;
            _safeTo = Instant.MinValue;
            return;
        }

        _safeFrom = LocalDate.MinIsoValue.PlusDays((int)(reach + Margin)).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        _safeTo = LocalDate.MaxIsoValue.PlusDays((int)-(reach + Margin)).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
    }

    /// <summary>True when <paramref name="instant"/>'s local date and that date moved each window and a day either way are representable.</summary>
    public bool Supports(Instant instant) => (instant >= _safeFrom && instant <= _safeTo) || Exact(instant);

    private bool Exact(Instant instant)
    {
        try
        {
            var date = instant.InZone(_zone).Date;
            foreach (var window in _windows)
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
