using System;
using System.IO;
using System.Text;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

/// <summary>Each refusal of an official year's data, word for word, and merging calendars at the edges of their coverage.</summary>
public sealed class OfficialScheduleEdgeTests
{
    private const string Prefix = "The official schedule from the stream cannot be used: ";

    [Theory]
    [InlineData("""[]""", "it needs a \"year\" number and a \"days\" list.")]
    [InlineData("""{"year":"2027","days":[]}""", "it needs a \"year\" number and a \"days\" list.")]
    [InlineData("""{"year":2027,"days":{}}""", "it needs a \"year\" number and a \"days\" list.")]
    [InlineData("""{"days":[]}""", "it needs a \"year\" number and a \"days\" list.")]
    [InlineData("""{"year":1899,"days":[]}""", "\"year\" 1899 is not a plausible year.")]
    [InlineData("""{"year":10000,"days":[]}""", "\"year\" 10000 is not a plausible year.")]
    [InlineData("""{"year":2027,"days":[]}""", "it lists no days for 2027: the schedule is not published yet (holiday-cn keeps an empty file until it is).")]
    [InlineData("""{"year":2027,"days":[{"date":"2028-01-01","isOffDay":true}]}""", "days[0] is 2028-01-01, outside 2027.")]
    [InlineData("""{"year":2027,"days":[{"date":"2027-01-01","isOffDay":true},{"date":"2027-01-01","isOffDay":false}]}""", "days[1] lists 2027-01-01 a second time.")]
    [InlineData("""{"year":2027,"days":[{"date":"2027-01-01","isOffDay":"yes"}]}""", "days[0] (2027-01-01) needs \"isOffDay\": true for a holiday, false for an adjusted working day.")]
    [InlineData("""{"year":2027,"days":["2027-01-01"]}""", "days[0] needs a \"date\" such as \"2027-01-01\".")]
    [InlineData("""{"year":2027,"days":[{"date":20270101,"isOffDay":true}]}""", "days[0] needs a \"date\" such as \"2027-01-01\".")]
    [InlineData("""{"year":2027,"days":[{"isOffDay":true}]}""", "days[0] needs a \"date\" such as \"2027-01-01\".")]
    [InlineData("""{"year":2027,"days":[{"date":"2027-01-01","isOffDay":true},{"date":"2027-13-01","isOffDay":true}]}""", "days[1] has \"date\" \"2027-13-01\", not an ISO date such as \"2027-01-01\".")]
    public void Each_problem_is_said_exactly(string json, string problem)
    {
        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.ReadYear(Utf8(json)));

        Assert.Equal(Prefix + problem + " (Parameter 'utf8Json')", ex.Message);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(9999)]
    public void The_first_and_last_plausible_years_read(int year)
    {
        var calendar = BusinessCalendar.ReadYear(Utf8($$"""{"year":{{year}},"days":[{"date":"{{year:D4}}-03-01","isOffDay":true}]}"""));

        Assert.Equal(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), calendar.Coverage);
        Assert.False(calendar.IsBusinessDay(new LocalDate(year, 3, 1)));
    }

    [Fact]
    public void A_file_is_named_in_its_problem_and_a_bad_calendar_keeps_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"partnerrules-{Guid.NewGuid():N}-2027.json");
        File.WriteAllText(path, """{"year":2027,"days":[{"date":"2027-01-04","isOffDay":false}]}""");
        try
        {
            var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.ReadYearFile(path));

            Assert.Equal("path", ex.ParamName);
            Assert.StartsWith($"The official schedule '{Path.GetFileName(path)}' cannot be used: ", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("(Parameter 'workingWeekendDays')", ex.Message.Replace(" (Parameter 'path')", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.IsType<ArgumentException>(ex.InnerException);
            Assert.Equal("paths", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.LoadChina([null!])).ParamName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Calendars_that_meet_merge_either_way_and_a_gap_before_is_named_too()
    {
        var y2025 = BusinessCalendar.ReadYear(Utf8("""{"year":2025,"days":[{"date":"2025-10-01","isOffDay":true}]}"""));
        var y2026 = BusinessCalendar.ReadYear(Utf8("""{"year":2026,"days":[{"date":"2026-10-01","isOffDay":true}]}"""));
        var y2027 = BusinessCalendar.ReadYear(Utf8("""{"year":2027,"days":[{"date":"2027-10-01","isOffDay":true}]}"""));

        var forward = y2025.With(y2026);
        var backward = y2026.With(y2025);

        var both = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 31));
        Assert.Equal(both, forward.Coverage);
        Assert.Equal(both, backward.Coverage);
        Assert.False(backward.IsBusinessDay(new LocalDate(2025, 10, 1)));
        Assert.False(backward.IsBusinessDay(new LocalDate(2026, 10, 1)));
        Assert.True(backward.IsBusinessDay(new LocalDate(2025, 10, 2)));

        var ex = Assert.Throws<ArgumentException>(() => y2027.With(y2025));
        Assert.Equal(
            "The calendars cover 2027-01-01..2027-12-31 and 2025-01-01..2025-12-31, leaving 2026-01-01..2026-12-31 without data; add the years between first. (Parameter 'other')",
            ex.Message);
        Assert.Throws<ArgumentException>(() => y2025.With(y2027));
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));
}
