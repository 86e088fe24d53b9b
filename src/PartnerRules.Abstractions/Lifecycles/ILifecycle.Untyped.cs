namespace PartnerRules;

/// <summary>
/// What every lifecycle has in common, whatever its state and trigger types: its identity, counters, policy version,
/// running deadline and snapshot. A store or a sweeper works through it; the five lifecycles of <c>PartnerRules</c>
/// implement it beside <see cref="ILifecycle{TState, TTrigger}"/>.
/// </summary>
/// <remarks>Not thread-safe, like the lifecycles. Implemented by the library's lifecycles only; new members may be added.</remarks>
public interface ILifecycle
{
    /// <summary>The lifecycle instance: new for every lifecycle a factory makes, kept through snapshots.</summary>
    LifecycleKey Key { get; }

    /// <summary>Which lifecycle this is.</summary>
    LifecycleKind Kind { get; }

    /// <summary>The current state's name, as the state enum declares it.</summary>
    string StateName { get; }

    /// <summary>The number of transitions so far.</summary>
    long Version { get; }

    /// <summary>The number of writes so far (the ETag): 0 when created, +1 on every transition and edit.</summary>
    long Revision { get; }

    /// <summary>The name of the policy version the lifecycle runs under.</summary>
    string PolicyVersion { get; }

    /// <summary>The obligation running in the current state, if any.</summary>
    Deadline? Deadline { get; }

    /// <summary>Everything needed to restore the lifecycle (the typed <c>ToSnapshot()</c> of each lifecycle, as its common interface).</summary>
    ILifecycleSnapshot ToSnapshot();
}
