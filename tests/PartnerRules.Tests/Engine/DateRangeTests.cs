using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Criteria;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// The supported dates' shortcut (two comparisons far from the calendar's ends) agrees with the definition: the
/// local date, moved each window and a day either way, stays inside NodaTime's calendar.
/// </summary>
public sealed class DateRangeTests
{
    private static readonly DateTimeZone[] Zones = [DateTimeZoneProviders.Tzdb["Asia/Shanghai"], DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"], DateTimeZoneProviders.Tzdb["Pacific/Pago_Pago"], DateTimeZone.Utc];

    // Each unit also alone past the 90 days it is paired with (so its own term of the reach decides the shortcut), and a
    // window past the whole calendar (no shortcut can exist: the bound would lie outside the calendar).
    public static TheoryData<string> Windows() => new() { "P90D", "P12M", "P1Y", "P3W", "P4000Y", "P9999Y", "P0D", "P600W", "P30000M", "P5000D", "P20000Y", "P1Y1M1W1D" };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Instants_near_both_ends_and_in_between_are_supported_exactly_as_defined(string window)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(window).Value;
        foreach (var zone in Zones)
        {
            var range = new DateRange(zone, period, Period.FromDays(90));
            foreach (var instant in Instants(period))
            {
                Assert.True(Defined(instant, zone, period) == range.Supports(instant), $"{window} in {zone.Id} at {instant}");
            }
        }
    }

    private static bool Defined(Instant instant, DateTimeZone zone, Period window)
    {
        try
        {
            var date = instant.InZone(zone).Date;
            foreach (var w in new[] { window, Period.FromDays(90) })
            {
                _ = date.Minus(w).PlusDays(-1);
                _ = date.Plus(w).PlusDays(1);
            }

            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every 11 hours across three days either side of each end of the calendar, of the window's true reach from it
    /// and of the shortcut's bound (a year counted as 366 days, a month as 31), and around an ordinary date.
    /// </summary>
    private static IEnumerable<Instant> Instants(Period window)
    {
        var bound = (window.Years * 366L) + (window.Months * 31L) + (window.Weeks * 7L) + window.Days + 2;
        var offsets = new List<long> { 0, bound };
        try
        {
            offsets.Add(Period.Between(LocalDate.MinIsoValue, LocalDate.MinIsoValue.Plus(window), PeriodUnits.Days).Days);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The window reaches past the calendar from its first day: no true reach to sample around.
        }

        foreach (var days in offsets)
        {
            for (var hours = Math.Max(0, (days - 3) * 24); hours <= (days + 3) * 24 && hours < 7_000_000 * 24L; hours += 11)
            {
                yield return Instant.MinValue + Duration.FromHours(hours);
                yield return Instant.MaxValue - Duration.FromHours(hours);
            }
        }

        for (var hours = 0; hours < 72; hours += 11)
        {
            yield return Instant.FromUtc(2026, 11, 29, 4, 0) + Duration.FromHours(hours);
        }
    }
}
