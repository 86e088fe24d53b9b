using System;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

public sealed class CalendarSystemTests
{
    [Fact]
    public void A_coverage_outside_the_iso_calendar_is_rejected()
    {
        var julian = new DateInterval(new LocalDate(2026, 1, 1, CalendarSystem.Julian), new LocalDate(2026, 2, 1, CalendarSystem.Julian));

        var ex = Assert.Throws<ArgumentException>(() => new BusinessCalendar(julian, [], []));

        Assert.Equal("The coverage must use the ISO calendar system. (Parameter 'coverage')", ex.Message);
    }
}
