using System;
using System.IO;
using System.Text;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

/// <summary>
/// Adding a year the day it is published. The 2027 data below is illustrative (the schedule is not
/// published yet), written as holiday-cn publishes a year: "$schema", "$id", "papers", then the days.
/// </summary>
public sealed class OfficialScheduleTests
{
    private const string HolidayCn2027 = """
        {
            "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
            "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2027.json",
            "year": 2027,
            "papers": ["https://www.gov.cn/example"],
            "days": [
                { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
                { "name": "春节", "date": "2027-02-08", "isOffDay": true },
                { "name": "春节", "date": "2027-02-09", "isOffDay": true },
                { "name": "春节", "date": "2027-02-20", "isOffDay": false }
            ]
        }
        """;

    [Fact]
    public void A_holiday_cn_year_reads_as_a_calendar_covering_that_year()
    {
        var year = BusinessCalendar.ReadYear(Utf8(HolidayCn2027));

        Assert.Equal(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)), year.Coverage);
        Assert.Equal([new LocalDate(2027, 1, 1), new LocalDate(2027, 2, 8), new LocalDate(2027, 2, 9)], year.Holidays);
        Assert.Equal([new LocalDate(2027, 2, 20)], year.WorkingWeekendDays);
    }

    [Fact]
    public void LoadChina_adds_the_published_year_and_leaves_China_unchanged()
    {
        var path = Path.Combine(Path.GetTempPath(), $"partnerrules-{Guid.NewGuid():N}-2027.json");
        File.WriteAllText(path, HolidayCn2027);
        try
        {
            var calendar = BusinessCalendar.LoadChina(path);

            Assert.Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2027, 12, 31)), calendar.Coverage);
            Assert.Equal(new LocalDate(2027, 1, 4), calendar.AddBusinessDays(new LocalDate(2026, 12, 31), 1));
            Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 2, 20)));
            Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 10, 7)));
            Assert.Equal(new LocalDate(2026, 12, 31), BusinessCalendar.China.Coverage.End);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_library_s_own_format_reads_to_the_same_days_as_China()
    {
        using var stream = typeof(BusinessCalendar).Assembly.GetManifestResourceStream("PartnerRules.Calendars.Data.china-2026.json")!;

        var year = BusinessCalendar.ReadYear(stream);

        Assert.Equal(BusinessCalendar.China, BusinessCalendar.China.With(year));
        Assert.Contains(new LocalDate(2026, 10, 1), year.Holidays);
    }

    [Fact]
    public void A_year_given_again_replaces_that_year_s_data()
    {
        var corrected = BusinessCalendar.ReadYear(Utf8("""{"year":2026,"days":[{"date":"2026-12-31","isOffDay":true}]}"""));

        var calendar = BusinessCalendar.China.With(corrected);

        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 12, 31)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 10, 1)));
        Assert.Equal(BusinessCalendar.China.Coverage, calendar.Coverage);
    }

    [Fact]
    public void A_year_after_a_missing_one_is_refused_naming_the_gap()
    {
        var year2028 = BusinessCalendar.ReadYear(Utf8("""{"year":2028,"days":[{"date":"2028-01-03","isOffDay":true}]}"""));

        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.China.With(year2028));

        Assert.Equal("other", ex.ParamName);
        Assert.Contains("leaving 2027-01-01..2027-12-31 without data; add the years between first.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"year":2027,"papers":[],"days":[]}""", "it lists no days for 2027: the schedule is not published yet")]
    [InlineData("""{"year":2027}""", "it needs a \"year\" number and a \"days\" list")]
    [InlineData("""{"year":2027,"days":[{"date":"2026-12-31","isOffDay":true}]}""", "days[0] is 2026-12-31, outside 2027")]
    [InlineData("""{"year":2027,"days":[{"date":"2027-01-01","isOffDay":true},{"date":"2027-01-01","isOffDay":true}]}""", "days[1] lists 2027-01-01 a second time")]
    [InlineData("""{"year":2027,"days":[{"date":"2027-01-04","isOffDay":false}]}""", "2027-01-04 is a Monday, not a Saturday or Sunday")]
    [InlineData("""{"year":2027,"days":[{"date":"2027-01-01"}]}""", "days[0] (2027-01-01) needs \"isOffDay\"")]
    [InlineData("""{"year":2027,"days":[{"date":"1/1/2027","isOffDay":true}]}""", "not an ISO date")]
    [InlineData("""{"year":2027,"days":[""", "it is not valid JSON")]
    public void Data_that_cannot_be_used_is_refused_saying_why(string json, string problem)
    {
        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.ReadYear(Utf8(json)));

        Assert.Equal("utf8Json", ex.ParamName);
        Assert.StartsWith("The official schedule from the stream cannot be used: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_year_says_exactly_how_to_add_it()
    {
        var ex = Assert.Throws<CalendarDataMissingException>(() => BusinessCalendar.China.IsBusinessDay(new LocalDate(2027, 3, 1)));

        Assert.Contains("BusinessCalendar.LoadChina(\"2027.json\")", ex.Message, StringComparison.Ordinal);
        Assert.Contains("holiday-cn", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ProgramPolicy.Calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.ReadYear(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.ReadYearFile(null!)).ParamName);
        Assert.Equal("paths", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.LoadChina(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.China.With(null!)).ParamName);
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));
}
