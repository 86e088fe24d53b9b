using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartnerRules.Resources;

namespace PartnerRules.Lifecycles;

/// <summary>
/// The lifecycles' user-facing texts from the one catalogue (<see cref="Messages"/>), in
/// <see cref="CultureInfo.CurrentUICulture"/> at the time of the call.
/// Arguments are formatted with the invariant culture (numbers such as <c>-1.5</c>; NodaTime dates
/// as ISO <c>yyyy-MM-dd</c>).
/// </summary>
internal static class LifecycleMessages
{
    /// <summary>The text <paramref name="key"/>; a missing key throws (<see cref="Messages.Get"/>).</summary>
    public static string Get(string key) => Messages.Get(CultureInfo.CurrentUICulture, key);

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>A policy window such as "7 days" or "7天" (years, months, weeks and days only).</summary>
    public static string Window(Period period)
    {
        var parts = new List<string>();
        Add(parts, period.Years, "PeriodYears");
        Add(parts, period.Months, "PeriodMonths");
        Add(parts, period.Weeks * 7 + period.Days, "PeriodDays");
        if (parts.Count == 0)
        {
            Add(parts, 0, "PeriodDays", force: true);
        }

        return string.Join(Get("PeriodSeparator"), parts);
    }

    /// <summary>The trigger names joined for a message, or the "none" text.</summary>
    public static string PermittedClause(IReadOnlyList<string> permitted) =>
        permitted.Count == 0
            ? Get("NothingPermitted")
            : Format("PermittedNow", string.Join(", ", permitted));

    private static void Add(List<string> parts, int value, string key, bool force = false)
    {
        if (value != 0 || force)
        {
            parts.Add(Format(value == 1 ? key + "One" : key, value));
        }
    }
}
