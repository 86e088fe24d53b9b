using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

/// <summary>
/// Loads the embedded data afresh (BusinessCalendar.China caches it once per process), so that the
/// loading itself is what the test checks.
/// </summary>
public sealed class ChinaCalendarDataTests
{
    [Fact]
    public void Loading_reads_every_published_year_into_holidays_and_working_weekend_days()
    {
        var calendar = ChinaCalendarData.Load();

        Assert.Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31)), calendar.Coverage);
        Assert.Equal(89, calendar.Holidays.Count);
        Assert.Equal(19, calendar.WorkingWeekendDays.Count);
        Assert.Contains(new LocalDate(2024, 2, 10), calendar.Holidays);
        Assert.Contains(new LocalDate(2025, 10, 1), calendar.Holidays);
        Assert.Contains(new LocalDate(2026, 1, 1), calendar.Holidays);
        Assert.Contains(new LocalDate(2026, 1, 4), calendar.WorkingWeekendDays);
        Assert.Contains(new LocalDate(2026, 2, 14), calendar.WorkingWeekendDays);
        Assert.DoesNotContain(new LocalDate(2026, 1, 4), calendar.Holidays);
    }
}
