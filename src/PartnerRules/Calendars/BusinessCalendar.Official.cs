using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;

namespace PartnerRules;

/// <summary>Official schedules a user adds when they are published: read, merged, validated.</summary>
public sealed partial class BusinessCalendar
{
    /// <summary>
    /// Reads one year's official schedule from UTF-8 JSON, in the library's format
    /// (<c>{ "year": 2027, "source": "...", "days": [ { "date": "2027-01-01", "name": "元旦", "isOffDay": true } ] }</c>)
    /// or as holiday-cn publishes it (<c>{ "year": 2027, "papers": [...], "days": [...] }</c>, the same days).
    /// Days with <c>isOffDay: true</c> are holidays, with <c>false</c> adjusted working days (调休上班).
    /// </summary>
    /// <param name="utf8Json">The year's file; read to its end, not closed.</param>
    /// <returns>A calendar covering that year, 1 January to 31 December; merge it with <see cref="With"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The data cannot be used: not JSON, no year or days, no days at all (the schedule is not published yet),
    /// a date outside the year or listed twice, a weekday listed as a working day, a day without <c>isOffDay</c>.
    /// The message says which.
    /// </exception>
    public static BusinessCalendar ReadYear(Stream utf8Json) =>
        OfficialYearReader.Read(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json)), "from the stream", nameof(utf8Json));

    /// <summary>Reads one year's official schedule from a file; see <see cref="ReadYear(Stream)"/> for the formats.</summary>
    /// <param name="path">The file, for example holiday-cn's <c>2027.json</c>.</param>
    /// <returns>A calendar covering that year, 1 January to 31 December.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The data cannot be used; the message names the file and the problem.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public static BusinessCalendar ReadYearFile(string path)
    {
        // Stryker disable once Statement,Block : File.OpenRead(null) throws the same ArgumentNullException naming "path"; the check states it
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return OfficialYearReader.Read(stream, $"'{Path.GetFileName(path)}'", nameof(path));
    }

    /// <summary>
    /// <see cref="China"/> with the official schedules in <paramref name="paths"/> added (one year per file, either
    /// format of <see cref="ReadYear(Stream)"/>, in any order): the way to add 2027 the day it is published.
    /// A file for a year China already covers replaces that year's data.
    /// </summary>
    /// <param name="paths">The years' files.</param>
    /// <returns>A new calendar; <see cref="China"/> itself is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A file's data cannot be used, or the years leave a gap after 2026 (add the years between).</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static BusinessCalendar LoadChina(params string[] paths)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        var years = paths.Select(p => ReadYearFile(p ?? throw new ArgumentNullException(nameof(paths), "A path in the list is null.")));
        return years.OrderBy(y => y.Coverage.Start).Aggregate(China, (calendar, year) => calendar.With(year));
    }

    /// <summary>
    /// This calendar extended or corrected by <paramref name="other"/>: inside <paramref name="other"/>'s coverage
    /// its days apply, outside it this calendar's. The two coverages must overlap or meet, so the result
    /// covers one unbroken range and still never guesses.
    /// </summary>
    /// <param name="other">The calendar to add, for example from <see cref="ReadYear(Stream)"/>.</param>
    /// <returns>A new calendar; neither input changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The coverages leave a gap; the message names it.</exception>
    public BusinessCalendar With(BusinessCalendar other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        DateInterval mine = Coverage, theirs = other.Coverage;
        if (theirs.Start > mine.End.PlusDays(1) || mine.Start > theirs.End.PlusDays(1))
        {
            // Stryker disable once Equality : in a gap the other calendar never starts on this one's last day
            var (from, to) = theirs.Start > mine.End ? (mine.End.PlusDays(1), theirs.Start.PlusDays(-1)) : (theirs.End.PlusDays(1), mine.Start.PlusDays(-1));
            throw new ArgumentException(
                $"The calendars cover {Iso(mine.Start)}..{Iso(mine.End)} and {Iso(theirs.Start)}..{Iso(theirs.End)}, leaving {Iso(from)}..{Iso(to)} without data; add the years between first.",
                nameof(other));
        }

        var coverage = new DateInterval(
            mine.Start < theirs.Start ? mine.Start : theirs.Start,
            mine.End > theirs.End ? mine.End : theirs.End);
        return new BusinessCalendar(
            coverage,
            Outside(Holidays, theirs).Concat(other.Holidays),
            Outside(WorkingWeekendDays, theirs).Concat(other.WorkingWeekendDays));
    }

    private static IEnumerable<LocalDate> Outside(IEnumerable<LocalDate> days, DateInterval interval) =>
        days.Where(day => !interval.Contains(day));
}
