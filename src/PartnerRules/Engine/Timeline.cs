using System;
using System.Collections.Generic;
using NodaTime;

namespace PartnerRules.Engine;

/// <summary>
/// Counting evidence over time. A verdict only changes on a date on which some evidence starts or
/// stops counting, so evaluating those candidate dates in order is exact.
/// </summary>
internal static class Timeline
{
    private static readonly VerdictChange[] NoChanges = Array.Empty<VerdictChange>();

    /// <summary>Distinct keys among the spans that count at the evaluation instant.</summary>
    public static int CountAtAsOf(EvidenceSpan[] spans)
    {
        var count = 0;
        var lastKey = int.MinValue;
        foreach (var span in spans)
        {
            if (span.CountsAtAsOf && span.Key != lastKey)
            {
                count++;
                lastKey = span.Key;
            }
        }

        return count;
    }

    /// <summary>Distinct keys among the spans that count at the end of <paramref name="date"/>.</summary>
    public static int CountOn(EvidenceSpan[] spans, LocalDate date)
    {
        var count = 0;
        var lastKey = int.MinValue;
        foreach (var span in spans)
        {
            if (span.Key != lastKey && span.CountsOn(date))
            {
                count++;
                lastKey = span.Key;
            }
        }

        return count;
    }

    /// <summary>
    /// The dates from <paramref name="today"/> on where the verdict "count &gt;= threshold" (or
    /// "count &lt; threshold" when <paramref name="passWhenAtLeast"/> is false) differs from the
    /// day before, starting from the verdict at the evaluation instant.
    /// </summary>
    /// <param name="spans">Evidence, grouped by key (spans of one key adjacent).</param>
    /// <param name="today">The local date of the evaluation instant.</param>
    /// <param name="threshold">The count the verdict compares with.</param>
    /// <param name="passWhenAtLeast">True: passes at or above the threshold; false: passes below it.</param>
    public static IReadOnlyList<VerdictChange> Changes(EvidenceSpan[] spans, LocalDate today, int threshold, bool passWhenAtLeast)
    {
        if (spans.Length == 0)
        {
            return NoChanges;
        }

        var candidates = new LocalDate[(2 * spans.Length) + 1];
        var n = 0;
        candidates[n++] = today;
        foreach (var span in spans)
        {
            if (span.From >= today)
            {
                candidates[n++] = span.From;
            }

            if (span.Until >= today && span.Until != LocalDate.MaxIsoValue)
            {
                candidates[n++] = span.Until;
            }
        }

        Array.Sort(candidates, 0, n);
        var passed = Passes(CountAtAsOf(spans), threshold, passWhenAtLeast);
        List<VerdictChange>? changes = null;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && candidates[i] == candidates[i - 1])
            {
                continue;
            }

            var passesOn = Passes(CountOn(spans, candidates[i]), threshold, passWhenAtLeast);
            if (passesOn != passed)
            {
                passed = passesOn;
                (changes ??= new List<VerdictChange>()).Add(new VerdictChange(candidates[i], passesOn));
            }
        }

        return changes ?? (IReadOnlyList<VerdictChange>)NoChanges;
    }

    /// <summary>The first change in <paramref name="changes"/> to <paramref name="passed"/>, if any.</summary>
    public static LocalDate? FirstChangeTo(IReadOnlyList<VerdictChange> changes, bool passed)
    {
        foreach (var change in changes)
        {
            if (change.Passed == passed)
            {
                return change.Date;
            }
        }

        return null;
    }

    /// <summary>
    /// The first date on which the decision's verdict (every criterion passed) differs from its
    /// verdict at the evaluation instant; null when time alone never changes it.
    /// </summary>
    public static LocalDate? FirstFlip(CriterionResult[] results)
    {
        var states = new bool[results.Length];
        var next = new int[results.Length];
        var approved = true;
        for (var i = 0; i < results.Length; i++)
        {
            states[i] = results[i].Finding.Passed;
            approved &= states[i];
        }

        while (true)
        {
            LocalDate? date = null;
            for (var i = 0; i < results.Length; i++)
            {
                var changes = results[i].Changes;
                if (next[i] < changes.Count && (date is null || changes[next[i]].Date < date.Value))
                {
                    date = changes[next[i]].Date;
                }
            }

            if (date is null)
            {
                return null;
            }

            var approvedOn = true;
            for (var i = 0; i < results.Length; i++)
            {
                var changes = results[i].Changes;
                if (next[i] < changes.Count && changes[next[i]].Date == date.Value)
                {
                    states[i] = changes[next[i]].Passed;
                    next[i]++;
                }

                approvedOn &= states[i];
            }

            if (approvedOn != approved)
            {
                return date;
            }
        }
    }

    private static bool Passes(int count, int threshold, bool passWhenAtLeast) =>
        passWhenAtLeast ? count >= threshold : count < threshold;
}
