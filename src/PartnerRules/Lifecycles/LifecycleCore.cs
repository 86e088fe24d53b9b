using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>
/// The shell every lifecycle shares behind <see cref="ILifecycle{TState, TTrigger}"/>: state, version, audit
/// history, permitted triggers, refusals with <see cref="InvalidTransitionException"/>, clock checks and
/// logging. The public lifecycles hold one and forward to it, so each of them holds only its own rules.
/// </summary>
/// <remarks>
/// The questions asked without data (<see cref="CanFire(TTrigger)"/>, <see cref="PermittedTriggers"/>,
/// refusals) are answered from the immutable table; every transition is made by this lifecycle's own
/// Stateless machine (<see cref="LifecycleMachine{TState, TTrigger, TContext}"/>, built on the first one),
/// which checks every guard again, with the trigger's data. Every check runs before anything changes, so a
/// refused call changes nothing. Not thread-safe, like the lifecycles; nothing is shared between lifecycles
/// but the table.
/// </remarks>
internal sealed class LifecycleCore<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    private readonly LifecycleTable<TState, TTrigger, TContext> _table;
    private readonly TContext _context;
    private readonly IClock _clock;
    private readonly Func<TTrigger, IReadOnlyList<Finding>>? _failedFindings;
    private readonly LifecycleLog? _log;
    private LifecycleMachine<TState, TTrigger, TContext>? _machine;
    private TState _state;
    private IReadOnlyList<Transition<TState, TTrigger>> _history;

    /// <param name="table">The transition table.</param>
    /// <param name="context">The lifecycle that the guards read.</param>
    /// <param name="variant">The variant (origin, kind) selecting the edges.</param>
    /// <param name="clock">The clock stamping every step.</param>
    /// <param name="createdAt">When the lifecycle began.</param>
    /// <param name="state">The current state (the initial state, or a restored one).</param>
    /// <param name="history">The history leading to <paramref name="state"/>, already validated.</param>
    /// <param name="lastUpdatedAt">The latest recorded event (creation, step or edit).</param>
    /// <param name="policyVersion">The name of the policy version the lifecycle runs under.</param>
    /// <param name="revision">The number of writes so far (0 when created), already checked against the history.</param>
    /// <param name="log">Where transitions are logged; null for none.</param>
    /// <param name="failedFindings">For a trigger whose guards failed: the failed findings to report.</param>
    public LifecycleCore(
        LifecycleTable<TState, TTrigger, TContext> table,
        TContext context,
        int variant,
        IClock clock,
        Instant createdAt,
        TState state,
        IReadOnlyList<Transition<TState, TTrigger>> history,
        Instant lastUpdatedAt,
        string policyVersion,
        long revision,
        LifecycleLog? log = null,
        Func<TTrigger, IReadOnlyList<Finding>>? failedFindings = null)
    {
        _table = table;
        _context = context;
        Variant = variant;
        _clock = clock;
        CreatedAt = createdAt;
        _state = state;
        _history = history;
        LastUpdatedAt = lastUpdatedAt;
        PolicyVersion = policyVersion;
        Revision = revision;
        _log = log;
        _failedFindings = failedFindings;
    }

    public TState State => _state;

    /// <summary>The variant (origin, kind) whose edges drive this lifecycle.</summary>
    public int Variant { get; }

    public long Version => _history.Count;

    /// <summary>The number of writes so far: +1 per transition and per update recorded with <see cref="MarkUpdated"/>.</summary>
    public long Revision { get; private set; }

    /// <summary>The name of the policy version the lifecycle runs under, for its whole life.</summary>
    public string PolicyVersion { get; }

    public IReadOnlyList<Transition<TState, TTrigger>> History => _history;

    public Instant CreatedAt { get; }

    /// <summary>The latest of creation, every step and every update recorded with <see cref="Stamp"/>.</summary>
    public Instant LastUpdatedAt { get; private set; }

    /// <summary>When the current state was entered: the last step's instant, or the creation.</summary>
    public Instant EnteredAt => _history.Count == 0 ? CreatedAt : _history[_history.Count - 1].At;

    /// <summary>The triggers permitted now whose guards pass (guards on data count as open), in enum order.</summary>
    public IReadOnlyList<TTrigger> PermittedTriggers
    {
        get
        {
            var permitted = new List<TTrigger>(_table.Triggers.Length);
            foreach (var trigger in _table.Triggers)
            {
                if (CanFire(trigger))
                {
                    permitted.Add(trigger);
                }
            }

            return permitted.AsReadOnly();
        }
    }

    /// <summary>This lifecycle's machine, built on first use.</summary>
    // Stryker disable once Assignment : a machine built on every use decides alike (it keeps no state of its own), only slower
    internal LifecycleMachine<TState, TTrigger, TContext> Machine => _machine ??= new(_table, Variant, _context, () => _state, state => _state = state);

    public bool CanFire(TTrigger trigger) => CanFire(trigger, out _);

    /// <summary>As <see cref="CanFire(TTrigger)"/>, with the descriptions of the unmet guards (null when none failed or the trigger has no edge here).</summary>
    internal bool CanFire(TTrigger trigger, out List<string>? unmetGuards) =>
        _table.CanFire(Variant, _state, trigger, _context, out unmetGuards);

    /// <summary>Fires a trigger that carries no data; a trigger that does is refused, naming its method.</summary>
    public void Fire(TTrigger trigger, string? reason)
    {
        EnsurePermitted(trigger);
        if (_table.RequiresReason(trigger) && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(LifecycleErrors.ReasonRequired(trigger.ToString()), nameof(reason));
        }

        if (_table.PayloadOf(trigger) is { } payload)
        {
            throw Refusal(trigger.ToString(), [], LifecycleMessages.Get(payload.UseMethodKey));
        }

        var at = Stamp();
        var from = _state;
        Machine.Fire(trigger);
        Record(from, trigger, at, reason);
    }

    /// <summary>Fires <paramref name="payload"/>'s trigger with its data, which the machine's guards judge (after EnsurePermitted, only a data guard can refuse).</summary>
    public void Fire<TArg>(LifecycleTable<TState, TTrigger, TContext>.Payload<TArg> payload, TArg argument)
    {
        EnsurePermitted(payload.Trigger);
        var machine = Machine;
        if (!machine.CanFire(payload, argument))
        {
            throw Refusal(payload.Trigger.ToString(), FailedFindings(payload.Trigger));
        }

        var at = Stamp();
        var from = _state;
        machine.Fire(payload, argument);
        Record(from, payload.Trigger, at, null);
    }

    /// <summary>Throws the refusal for <paramref name="trigger"/> unless it is permitted now and its guards pass.</summary>
    /// <exception cref="InvalidTransitionException">The trigger is refused.</exception>
    public void EnsurePermitted(TTrigger trigger)
    {
        if (CanFire(trigger, out var unmetGuards))
        {
            return;
        }

        // Unmet guards mean the edge exists and a guard failed: report the lifecycle's findings.
        throw Refusal(trigger.ToString(), unmetGuards is not null ? FailedFindings(trigger) : []);
    }

    /// <summary>The refusal of <paramref name="operation"/> (a trigger or an operation such as "Edit") in the current state.</summary>
    public InvalidTransitionException Refusal(string operation, IReadOnlyList<Finding> findings, string? message = null)
    {
        var permitted = PermittedTriggers;
        var names = new string[permitted.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = permitted[i].ToString();
        }

        var state = _state.ToString();
        message ??= findings.Count == 0
            ? LifecycleMessages.Format(LifecycleMessages.TriggerNotPermitted, operation, state)
            : LifecycleMessages.Format(LifecycleMessages.TriggerRefused, operation, state, Describe(findings));
        return new InvalidTransitionException(message + LifecycleMessages.PermittedClause(names), state, operation, names, findings);
    }

    /// <summary>The clock's instant for a new event, refused when it lies before the latest recorded one.</summary>
    /// <exception cref="PartnerRulesException">The clock went backwards.</exception>
    public Instant Stamp()
    {
        var now = _clock.GetCurrentInstant();
        if (now < LastUpdatedAt)
        {
            throw new PartnerRulesException(LifecycleErrors.ClockWentBackwards(now, LastUpdatedAt));
        }

        return now;
    }

    /// <summary>Records an update that is not a transition (an edit): a write, so the revision moves.</summary>
    public void MarkUpdated(Instant at)
    {
        LastUpdatedAt = at;
        Revision++;
    }

    public Instant Now() => _clock.GetCurrentInstant();

    /// <summary>
    /// The findings as one clause: "CODE: message; CODE: message". Each message's own final full stop
    /// (<c>.</c> or <c>。</c>) is dropped, since the clause is joined with "; " and the sentence around it ends
    /// with its own (no ".;" or "..").
    /// </summary>
    internal static string Describe(IReadOnlyList<Finding> findings)
    {
        var parts = new string[findings.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = findings[i].Code + ": " + findings[i].Message.TrimEnd('.', '\u3002');
        }

        return string.Join("; ", parts);
    }

    private IReadOnlyList<Finding> FailedFindings(TTrigger trigger) => _failedFindings?.Invoke(trigger) ?? [];

    private void Record(TState from, TTrigger trigger, Instant at, string? reason)
    {
        var step = new Transition<TState, TTrigger>(from, _state, trigger, at)
        {
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason,
        };
        var history = new Transition<TState, TTrigger>[_history.Count + 1];
        for (var i = 0; i < _history.Count; i++)
        {
            history[i] = _history[i];
        }

        history[_history.Count] = step;
        _history = new ReadOnlyCollection<Transition<TState, TTrigger>>(history);
        LastUpdatedAt = at;
        Revision++;
        _log?.Transitioned(step.From.ToString(), step.To.ToString(), step.Trigger.ToString(), history.Length);
    }
}
