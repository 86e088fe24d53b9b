using System;
using System.Collections.Generic;

namespace PartnerRules;

/// <summary>
/// One entity's lifecycle: its state, the triggers it permits now, its audit history and the
/// deadline running in its current state.
/// </summary>
/// <typeparam name="TState">The state enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// Not thread-safe: use one instance from one thread at a time (load, act, save). <see cref="Revision"/>
/// lets a store detect a stale write (optimistic concurrency): use it as the ETag.
/// </remarks>
public interface ILifecycle<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>The current state.</summary>
    TState State { get; }

    /// <summary>The number of transitions so far: +1 per transition.</summary>
    long Version { get; }

    /// <summary>
    /// The number of writes so far: 0 when created, +1 on every transition and every other change (such as an edit);
    /// a refused call changes nothing. Never below <see cref="Version"/>. Store it with the snapshot and use it as the
    /// ETag: a save that expects an older revision is a lost update.
    /// </summary>
    long Revision { get; }

    /// <summary>
    /// The name of the policy version the lifecycle runs under: the version in force on the day it was created, for its
    /// whole life (its deadlines keep that version's numbers); <c>"default"</c> for <c>ProgramPolicy.Default</c>.
    /// </summary>
    string PolicyVersion { get; }

    /// <summary>The triggers whose guards pass now, in enum order.</summary>
    IReadOnlyList<TTrigger> PermittedTriggers { get; }

    /// <summary>Every transition so far, oldest first.</summary>
    IReadOnlyList<Transition<TState, TTrigger>> History { get; }

    /// <summary>The obligation running in the current state, if any.</summary>
    Deadline? Deadline { get; }

    /// <summary>True when <paramref name="trigger"/> is permitted now and its guards pass.</summary>
    /// <param name="trigger">The trigger.</param>
    bool CanFire(TTrigger trigger);

    /// <summary>Fires <paramref name="trigger"/>; a refused call changes nothing.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="reason">The reason; required by rejections, declines and losses.</param>
    /// <exception cref="InvalidTransitionException">The trigger is not permitted now, or a guard failed.</exception>
    /// <exception cref="ArgumentException">A permitted trigger that needs a reason got none.</exception>
    void Fire(TTrigger trigger, string? reason = null);
}
