using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

public sealed class ChinaCalendarTests
{
    private static readonly BusinessCalendar China = BusinessCalendar.China;

    // DOMAIN.md §1, as published by the State Council (rest ranges; adjusted working weekend days).
    public static TheoryData<string> RestRanges() =>
    [
        "2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06", "2024-05-01..2024-05-05",
        "2024-06-10", "2024-09-15..2024-09-17", "2024-10-01..2024-10-07",
        "2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
        "2025-05-31..2025-06-02", "2025-10-01..2025-10-08",
        "2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
        "2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07",
    ];

    public static TheoryData<string> WorkingWeekendDays() =>
    [
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    [Theory]
    [MemberData(nameof(RestRanges))]
    public void Every_day_of_an_official_rest_range_is_not_a_business_day(string range)
    {
        foreach (var day in Days(range))
        {
            Assert.False(China.IsBusinessDay(day), $"{day} should be a rest day");
        }
    }

    [Theory]
    [MemberData(nameof(RestRanges))]
    public void The_weekdays_around_a_rest_range_are_business_days_unless_weekend(string range)
    {
        var days = Days(range).ToList();
        foreach (var neighbour in new[] { days[0].PlusDays(-1), days[^1].PlusDays(1) }.Where(China.Coverage.Contains))
        {
            var weekend = neighbour.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var adjusted = WorkingWeekendDays().Select(r => Date(r)).Contains(neighbour);
            Assert.Equal(!weekend || adjusted, China.IsBusinessDay(neighbour));
        }
    }

    [Theory]
    [MemberData(nameof(WorkingWeekendDays))]
    public void An_adjusted_working_weekend_day_is_a_business_day(string date)
    {
        var day = Date(date);
        Assert.Contains(day.DayOfWeek, new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday });
        Assert.True(China.IsBusinessDay(day));
    }

    [Fact]
    public void Business_day_count_per_year_matches_the_official_schedules()
    {
        // Weekdays minus weekday holidays plus adjusted working days: 2024 has 251, 2025 has 248, 2026 has 248.
        Assert.Equal(251, CountBusinessDays(2024));
        Assert.Equal(248, CountBusinessDays(2025));
        Assert.Equal(248, CountBusinessDays(2026));
    }

    [Fact]
    public void Coverage_is_2024_to_2026()
    {
        Assert.Equal(new LocalDate(2024, 1, 1), China.Coverage.Start);
        Assert.Equal(new LocalDate(2026, 12, 31), China.Coverage.End);
    }

    [Theory]
    [InlineData("2023-12-31", 2023)]
    [InlineData("2027-01-01", 2027)]
    [InlineData("2027-06-15", 2027)]
    public void A_year_without_published_data_is_an_error_not_a_guess(string date, int year)
    {
        var ex = Assert.Throws<CalendarDataMissingException>(() => China.IsBusinessDay(Date(date)));
        Assert.Equal(year, ex.Year);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_covered_day_answers_and_a_walk_past_it_throws()
    {
        Assert.True(China.IsBusinessDay(new LocalDate(2026, 12, 31)));
        Assert.Equal(new LocalDate(2026, 12, 31), China.AddBusinessDays(new LocalDate(2026, 12, 30), 1));
        var ex = Assert.Throws<CalendarDataMissingException>(() => China.AddBusinessDays(new LocalDate(2026, 12, 31), 1));
        Assert.Equal(2027, ex.Year);
    }

    [Theory]
    // Golden Week 2026: rest 10-01..10-07; Saturday 10-10 is worked.
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 2, "2026-10-09")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    [InlineData("2026-10-09", 1, "2026-10-10")]
    [InlineData("2026-10-10", 1, "2026-10-12")]
    // Spring Festival 2026: Saturday 02-14 worked, rest 02-15..02-23, Saturday 02-28 worked.
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-14", 1, "2026-02-24")]
    [InlineData("2026-02-27", 1, "2026-02-28")]
    [InlineData("2026-02-27", 2, "2026-03-02")]
    // A date itself never counts, even when it is a business day; a rest-day start counts from the next business day.
    [InlineData("2026-11-30", 1, "2026-12-01")]
    [InlineData("2026-10-03", 1, "2026-10-08")]
    // Zero returns the date; negative counts go backwards.
    [InlineData("2026-10-04", 0, "2026-10-04")]
    [InlineData("2026-10-08", -1, "2026-09-30")]
    [InlineData("2026-02-24", -1, "2026-02-14")]
    [InlineData("2026-03-02", -2, "2026-02-27")]
    // Across the year boundary, with 2025-12-31 a Wednesday and 2026-01-01..03 rest, 01-04 (Sunday) worked.
    [InlineData("2025-12-31", 1, "2026-01-04")]
    [InlineData("2025-12-31", 2, "2026-01-05")]
    public void AddBusinessDays_counts_the_nth_business_day_after_the_date(string start, int days, string expected) =>
        Assert.Equal(Date(expected), China.AddBusinessDays(Date(start), days));

    [Fact]
    public void China_calendar_is_one_shared_instance() => Assert.Same(BusinessCalendar.China, BusinessCalendar.China);

    [Fact]
    public void Holidays_and_working_days_are_exposed_in_date_order()
    {
        Assert.Equal(19, China.WorkingWeekendDays.Count);
        Assert.Equal(China.Holidays.OrderBy(d => d), China.Holidays);
        Assert.Equal(new LocalDate(2024, 1, 1), China.Holidays[0]);
    }

    internal static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static IEnumerable<LocalDate> Days(string range)
    {
        var parts = range.Split("..");
        var start = Date(parts[0]);
        var end = parts.Length == 2 ? Date(parts[1]) : start;
        for (var day = start; day <= end; day = day.PlusDays(1))
        {
            yield return day;
        }
    }

    private static int CountBusinessDays(int year)
    {
        var count = 0;
        for (var day = new LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            count += China.IsBusinessDay(day) ? 1 : 0;
        }

        return count;
    }
}
