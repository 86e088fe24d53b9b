using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>The policy a lifecycle runs on: the caller's, validated, or the default.</summary>
internal static class LifecyclePolicy
{
    /// <summary>Returns <paramref name="policy"/> (or <see cref="ProgramPolicy.Default"/>) once it is known to be valid.</summary>
    /// <exception cref="ArgumentException">The policy is invalid (parameter <c>policy</c>, every problem listed).</exception>
    public static ProgramPolicy Resolve(ProgramPolicy? policy)
    {
        // The default policy is immutable and validated by its own tests: skip the work on the hot path.
        if (policy is null || ReferenceEquals(policy, ProgramPolicy.Default))
        {
            return ProgramPolicy.Default;
        }

        policy.Validate();
        return policy;
    }

    /// <summary>
    /// The version a stored lifecycle runs under in <paramref name="schedule"/>: the one its snapshot names; or, for a
    /// snapshot written before versions existed (no name) or under the single default policy ("default", which this
    /// schedule lacks), the version in force on its creation date (<paramref name="nameDropped"/> is then true for
    /// "default": restore the snapshot without its name, which the chosen version replaces).
    /// </summary>
    /// <exception cref="SnapshotRejectedException">The snapshot names a version the schedule does not hold.</exception>
    /// <exception cref="PolicyNotInForceException">A snapshot without a usable name was created before the schedule's first version.</exception>
    public static ProgramPolicy ForSnapshot(PolicySchedule schedule, string? version, Instant createdAt, string snapshotType, string lifecycleName, out bool nameDropped)
    {
        // Stryker disable once Boolean : dropping a found version's name changes nothing: the lifecycle takes that same version's name from its policy
        nameDropped = false;
        if (version is not null && schedule.TryFind(version, out var named))
        {
            return named;
        }

        if (version is null || string.Equals(version, ProgramPolicy.DefaultVersion, StringComparison.Ordinal))
        {
            nameDropped = version is not null;
            return schedule.InForceOn(createdAt.InZone(schedule.Newest.TimeZone).Date);
        }

        var names = new List<string>(schedule.Versions.Count);
        foreach (var scheduled in schedule.Versions)
        {
            names.Add("'" + scheduled.Policy.Version + "'");
        }

        throw new SnapshotRejectedException(snapshotType, lifecycleName,
        [
            string.Format(CultureInfo.InvariantCulture, "PolicyVersion '{0}' is not a version of the schedule ({1})", version, string.Join(", ", names)),
        ]);
    }
}
