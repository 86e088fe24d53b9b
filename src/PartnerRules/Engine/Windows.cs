using NodaTime;

namespace PartnerRules.Engine;

/// <summary>
/// "Within the last P" on local dates (DOMAIN.md §1): the closed range <c>[d - P, d]</c> with NodaTime's
/// clamping month arithmetic.
/// </summary>
internal static class Windows
{
    /// <summary>The first date of the window that ends on <paramref name="date"/>.</summary>
    public static LocalDate Start(LocalDate date, Period window) => date.Minus(window);

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
}
