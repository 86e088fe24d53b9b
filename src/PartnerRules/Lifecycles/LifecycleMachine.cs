using System;
using System.Collections.Generic;
using Stateless;

namespace PartnerRules.Lifecycles;

/// <summary>
/// One lifecycle's Stateless machine, configured from its table's edges for its variant, reading and writing
/// the lifecycle's state (external state storage) and passing each trigger's data as a trigger parameter.
/// </summary>
/// <remarks>
/// Owned by one lifecycle and, like it, used from one thread at a time: nothing is shared between lifecycles
/// but the immutable table. Built on the first transition, so a restored lifecycle that is only read costs no machine.
/// </remarks>
internal sealed class LifecycleMachine<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    private readonly StateMachine<TState, TTrigger> _machine;
    private readonly Dictionary<TTrigger, object>? _parameters;

    /// <param name="table">The table whose edges are configured.</param>
    /// <param name="variant">The variant (origin, kind) selecting the edges.</param>
    /// <param name="context">The lifecycle the guards read.</param>
    /// <param name="read">Reads the lifecycle's state.</param>
    /// <param name="write">Writes the lifecycle's state.</param>
    public LifecycleMachine(LifecycleTable<TState, TTrigger, TContext> table, int variant, TContext context, Func<TState> read, Action<TState> write)
    {
        _machine = new StateMachine<TState, TTrigger>(read, write, FiringMode.Immediate);
        foreach (var edge in table.EdgesByVariant[variant])
        {
            var state = _machine.Configure(edge.From);
            if (table.PayloadOf(edge.Trigger) is { } payload)
            {
                _parameters ??= [];
                if (!_parameters.TryGetValue(edge.Trigger, out var parameters))
                {
                    parameters = payload.Register(_machine);
                    _parameters.Add(edge.Trigger, parameters);
                }

                payload.Permit(state, parameters, edge, context);
            }
            else if (edge.Guards.Count == 0)
            {
                state.Permit(edge.Trigger, edge.To);
            }
            else
            {
                var guards = new Tuple<Func<bool>, string>[edge.Guards.Count];
                for (var i = 0; i < guards.Length; i++)
                {
                    var guard = edge.Guards[i];
                    guards[i] = Tuple.Create<Func<bool>, string>(() => guard.Check(context), guard.Description);
                }

                state.PermitIf(edge.Trigger, edge.To, guards);
            }
        }

        // The lifecycle checks the table first and throws its own exception: this never runs, but if it
        // did, Stateless's InvalidOperationException must not reach callers.
        _machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(state.ToString(), trigger.ToString(), [], []));
    }

    /// <summary>Fires a trigger that carries no data.</summary>
    public void Fire(TTrigger trigger) => _machine.Fire(trigger);

    /// <summary>True when <paramref name="payload"/>'s trigger may fire with <paramref name="argument"/>; else the unmet guards.</summary>
    public bool CanFire<TArg>(LifecycleTable<TState, TTrigger, TContext>.Payload<TArg> payload, TArg argument, out ICollection<string> unmetGuards) =>
        _machine.CanFire(Parameters(payload), argument, out unmetGuards);

    /// <summary>Fires <paramref name="payload"/>'s trigger with <paramref name="argument"/>.</summary>
    public void Fire<TArg>(LifecycleTable<TState, TTrigger, TContext>.Payload<TArg> payload, TArg argument) =>
        _machine.Fire(Parameters(payload), argument);

    private StateMachine<TState, TTrigger>.TriggerWithParameters<TArg> Parameters<TArg>(LifecycleTable<TState, TTrigger, TContext>.Payload<TArg> payload) =>
        (StateMachine<TState, TTrigger>.TriggerWithParameters<TArg>)_parameters![payload.Trigger];
}
