using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>
/// The behaviour every lifecycle shares behind <see cref="ILifecycle{TState, TTrigger}"/>: state,
/// version, audit history, permitted triggers, refusals with <see cref="InvalidTransitionException"/>.
/// The public lifecycles hold one and forward to it.
/// </summary>
/// <remarks>
/// The Stateless machine is the table's, shared by every lifecycle of one variant and pointed at this
/// core for the duration of each call (see <see cref="LifecycleTable{TState, TTrigger, TContext}"/>).
/// Every check runs before anything changes, so a refused call changes nothing. Not thread-safe, like
/// the lifecycles (different lifecycles may be used on different threads at once).
/// </remarks>
internal sealed class LifecycleCore<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    private readonly LifecycleTable<TState, TTrigger, TContext> _table;
    private readonly IClock _clock;
    private readonly Func<TTrigger, IReadOnlyList<Finding>>? _failedFindings;
    private readonly Action<TTrigger>? _beforeFire;
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
    /// <param name="failedFindings">For a trigger whose guards failed: the failed findings to report.</param>
    /// <param name="beforeFire">Runs after the permission and reason checks of <see cref="Fire"/>, and may refuse.</param>
    public LifecycleCore(
        LifecycleTable<TState, TTrigger, TContext> table,
        TContext context,
        int variant,
        IClock clock,
        Instant createdAt,
        TState state,
        IReadOnlyList<Transition<TState, TTrigger>> history,
        Instant lastUpdatedAt,
        Func<TTrigger, IReadOnlyList<Finding>>? failedFindings = null,
        Action<TTrigger>? beforeFire = null)
    {
        _table = table;
        Context = context;
        Variant = variant;
        _clock = clock;
        CreatedAt = createdAt;
        _state = state;
        _history = history;
        LastUpdatedAt = lastUpdatedAt;
        _failedFindings = failedFindings;
        _beforeFire = beforeFire;
    }

    public TState State => _state;

    /// <summary>Called after every transition (for logging); null by default.</summary>
    internal Action<Transition<TState, TTrigger>, long>? Transitioned { get; set; }

    /// <summary>The lifecycle the guards read.</summary>
    public TContext Context { get; }

    /// <summary>The variant (origin, kind) whose machine drives this lifecycle.</summary>
    public int Variant { get; }

    /// <summary>The state as the shared Stateless machine reads and writes it (only during a table call).</summary>
    internal TState StateValue
    {
        get => _state;
        set => _state = value;
    }

    public long Version => _history.Count;

    public IReadOnlyList<Transition<TState, TTrigger>> History => _history;

    public Instant CreatedAt { get; }

    /// <summary>The latest of creation, every step and every update recorded with <see cref="Stamp"/>.</summary>
    public Instant LastUpdatedAt { get; private set; }

    /// <summary>When the current state was entered: the last step's instant, or the creation.</summary>
    public Instant EnteredAt => _history.Count == 0 ? CreatedAt : _history[_history.Count - 1].At;

    public IReadOnlyList<TTrigger> PermittedTriggers
    {
        get
        {
            var permitted = new List<TTrigger>(_table.Triggers.Length);
            _table.AddPermitted(this, permitted);
            return permitted.AsReadOnly();
        }
    }

    public bool CanFire(TTrigger trigger) => _table.CanFire(this, trigger);

    public void Fire(TTrigger trigger, string? reason)
    {
        EnsurePermitted(trigger);
        if (_table.RequiresReason(trigger) && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(
                $"'{trigger}' needs a reason: pass a non-empty, non-whitespace reason (it is kept in the history).",
                nameof(reason));
        }

        _beforeFire?.Invoke(trigger);
        var at = Stamp();
        var from = _state;
        _table.Fire(this, trigger);
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
        Transitioned?.Invoke(step, history.Length);
    }

    /// <summary>Throws the refusal for <paramref name="trigger"/> unless it is permitted now and its guards pass.</summary>
    /// <exception cref="InvalidTransitionException">The trigger is refused.</exception>
    public void EnsurePermitted(TTrigger trigger)
    {
        if (_table.CanFire(this, trigger, out var unmetGuards))
        {
            return;
        }

        // Unmet guards mean the edge exists and a guard failed: report the lifecycle's findings.
        IReadOnlyList<Finding> findings = unmetGuards is { Count: > 0 } && _failedFindings is not null
            ? _failedFindings(trigger)
            : [];
        throw Refusal(trigger.ToString(), findings);
    }

    /// <summary>The refusal of <paramref name="operation"/> (a trigger or an operation such as "Edit") in the current state.</summary>
    public InvalidTransitionException Refusal(string operation, IReadOnlyList<Finding> findings, string? message = null)
    {
        var permitted = PermittedNames();
        var state = _state.ToString();
        message ??= findings.Count == 0
            ? LifecycleMessages.Format("TriggerNotPermitted", operation, state)
            : LifecycleMessages.Format("TriggerRefused", operation, state, Describe(findings));
        return new InvalidTransitionException(message + LifecycleMessages.PermittedClause(permitted), state, operation, permitted, findings);
    }

    /// <summary>The clock's instant for a new event, refused when it lies before the latest recorded one.</summary>
    /// <exception cref="PartnerRulesException">The clock went backwards.</exception>
    public Instant Stamp()
    {
        var now = _clock.GetCurrentInstant();
        if (now < LastUpdatedAt)
        {
            throw new PartnerRulesException(string.Format(
                CultureInfo.InvariantCulture,
                "The clock reads {0}, before this lifecycle's latest recorded event at {1}: a history must be in time order. Check the clock passed to the lifecycle.",
                now,
                LastUpdatedAt));
        }

        return now;
    }

    /// <summary>Records an update that is not a transition (an edit).</summary>
    public void MarkUpdated(Instant at) => LastUpdatedAt = at;

    public Instant Now() => _clock.GetCurrentInstant();

    internal static string Describe(IReadOnlyList<Finding> findings)
    {
        var parts = new string[findings.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = findings[i].Code + ": " + findings[i].Message;
        }

        return string.Join("; ", parts);
    }

    private string[] PermittedNames()
    {
        var permitted = PermittedTriggers;
        var names = new string[permitted.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = permitted[i].ToString();
        }

        return names;
    }
}
