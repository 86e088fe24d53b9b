using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace PartnerRules.Criteria;

/// <summary>
/// When one piece of evidence (a PO update, a delivery, a link) counts for a criterion: at the
/// evaluation instant, and on each later local date <c>D</c> (evaluated as at the end of <c>D</c>)
/// from <see cref="From"/> until the day before <see cref="Until"/>. Which facts are evidence, and
/// from which date, is the rule's to say; this only carries the answer.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct EvidenceSpan
{
    public EvidenceSpan(bool countsAtAsOf, LocalDate from, LocalDate until, int key = 0)
    {
        CountsAtAsOf = countsAtAsOf;
        From = from;
        Until = until;
        Key = key;
    }

    /// <summary>Whether it counts at the evaluation instant (it has happened, and is in the window).</summary>
    public bool CountsAtAsOf { get; }

    /// <summary>The first local date on which it counts (the day the fact happens).</summary>
    public LocalDate From { get; }

    /// <summary>The first local date on which it no longer counts; <see cref="LocalDate.MaxIsoValue"/> for never.</summary>
    public LocalDate Until { get; }

    /// <summary>Evidence with one key is counted once.</summary>
    public int Key { get; }

    /// <summary>Whether it counts at the end of local date <paramref name="date"/>.</summary>
    public bool CountsOn(LocalDate date) => From <= date && date < Until;

    /// <summary>Whether it can matter on or after <paramref name="today"/>: evidence that neither counts now nor later is dropped.</summary>
    // Stryker disable once Equality : keeping evidence that stops on today or never counts only adds candidate dates whose count is the same
    public bool IsRelevant(LocalDate today) => CountsAtAsOf || today < Until && From < Until;
}

/// <summary>
/// The evidence a criterion counts, and counting it over time. A verdict only changes on a date on
/// which some evidence starts or stops counting, so evaluating those candidate dates in order is exact.
/// </summary>
/// <remarks>
/// Evidence that can no longer matter (<see cref="EvidenceSpan.IsRelevant"/>) is dropped as it is added.
/// Evidence added with a group (links of one partner) counts once per group; otherwise each span counts.
/// </remarks>
internal sealed class Evidence
{
    private static readonly VerdictChange[] NoChanges = Array.Empty<VerdictChange>();

    private readonly LocalDate _today;
    private readonly EvidenceSpan[] _spans;
    private string[]? _groups;
    private int _count;
    private bool _keyed = true;

    /// <param name="today">The local date of the evaluation instant.</param>
    /// <param name="capacity">How many spans at most will be added (the input's fact count).</param>
    public Evidence(LocalDate today, int capacity)
    {
        _today = today;
        _spans = capacity == 0 ? Array.Empty<EvidenceSpan>() : new EvidenceSpan[capacity];
    }

    /// <summary>Adds evidence that counts on its own.</summary>
    public void Add(EvidenceSpan span)
    {
        if (span.IsRelevant(_today))
        {
            _spans[_count] = new EvidenceSpan(span.CountsAtAsOf, span.From, span.Until, _count);
            _count++;
        }
    }

    /// <summary>Adds evidence that counts once per <paramref name="group"/> (ordinal comparison).</summary>
    public void Add(EvidenceSpan span, string group)
    {
        if (span.IsRelevant(_today))
        {
            (_groups ??= new string[_spans.Length])[_count] = group;
            _spans[_count++] = span;
            _keyed = false;
        }
    }

    /// <summary>Distinct keys among the spans that count at the evaluation instant.</summary>
    public int CountAtAsOf()
    {
        KeyByGroup();
        var count = 0;
        var lastKey = int.MinValue;
        for (var i = 0; i < _count; i++)
        {
            if (_spans[i].CountsAtAsOf && _spans[i].Key != lastKey)
            {
                count++;
                lastKey = _spans[i].Key;
            }
        }

        return count;
    }

    /// <summary>
    /// The dates from today on where the verdict "count &gt;= threshold" (or "count &lt; threshold"
    /// when <paramref name="passWhenAtLeast"/> is false) differs from the day before, starting from the
    /// verdict at the evaluation instant.
    /// </summary>
    public IReadOnlyList<VerdictChange> Changes(int threshold, bool passWhenAtLeast)
    {
        // Stryker disable once Block : a shortcut only; with no evidence the general path finds no change either
        if (_count == 0)
        {
            return NoChanges;
        }

        KeyByGroup();
        var candidates = new LocalDate[(2 * _count) + 1];
        var n = 0;
        candidates[n++] = _today;
        for (var i = 0; i < _count; i++)
        {
            // Stryker disable once Equality : today is a candidate already
            if (_spans[i].From >= _today)
            {
                candidates[n++] = _spans[i].From;
            }

            // Stryker disable once Equality : today is a candidate already
            if (_spans[i].Until >= _today && _spans[i].Until != LocalDate.MaxIsoValue)
            {
                candidates[n++] = _spans[i].Until;
            }
        }

        Array.Sort(candidates, 0, n);
        var passed = Passes(CountAtAsOf(), threshold, passWhenAtLeast);
        List<VerdictChange>? changes = null;
        for (var i = 0; i < n; i++)
        {
            // Stryker disable once Equality,Statement : a repeated date counts the same again, so it cannot change the verdict twice
            if (i > 0 && candidates[i] == candidates[i - 1])
            {
                continue;
            }

            var passesOn = Passes(CountOn(candidates[i]), threshold, passWhenAtLeast);
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

    private int CountOn(LocalDate date)
    {
        var count = 0;
        var lastKey = int.MinValue;
        for (var i = 0; i < _count; i++)
        {
            if (_spans[i].Key != lastKey && _spans[i].CountsOn(date))
            {
                count++;
                lastKey = _spans[i].Key;
            }
        }

        return count;
    }

    /// <summary>Puts the spans of one group side by side under one key, so a group is counted once.</summary>
    private void KeyByGroup()
    {
        if (_keyed)
        {
            return;
        }

        Array.Sort(_groups!, _spans, 0, _count, StringComparer.Ordinal);
        var key = 0;
        for (var i = 0; i < _count; i++)
        {
            if (i > 0 && !string.Equals(_groups![i], _groups[i - 1], StringComparison.Ordinal))
            {
                key++;
            }

            _spans[i] = new EvidenceSpan(_spans[i].CountsAtAsOf, _spans[i].From, _spans[i].Until, key);
        }

        // Stryker disable once Boolean : keying again gives the same keys (work only)
        _keyed = true;
    }

    private static bool Passes(int count, int threshold, bool passWhenAtLeast) =>
        passWhenAtLeast ? count >= threshold : count < threshold;
}
