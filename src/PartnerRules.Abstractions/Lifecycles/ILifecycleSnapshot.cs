using NodaTime;

namespace PartnerRules;

/// <summary>
/// What every lifecycle snapshot has in common, whatever its kind: enough for a store to file it (key, kind, revision,
/// state, last change) without knowing its type. The five snapshot records of <c>PartnerRules</c> implement it.
/// </summary>
/// <remarks>Implemented by the library's snapshot records only; new members may be added.</remarks>
public interface ILifecycleSnapshot
{
    /// <summary>The lifecycle instance the snapshot belongs to.</summary>
    LifecycleKey Key { get; }

    /// <summary>Which lifecycle type restores it.</summary>
    LifecycleKind Kind { get; }

    /// <summary>The number of writes, for optimistic concurrency (the ETag).</summary>
    long Revision { get; }

    /// <summary>The number of transitions.</summary>
    long Version { get; }

    /// <summary>The current state's name, as the state enum declares it.</summary>
    string StateName { get; }

    /// <summary>When the lifecycle began.</summary>
    Instant CreatedAt { get; }

    /// <summary>The latest of creation, edits and transitions.</summary>
    Instant LastChangedAt { get; }

    /// <summary>The name of the policy version the lifecycle runs under; null when written before versions existed.</summary>
    string? PolicyVersion { get; }
}
