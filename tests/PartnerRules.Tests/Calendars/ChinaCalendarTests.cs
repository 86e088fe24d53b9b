using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Calendars;

public sealed class ChinaCalendarTests
{
    [Fact]
    public void Golden_week_2026_is_not_a_business_day() =>
        Assert.False(BusinessCalendar.China.IsBusinessDay(new LocalDate(2026, 10, 1)));
}
