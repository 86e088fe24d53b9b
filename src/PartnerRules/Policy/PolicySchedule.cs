using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// The programme's policy versions by effective date (docs/programme-rules.md §9). The version in force on a local
/// date <c>D</c> (programme zone) is the one with the latest effective date on or before <c>D</c>;
/// before the first version nothing is in force.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Every version shares the programme's time zone and currency. Two
/// schedules are equal when they hold equal versions in the same order.
/// </remarks>
public sealed class PolicySchedule : IEquatable<PolicySchedule>
{
    // Parallel arrays: InForceOn searches the dates without touching the records or allocating.
    private readonly LocalDate[] _effectiveFrom;
    private readonly ProgramPolicy[] _policies;

    /// <summary>Creates a schedule, checking everything at once.</summary>
    /// <param name="versions">The versions, in strictly increasing order of effective date (they are not sorted for you).</param>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// One exception (parameter <c>versions</c>) listing every problem: no version given, a null entry,
    /// effective dates not strictly increasing, a version name used twice, mixed time zones or
    /// currencies, and each policy's own problems prefixed with its version name.
    /// </exception>
    public PolicySchedule(IEnumerable<ScheduledPolicy> versions)
        : this(Checked(versions, nameof(versions)))
    {
    }

    private PolicySchedule(ScheduledPolicy[] versions)
    {
        _effectiveFrom = new LocalDate[versions.Length];
        _policies = new ProgramPolicy[versions.Length];
        for (var i = 0; i < versions.Length; i++)
        {
            _effectiveFrom[i] = versions[i].EffectiveFrom;
            _policies[i] = versions[i].Policy;
        }

        Versions = new ReadOnlyCollection<ScheduledPolicy>(versions);
    }

    /// <summary>A schedule of one version, in force on every date (from <see cref="LocalDate.MinIsoValue"/>).</summary>
    /// <param name="policy">The only version.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy is invalid (parameter <c>policy</c>); the message lists every problem.</exception>
    public static PolicySchedule Always(ProgramPolicy policy) =>
        new(Checked([new ScheduledPolicy(LocalDate.MinIsoValue, policy ?? throw new ArgumentNullException(nameof(policy)))], nameof(policy)));

    /// <summary>The versions, by effective date.</summary>
    public IReadOnlyList<ScheduledPolicy> Versions { get; }

    /// <summary>The version with the latest effective date (in force from then on).</summary>
    public ProgramPolicy Newest => _policies[_policies.Length - 1];

    /// <summary>The version in force on <paramref name="date"/>: the one with the latest effective date on or before it.</summary>
    /// <param name="date">A local date in the programme zone.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="PolicyNotInForceException"><paramref name="date"/> lies before the first version's effective date.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public ProgramPolicy InForceOn(LocalDate date)
    {
        var index = IndexInForceOn(date);
        return index >= 0 ? _policies[index] : throw new PolicyNotInForceException(date, _effectiveFrom[0]);
    }

    /// <summary>The version named <paramref name="version"/>.</summary>
    /// <param name="version">A version name (ordinal, case-sensitive).</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException">The schedule holds no version of that name; the message lists the names it holds.</exception>
    public ProgramPolicy Find(string version)
    {
        if (version is null)
        {
            throw new ArgumentNullException(nameof(version));
        }

        return TryFind(version, out var policy)
            ? policy
            : throw new ArgumentException(
                $"The policy schedule holds no version '{version}'; it holds {string.Join(", ", _policies.Select(p => $"'{p.Version}'"))}.",
                nameof(version));
    }

    /// <summary>Looks a version up by name without throwing.</summary>
    /// <param name="version">A version name (ordinal, case-sensitive); null finds nothing.</param>
    /// <param name="policy">The version when found.</param>
    /// <returns>True when the schedule holds a version of that name.</returns>
    public bool TryFind(string? version, [NotNullWhen(true)] out ProgramPolicy? policy)
    {
        foreach (var candidate in _policies)
        {
            if (string.Equals(candidate.Version, version, StringComparison.Ordinal))
            {
                policy = candidate;
                return true;
            }
        }

        policy = null;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(PolicySchedule? other) =>
        other is not null && (ReferenceEquals(this, other) || Versions.SequenceEqual(other.Versions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicySchedule);

    /// <inheritdoc />
    // Stryker disable once Arithmetic : hash mixing only; equal schedules hash equal under any deterministic mix
    public override int GetHashCode() => unchecked((_effectiveFrom.Length * 397) ^ _effectiveFrom[0].GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Newest.Version));

    /// <summary>The versions as "PolicySchedule { '2026' from 2026-01-01, '2027' from 2027-01-01 }".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "PolicySchedule { " + string.Join(", ", Versions.Select(v => $"'{v.Policy.Version}' from {v.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}")) + " }";

    /// <summary>The index of the version in force on <paramref name="date"/>; -1 before the first.</summary>
    internal int IndexInForceOn(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The date must be in the ISO calendar, not {date.Calendar.Id}.", nameof(date));
        }

        // Binary search for the last effective date <= date.
        int low = 0, high = _effectiveFrom.Length - 1, found = -1;
        while (low <= high)
        {
            // Stryker disable once Bitwise : high >= low here, so a logical and an arithmetic shift agree
            var middle = low + ((high - low) >> 1);
            if (_effectiveFrom[middle] <= date)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private static ScheduledPolicy[] Checked(IEnumerable<ScheduledPolicy> versions, string paramName)
    {
        if (versions is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var array = versions.ToArray();
        var indexed = new (int, ScheduledPolicy?)[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            indexed[i] = (i, array[i]);
        }

        var problems = ScheduleProblems.Find(indexed, array.Length, includePolicyProblems: true);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The policy schedule is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): "
                + string.Join("; ", problems.Select(p => p.Text)) + ".",
                paramName);
        }

        return array;
    }
}
