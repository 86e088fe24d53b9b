using System;
using System.Collections.Generic;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// A business-day calendar over a covered date range: Monday to Friday are working days except
/// public holidays; Saturdays and Sundays are rest days except adjusted working days (调休上班).
/// Any date outside the coverage raises <see cref="CalendarDataMissingException"/>: it never guesses.
/// </summary>
/// <remarks>Immutable and thread-safe; lookups are O(1).</remarks>
public sealed partial class BusinessCalendar : IBusinessCalendar, IEquatable<BusinessCalendar>
{
    // Deferred: ProgramPolicy.Default refers to China, so every first engine touched it, and loading the
    // embedded data costs ~50 ms cold; the rules never read the calendar (benchmarks/README.md).
    private static readonly BusinessCalendar DeferredChina = Deferred(ChinaCalendarData.Load);

    // Set only on a calendar that stands for data loaded on first use; every member then reads it.
    private readonly Lazy<BusinessCalendar>? _loaded;

    // One flag per covered day, indexed by days since Coverage.Start.
    private readonly bool[] _isBusinessDay;
    private readonly DateInterval _coverage;
    private readonly IReadOnlyList<LocalDate> _holidays;
    private readonly IReadOnlyList<LocalDate> _workingWeekendDays;

    /// <summary>Creates a calendar from its data.</summary>
    /// <param name="coverage">The dates the data covers; every other date is unknown.</param>
    /// <param name="holidays">Rest days that would otherwise be working days (weekend dates are allowed and change nothing).</param>
    /// <param name="workingWeekendDays">Saturdays or Sundays that are working days.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A date lies outside <paramref name="coverage"/>, a working weekend day is not a Saturday or Sunday, a date is both a holiday and a working day, or the coverage is not in the ISO calendar.</exception>
    public BusinessCalendar(DateInterval coverage, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> workingWeekendDays)
    {
        if (coverage is null)
        {
            throw new ArgumentNullException(nameof(coverage));
        }

        if (holidays is null)
        {
            throw new ArgumentNullException(nameof(holidays));
        }

        if (workingWeekendDays is null)
        {
            throw new ArgumentNullException(nameof(workingWeekendDays));
        }

        if (coverage.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The coverage must use the ISO calendar system.", nameof(coverage));
        }

        _coverage = coverage;
        _isBusinessDay = new bool[coverage.Length];
        for (var i = 0; i < _isBusinessDay.Length; i++)
        {
            _isBusinessDay[i] = !IsWeekend(coverage.Start.PlusDays(i));
        }

        var holidaySet = new SortedSet<LocalDate>();
        foreach (var holiday in holidays)
        {
            _isBusinessDay[IndexOf(holiday, nameof(holidays))] = false;
            holidaySet.Add(holiday);
        }

        var workingSet = new SortedSet<LocalDate>(workingWeekendDays);
        foreach (var day in workingSet)
        {
            var index = IndexOf(day, nameof(workingWeekendDays));
            if (!IsWeekend(day))
            {
                throw new ArgumentException($"{Iso(day)} is a {day.DayOfWeek}, not a Saturday or Sunday: only weekend days can be adjusted working days.", nameof(workingWeekendDays));
            }

            if (holidaySet.Contains(day))
            {
                throw new ArgumentException($"{Iso(day)} is listed both as a holiday and as a working day.", nameof(workingWeekendDays));
            }

            _isBusinessDay[index] = true;
        }

        _holidays = [.. holidaySet];
        _workingWeekendDays = [.. workingSet];
    }

    private BusinessCalendar(Func<BusinessCalendar> load)
    {
        // Every member forwards to the loaded calendar; the fields below are never read.
        _loaded = new Lazy<BusinessCalendar>(load, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        _isBusinessDay = [];
        _coverage = null!;
        _holidays = [];
        _workingWeekendDays = [];
    }

    /// <summary>A calendar that stands for <paramref name="load"/>'s result, loaded once, on first use.</summary>
    internal static BusinessCalendar Deferred(Func<BusinessCalendar> load) => new(load);

    /// <summary>
    /// Mainland China's official schedules for 2024–2026 (State Council notices 国办发明电〔2023〕7号,
    /// 〔2024〕12号, 〔2025〕7号; data cross-checked against the open dataset holiday-cn, MIT). Later
    /// years are not covered until their schedules are published.
    /// </summary>
    /// <remarks>The embedded data is read on the first use of the calendar, not when it is referenced.</remarks>
    public static BusinessCalendar China => DeferredChina;

    /// <summary>The dates this calendar has data for.</summary>
    public DateInterval Coverage => _loaded is null ? _coverage : _loaded.Value.Coverage;

    /// <summary>The listed holidays, in date order, without duplicates.</summary>
    public IReadOnlyList<LocalDate> Holidays => _loaded is null ? _holidays : _loaded.Value.Holidays;

    /// <summary>The listed adjusted working days (weekend days that are worked), in date order.</summary>
    public IReadOnlyList<LocalDate> WorkingWeekendDays => _loaded is null ? _workingWeekendDays : _loaded.Value.WorkingWeekendDays;

    /// <summary>True when both calendars have the same coverage and the same days.</summary>
    /// <param name="other">The other calendar.</param>
    public bool Equals(BusinessCalendar? other) =>
        other is not null && (ReferenceEquals(this, other) || (Coverage.Equals(other.Coverage)
            && System.Linq.Enumerable.SequenceEqual(Holidays, other.Holidays)
            && System.Linq.Enumerable.SequenceEqual(WorkingWeekendDays, other.WorkingWeekendDays)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc />
    // Stryker disable once Arithmetic : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() => Coverage.GetHashCode() ^ (Holidays.Count * 397) ^ WorkingWeekendDays.Count;

    /// <inheritdoc />
    /// <exception cref="CalendarDataMissingException"><paramref name="date"/> lies outside <see cref="Coverage"/>.</exception>
    public bool IsBusinessDay(LocalDate date)
    {
        if (_loaded is not null)
        {
            return _loaded.Value.IsBusinessDay(date);
        }

        var index = Period.DaysBetween(Coverage.Start, date);
        if (index < 0 || index >= _isBusinessDay.Length || date.Calendar != CalendarSystem.Iso)
        {
            throw new CalendarDataMissingException(date.Year);
        }

        return _isBusinessDay[index];
    }

    /// <inheritdoc />
    /// <exception cref="CalendarDataMissingException">The walk reaches a date outside <see cref="Coverage"/>.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int days) => BusinessDays.Add(this, date, days);

    /// <summary>
    /// A calendar that answers from this one inside <see cref="Coverage"/> and from
    /// <paramref name="fallback"/> outside it: the explicit choice a caller makes to work past the
    /// published data (for example with <see cref="WeekdaysOnly"/>).
    /// </summary>
    /// <param name="fallback">The calendar for dates outside the coverage.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fallback"/> is null.</exception>
    public IBusinessCalendar WithFallback(IBusinessCalendar fallback) =>
        new FallbackCalendar(this, fallback ?? throw new ArgumentNullException(nameof(fallback)));

    /// <summary>A calendar with no holidays: Monday to Friday are business days, for any date.</summary>
    public static IBusinessCalendar WeekdaysOnly { get; } = new WeekdayCalendar();

    internal static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private int IndexOf(LocalDate date, string paramName)
    {
        if (!Coverage.Contains(date))
        {
            throw new ArgumentException($"{Iso(date)} lies outside the coverage {Iso(Coverage.Start)}..{Iso(Coverage.End)}.", paramName);
        }

        return Period.DaysBetween(Coverage.Start, date);
    }

    private sealed class FallbackCalendar(BusinessCalendar primary, IBusinessCalendar fallback) : IBusinessCalendar
    {
        public bool IsBusinessDay(LocalDate date) =>
            primary.Coverage.Contains(date) ? primary.IsBusinessDay(date) : fallback.IsBusinessDay(date);

        public LocalDate AddBusinessDays(LocalDate date, int days) => BusinessDays.Add(this, date, days);
    }

    private sealed class WeekdayCalendar : IBusinessCalendar
    {
        public bool IsBusinessDay(LocalDate date) => !IsWeekend(date);

        public LocalDate AddBusinessDays(LocalDate date, int days) => BusinessDays.Add(this, date, days);
    }
}
