using System;
using System.IO;
using System.Text;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

/// <summary>
/// Texts of the official-schedule paths word for word (a null path, a calendar's own refusal kept without its
/// parameter suffix, the missing-year advice in full), and several years added at once in any order.
/// </summary>
public sealed class OfficialScheduleTextTests
{
    [Fact]
    public void A_null_path_in_the_list_is_refused_saying_so()
    {
        var error = Assert.Throws<ArgumentNullException>(() => BusinessCalendar.LoadChina([null!]));

        Assert.Equal("paths", error.ParamName);
        Assert.Equal("A path in the list is null. (Parameter 'paths')", error.Message);
    }

    [Fact]
    public void Two_published_years_are_added_whatever_order_their_files_are_given_in()
    {
        var folder = Directory.CreateTempSubdirectory("partnerrules-years-");
        try
        {
            var y2027 = Path.Combine(folder.FullName, "2027.json");
            var y2028 = Path.Combine(folder.FullName, "2028.json");
            File.WriteAllText(y2027, """{"year":2027,"days":[{"date":"2027-01-01","isOffDay":true}]}""");
            File.WriteAllText(y2028, """{"year":2028,"days":[{"date":"2028-01-03","isOffDay":true}]}""");

            var later = BusinessCalendar.LoadChina(y2028, y2027);
            var sooner = BusinessCalendar.LoadChina(y2027, y2028);

            var through2028 = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31));
            Assert.Equal(through2028, later.Coverage);
            Assert.Equal(through2028, sooner.Coverage);
            Assert.False(later.IsBusinessDay(new LocalDate(2027, 1, 1)));
            Assert.False(later.IsBusinessDay(new LocalDate(2028, 1, 3)));
            Assert.True(later.IsBusinessDay(new LocalDate(2028, 1, 4)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_calendar_s_refusal_of_the_data_is_kept_without_its_own_parameter_suffix()
    {
        var error = Assert.Throws<ArgumentException>(() => BusinessCalendar.ReadYear(Utf8("""{"year":2027,"days":[{"date":"2027-01-04","isOffDay":false}]}""")));

        Assert.Equal(
            "The official schedule from the stream cannot be used: 2027-01-04 is a Monday, not a Saturday or Sunday: only weekend days can be adjusted working days. (Parameter 'utf8Json')",
            error.Message);
        Assert.Equal("workingWeekendDays", Assert.IsType<ArgumentException>(error.InnerException).ParamName);
    }

    [Fact]
    public void A_missing_year_gives_the_whole_advice_including_the_fallback()
    {
        var error = Assert.Throws<CalendarDataMissingException>(() => BusinessCalendar.China.IsBusinessDay(new LocalDate(2027, 3, 1)));

        Assert.Equal(2027, error.Year);
        Assert.Equal(
            "The business calendar has no data for 2027: its official holiday schedule is not included. "
            + "When the State Council publishes it, add it: BusinessCalendar.LoadChina(\"2027.json\") reads the year's file as the open dataset holiday-cn publishes it "
            + "(or in the library's own format) and returns China's calendar with that year added; use the result as ProgramPolicy.Calendar. "
            + "Until then, BusinessCalendar.China.WithFallback(BusinessCalendar.WeekdaysOnly) counts Monday to Friday past the data, knowingly without holidays.",
            error.Message);
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));
}
