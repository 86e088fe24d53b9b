using NodaTime;

namespace PartnerRules.Criteria;

/// <summary>
/// "Within the last P" on local dates (docs/programme-rules.md §1): the closed range <c>[d - P, d]</c> with NodaTime's
/// clamping month arithmetic.
/// </summary>
internal static class Windows
{
    /// <summary>
    /// The first date on which a fact dated <paramref name="factDate"/> is no longer inside the window,
    /// that is the first <c>D</c> with <c>D - window &gt; factDate</c>. Found by search because month
    /// clamping (29 February, month ends) makes <c>factDate + window + 1 day</c> wrong.
    /// </summary>
    public static LocalDate ExitDate(LocalDate factDate, Period window)
    {
        // D - window is monotone in D, so the dates inside form a prefix: search from factDate + window.
        var candidate = factDate.Plus(window);
        if (candidate.Minus(window) > factDate)
        {
            while (candidate.PlusDays(-1).Minus(window) > factDate)
            {
                candidate = candidate.PlusDays(-1);
            }

            return candidate;
        }

        while (candidate.Minus(window) <= factDate)
        {
            candidate = candidate.PlusDays(1);
        }

        return candidate;
    }

    /// <summary>
    /// True when window <paramref name="a"/> is never longer than <paramref name="b"/>: <c>D - a &gt;= D - b</c> on every
    /// date <c>D</c>, so every fact inside <c>[D - a, D]</c> is inside <c>[D - b, D]</c>. Decided only where month
    /// clamping cannot reorder the two (both in days and weeks; both in years and months with one of the two units
    /// equal); otherwise false unless they are equal, which is safe for its only use (skipping work that would not
    /// change a result).
    /// </summary>
    public static bool NoLonger(Period a, Period b)
    {
        if (a.Equals(b))
        {
            return true;
        }

        if (a.HasTimeComponent || b.HasTimeComponent)
        {
            return false;
        }

        if (a.Years == 0 && a.Months == 0 && b.Years == 0 && b.Months == 0)
        {
            return (a.Weeks * 7L) + a.Days <= (b.Weeks * 7L) + b.Days;
        }

        if (a.Weeks != 0 || a.Days != 0 || b.Weeks != 0 || b.Days != 0)
        {
            return false;
        }

        // D - (years, months) subtracts the years first, then the months; each step is monotone in its amount and in the date.
        return a.Years == b.Years ? a.Months <= b.Months : a.Months == b.Months && a.Years <= b.Years;
    }
}
