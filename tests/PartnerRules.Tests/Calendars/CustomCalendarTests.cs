using System;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

public sealed class CustomCalendarTests
{
    private static readonly DateInterval March2027 = new(new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 31));

    [Fact]
    public void A_custom_calendar_applies_its_holidays_and_working_weekend_days()
    {
        // 2027-03-05 is a Friday holiday; 2027-03-06 a worked Saturday.
        var calendar = new BusinessCalendar(March2027, [new LocalDate(2027, 3, 5)], [new LocalDate(2027, 3, 6)]);

        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 3, 4)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2027, 3, 5)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 3, 6)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2027, 3, 7)));
        Assert.Equal(new LocalDate(2027, 3, 6), calendar.AddBusinessDays(new LocalDate(2027, 3, 4), 1));
        Assert.Equal(new LocalDate(2027, 3, 8), calendar.AddBusinessDays(new LocalDate(2027, 3, 4), 2));
    }

    [Fact]
    public void A_deferred_calendar_loads_once_on_first_use_and_then_is_the_loaded_calendar()
    {
        var loads = 0;
        var loaded = new BusinessCalendar(March2027, [new LocalDate(2027, 3, 5)], [new LocalDate(2027, 3, 6)]);

        var calendar = BusinessCalendar.Deferred(() =>
        {
            loads++;
            return loaded;
        });

        Assert.Equal(0, loads);
        Assert.False(calendar.IsBusinessDay(new LocalDate(2027, 3, 5)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 3, 6)));
        Assert.Equal(new LocalDate(2027, 3, 8), calendar.AddBusinessDays(new LocalDate(2027, 3, 4), 2));
        Assert.Equal(March2027, calendar.Coverage);
        Assert.Equal([new LocalDate(2027, 3, 5)], calendar.Holidays);
        Assert.Equal([new LocalDate(2027, 3, 6)], calendar.WorkingWeekendDays);
        Assert.Equal(loaded, calendar);
        Assert.Equal(1, loads);
    }

    [Fact]
    public void A_custom_calendar_refuses_dates_outside_its_coverage()
    {
        var calendar = new BusinessCalendar(March2027, [], []);

        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(() => calendar.IsBusinessDay(new LocalDate(2027, 2, 28))).Year);
        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(() => calendar.IsBusinessDay(new LocalDate(2027, 4, 1))).Year);
        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 3, 1)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 3, 31)));
    }

    [Fact]
    public void A_holiday_outside_the_coverage_is_rejected_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BusinessCalendar(March2027, [new LocalDate(2027, 4, 1)], []));
        Assert.Equal("holidays", ex.ParamName);
        Assert.Contains("2027-04-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_working_weekend_day_that_is_a_weekday_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BusinessCalendar(March2027, [], [new LocalDate(2027, 3, 3)]));
        Assert.Equal("workingWeekendDays", ex.ParamName);
        Assert.Contains("Wednesday", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_listed_as_both_holiday_and_working_day_is_rejected()
    {
        var day = new LocalDate(2027, 3, 6);
        var ex = Assert.Throws<ArgumentException>(() => new BusinessCalendar(March2027, [day], [day]));
        Assert.Equal("workingWeekendDays", ex.ParamName);
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Assert.Equal("coverage", Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(null!, [], [])).ParamName);
        Assert.Equal("holidays", Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(March2027, null!, [])).ParamName);
        Assert.Equal("workingWeekendDays", Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(March2027, [], null!)).ParamName);
    }

    [Fact]
    public void A_fallback_is_an_explicit_choice_that_answers_past_the_data()
    {
        var calendar = BusinessCalendar.China.WithFallback(BusinessCalendar.WeekdaysOnly);

        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 1, 1)));  // a Friday: no 2027 holidays are known
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 1, 1))); // inside the data: New Year's Day
        Assert.Equal(new LocalDate(2027, 1, 4), calendar.AddBusinessDays(new LocalDate(2026, 12, 31), 2));
    }

    [Fact]
    public void WeekdaysOnly_counts_Monday_to_Friday()
    {
        Assert.Equal(new LocalDate(2030, 1, 7), BusinessCalendar.WeekdaysOnly.AddBusinessDays(new LocalDate(2030, 1, 4), 1));
        Assert.False(BusinessCalendar.WeekdaysOnly.IsBusinessDay(new LocalDate(2030, 1, 5)));
    }

    [Fact]
    public void Calendars_with_the_same_data_are_equal()
    {
        var a = new BusinessCalendar(March2027, [new LocalDate(2027, 3, 5), new LocalDate(2027, 3, 5)], []);
        var b = new BusinessCalendar(March2027, [new LocalDate(2027, 3, 5)], []);
        var c = new BusinessCalendar(March2027, [], []);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }
}
