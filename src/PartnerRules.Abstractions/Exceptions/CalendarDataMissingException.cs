namespace PartnerRules;

/// <summary>
/// A business calendar was asked about a year it holds no data for (for China: a year whose
/// official schedule is not yet published). It never guesses.
/// </summary>
public sealed class CalendarDataMissingException : PartnerRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year without data.</param>
    public CalendarDataMissingException(int year)
        : base($"The business calendar has no data for {year}: its official holiday schedule is not included. Use a calendar that covers {year} (new BusinessCalendar(coverage, holidays, workingWeekendDays)) once the schedule is published.")
    {
        Year = year;
    }

    /// <summary>The year without data.</summary>
    public int Year { get; }
}
