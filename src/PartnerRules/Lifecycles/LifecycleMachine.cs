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
/// but the immutable table. Built on the first transition, so a restored lifecycle that is only read costs no
/// machine, and each state is configured when it is first left: a lifecycle pays only for the states it passes
/// through (measured: configuring every edge up front doubled the cost of create + edit + 4 transitions). Each
/// edge's guards are one Stateless guard described by all their descriptions; the table names an unmet one.
/// </remarks>
internal sealed class LifecycleMachine<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    private readonly LifecycleTable<TState, TTrigger, TContext> _table;
    private readonly int _variant;
    private readonly TContext _context;
    private readonly Func<TState> _read;
    private readonly StateMachine<TState, TTrigger> _machine;
    private readonly List<TState> _configured = new(4);
    private Dictionary<TTrigger, object>? _parameters;

    /// <param name="table">The table whose edges are configured.</param>
    /// <param name="variant">The variant (origin, kind) selecting the edges.</param>
    /// <param name="context">The lifecycle the guards read.</param>
    /// <param name="read">Reads the lifecycle's state.</param>
    /// <param name="write">Writes the lifecycle's state.</param>
    public LifecycleMachine(LifecycleTable<TState, TTrigger, TContext> table, int variant, TContext context, Func<TState> read, Action<TState> write)
    {
        _table = table;
        _variant = variant;
        _context = context;
        _read = read;
        _machine = new StateMachine<TState, TTrigger>(read, write, FiringMode.Immediate);

        // The lifecycle checks the table first and throws its own exception. This runs only when a time guard closes
        // between that check and the fire (the clock read again has moved on): Stateless's InvalidOperationException
        // must not reach callers.
        _machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(state.ToString(), trigger.ToString(), [], []));
    }

    /// <summary>Fires a trigger that carries no data.</summary>
    public void Fire(TTrigger trigger)
    {
        ConfigureCurrentState();
        _machine.Fire(trigger);
    }

    /// <summary>True when <paramref name="payload"/>'s trigger may fire with <paramref name="argument"/>.</summary>
    public bool CanFire<TArg>(LifecycleTable<TState, TTrigger, TContext>.Payload<TArg> payload, TArg argument)
    {
        ConfigureCurrentState();
        return _machine.CanFire(Parameters(payload), argument);
    }

    /// <summary>Fires <paramref name="payload"/>'s trigger with <paramref name="argument"/>.</summary>
    public void Fire<TArg>(LifecycleTable<TState, TTrigger, TContext>.Payload<TArg> payload, TArg argument)
    {
        // Stryker disable once Statement : every caller has just called CanFire on the same state, which configured it
        ConfigureCurrentState();
        _machine.Fire(Parameters(payload), argument);
    }

    private void ConfigureCurrentState()
    {
        var current = _read();
        if (_configured.Contains(current))
        {
            return;
        }

        _configured.Add(current);
        var state = _machine.Configure(current);
        foreach (var leaving in _table.EdgesLeaving(_variant, current))
        {
            var edge = leaving.Edge;
            if (_table.PayloadOf(edge.Trigger) is { } payload)
            {
                payload.Permit(state, Parameters(payload), leaving, _context);
            }
            else if (edge.Guards.Count == 0)
            {
                state.Permit(edge.Trigger, edge.To);
            }
            else
            {
                var context = _context;
                state.PermitIf(edge.Trigger, edge.To, () => LifecycleTable<TState, TTrigger, TContext>.GuardsPass(edge, context), leaving.Guards);
            }
        }
    }

    // SetTriggerParameters may be called once per trigger and machine: the handle it returns is kept.
    private object Parameters(LifecycleTable<TState, TTrigger, TContext>.Payload payload)
    {
        _parameters ??= [];
        if (!_parameters.TryGetValue(payload.Trigger, out var parameters))
        {
            parameters = payload.Register(_machine);
            _parameters.Add(payload.Trigger, parameters);
        }

        return parameters;
    }

    private StateMachine<TState, TTrigger>.TriggerWithParameters<TArg> Parameters<TArg>(LifecycleTable<TState, TTrigger, TContext>.Payload<TArg> payload) =>
        (StateMachine<TState, TTrigger>.TriggerWithParameters<TArg>)Parameters((LifecycleTable<TState, TTrigger, TContext>.Payload)payload);
}
