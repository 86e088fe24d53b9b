using NodaTime;

namespace PartnerRules;

/// <summary>A working-day calendar: weekends, public holidays and adjusted working days.</summary>
/// <remarks>Implementations must be immutable and thread-safe.</remarks>
public interface IBusinessCalendar
{
    /// <summary>True for a working day: Monday to Friday that is not a holiday, or an adjusted working weekend day.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="CalendarDataMissingException"><paramref name="date"/> lies outside the calendar's data.</exception>
    bool IsBusinessDay(LocalDate date);

    /// <summary>
    /// The <paramref name="days"/>-th business day after <paramref name="date"/> (the date itself never
    /// counts); 0 returns <paramref name="date"/>; a negative count goes backwards.
    /// </summary>
    /// <param name="date">The starting date.</param>
    /// <param name="days">How many business days to step.</param>
    /// <exception cref="CalendarDataMissingException">The walk leaves the calendar's data.</exception>
    LocalDate AddBusinessDays(LocalDate date, int days);
}
