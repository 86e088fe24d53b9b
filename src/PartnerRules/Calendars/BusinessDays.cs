using NodaTime;

namespace PartnerRules;

/// <summary>Walking a calendar day by day; shared by every calendar so they count alike.</summary>
internal static class BusinessDays
{
    /// <summary>The <paramref name="days"/>-th business day after (or, negative, before) <paramref name="date"/>; the date itself never counts.</summary>
    public static LocalDate Add(IBusinessCalendar calendar, LocalDate date, int days)
    {
        var step = days < 0 ? -1 : 1;
        var remaining = days < 0 ? -(long)days : days;
        var current = date;
        while (remaining > 0)
        {
            current = current.PlusDays(step);
            if (calendar.IsBusinessDay(current))
            {
                remaining--;
            }
        }

        return current;
    }
}
