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
        : base($"The business calendar has no data for {year}: its official holiday schedule is not included. "
            + $"When the State Council publishes it, add it: BusinessCalendar.LoadChina(\"{year}.json\") reads the year's file as the open dataset holiday-cn publishes it "
            + "(or in the library's own format) and returns China's calendar with that year added; use the result as ProgramPolicy.Calendar. "
            + "Until then, BusinessCalendar.China.WithFallback(BusinessCalendar.WeekdaysOnly) counts Monday to Friday past the data, knowingly without holidays.")
    {
        Year = year;
    }

    /// <summary>The year without data.</summary>
    public int Year { get; }
}
