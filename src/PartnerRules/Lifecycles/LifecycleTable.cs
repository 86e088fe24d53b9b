using System;
using System.Collections.Generic;
using System.Linq;
using Stateless;
using Stateless.Graph;

namespace PartnerRules.Lifecycles;

/// <summary>
/// A lifecycle's transition table as data: the Stateless machines (one per variant, shared by every
/// lifecycle of that variant, and one for the diagram) are configured from it, and <c>Restore</c>
/// checks a history against it.
/// </summary>
/// <typeparam name="TState">The state enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <typeparam name="TContext">The lifecycle whose data the guards read.</typeparam>
/// <remarks>
/// A variant (an opportunity's origin, an invoice's kind) selects the edges that apply to an
/// entity: each variant's machine holds only its edges, so a trigger of another variant is simply
/// not permitted. Immutable and thread-safe once built: each call points the shared machine at one
/// lifecycle through a thread-static field and restores it afterwards.
/// </remarks>
internal sealed class LifecycleTable<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    private readonly Edge[][] _edgesByVariant;
    private readonly Dictionary<(TState From, TTrigger Trigger), Edge>[] _lookupByVariant;
    private readonly HashSet<TTrigger> _reasonRequired;
    private readonly StateMachine<TState, TTrigger>[] _machineByVariant;

    // The lifecycle that the shared machines read and write on this thread, during one call.
    [ThreadStatic]
    private static LifecycleCore<TState, TTrigger, TContext>? s_subject;

    public LifecycleTable(
        IReadOnlyList<TState> initialStateByVariant,
        IReadOnlyList<string> variantDescriptions,
        IReadOnlyList<Edge> edges,
        IEnumerable<TTrigger> reasonRequired)
    {
        InitialStateByVariant = initialStateByVariant;
        VariantDescriptions = variantDescriptions;
        Edges = edges;
        _reasonRequired = [.. reasonRequired];
        Triggers = EnumInfo<TTrigger>.Values;
        States = EnumInfo<TState>.Values;
        var variants = initialStateByVariant.Count;
        _edgesByVariant = new Edge[variants][];
        _lookupByVariant = new Dictionary<(TState, TTrigger), Edge>[variants];
        for (var v = 0; v < variants; v++)
        {
            var mask = 1 << v;
            _edgesByVariant[v] = [.. edges.Where(e => (e.Variants & mask) != 0)];
            _lookupByVariant[v] = _edgesByVariant[v].ToDictionary(e => (e.From, e.Trigger));
        }

        _machineByVariant = new StateMachine<TState, TTrigger>[variants];
        for (var v = 0; v < variants; v++)
        {
            _machineByVariant[v] = BuildShared(v);
        }
    }

    /// <summary>Every variant: pass as <see cref="Edge.Variants"/> for an edge that applies to all.</summary>
    public const int AllVariants = -1;

    public IReadOnlyList<TState> InitialStateByVariant { get; }

    public IReadOnlyList<string> VariantDescriptions { get; }

    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>Every trigger in enum order.</summary>
    public TTrigger[] Triggers { get; }

    /// <summary>Every state in enum order.</summary>
    public TState[] States { get; }

    public bool RequiresReason(TTrigger trigger) => _reasonRequired.Contains(trigger);

    /// <summary>The edge leaving <paramref name="from"/> on <paramref name="trigger"/> for <paramref name="variant"/>, if any.</summary>
    public Edge? Find(int variant, TState from, TTrigger trigger) =>
        _lookupByVariant[variant].TryGetValue((from, trigger), out var edge) ? edge : null;

    /// <summary>True when <paramref name="trigger"/> is permitted for <paramref name="subject"/> now and its guards pass.</summary>
    public bool CanFire(LifecycleCore<TState, TTrigger, TContext> subject, TTrigger trigger)
    {
        var previous = s_subject;
        s_subject = subject;
        try
        {
            return _machineByVariant[subject.Variant].CanFire(trigger);
        }
        finally
        {
            s_subject = previous;
        }
    }

    /// <summary>As <see cref="CanFire(LifecycleCore{TState, TTrigger, TContext}, TTrigger)"/>, with the descriptions of the unmet guards (null or empty when the trigger is not configured).</summary>
    public bool CanFire(LifecycleCore<TState, TTrigger, TContext> subject, TTrigger trigger, out ICollection<string>? unmetGuards)
    {
        var previous = s_subject;
        s_subject = subject;
        try
        {
            return _machineByVariant[subject.Variant].CanFire(trigger, out unmetGuards);
        }
        finally
        {
            s_subject = previous;
        }
    }

    /// <summary>Fills <paramref name="permitted"/> with the triggers permitted for <paramref name="subject"/> now, in enum order.</summary>
    public void AddPermitted(LifecycleCore<TState, TTrigger, TContext> subject, List<TTrigger> permitted)
    {
        var previous = s_subject;
        s_subject = subject;
        try
        {
            var machine = _machineByVariant[subject.Variant];
            foreach (var trigger in Triggers)
            {
                if (machine.CanFire(trigger))
                {
                    permitted.Add(trigger);
                }
            }
        }
        finally
        {
            s_subject = previous;
        }
    }

    /// <summary>Fires <paramref name="trigger"/> on <paramref name="subject"/>'s state (checked with <c>CanFire</c> first).</summary>
    public void Fire(LifecycleCore<TState, TTrigger, TContext> subject, TTrigger trigger)
    {
        var previous = s_subject;
        s_subject = subject;
        try
        {
            _machineByVariant[subject.Variant].Fire(trigger);
        }
        finally
        {
            s_subject = previous;
        }
    }

    private StateMachine<TState, TTrigger> BuildShared(int variant)
    {
        // One machine per variant, shared by every lifecycle of the table: its state and guards read the
        // lifecycle being driven on this thread (s_subject). Every state is configured up front, so in
        // FiringMode.Immediate the machine is only read after this constructor (no lazily added states,
        // no queue): safe to share across threads. Measured: building a machine per lifecycle cost
        // ~5 µs of the 10 µs budget for create + edit + 4 transitions.
        // Stateless reads the state once while it is constructed, before any lifecycle is driven.
        var initial = InitialStateByVariant[variant];
        var machine = new StateMachine<TState, TTrigger>(
            () => s_subject is { } subject ? subject.StateValue : initial,
            state => Current.StateValue = state,
            FiringMode.Immediate);
        foreach (var state in States)
        {
            machine.Configure(state);
        }

        foreach (var edge in _edgesByVariant[variant])
        {
            var state = machine.Configure(edge.From);
            if (edge.Guards.Count == 0)
            {
                state.Permit(edge.Trigger, edge.To);
            }
            else
            {
                var guards = new Tuple<Func<bool>, string>[edge.Guards.Count];
                for (var i = 0; i < guards.Length; i++)
                {
                    var check = edge.Guards[i].Check;
                    guards[i] = Tuple.Create<Func<bool>, string>(() => check(Current.Context), edge.Guards[i].Description);
                }

                state.PermitIf(edge.Trigger, edge.To, guards);
            }
        }

        // The lifecycle checks CanFire first and throws its own exception: this never runs, but if it
        // did, Stateless's InvalidOperationException must not reach callers.
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(state.ToString(), trigger.ToString(), [], []));
        return machine;
    }

    private static LifecycleCore<TState, TTrigger, TContext> Current =>
        s_subject ?? throw new InvalidOperationException("A lifecycle machine was used outside LifecycleTable's CanFire/Fire.");

    /// <summary>
    /// The diagram of every variant at once: an edge that applies to some variants only carries a
    /// guard naming them, and every variant's initial state gets an entry arrow.
    /// </summary>
    public string ToMermaid()
    {
        var initial = InitialStateByVariant[0];
        var machine = new StateMachine<TState, TTrigger>(initial);
        foreach (var edge in Edges)
        {
            var guards = new List<Tuple<Func<bool>, string>>();
            var variantNames = VariantNames(edge.Variants);
            if (variantNames is not null)
            {
                guards.Add(Tuple.Create<Func<bool>, string>(static () => true, variantNames));
            }

            foreach (var guard in edge.Guards)
            {
                guards.Add(Tuple.Create<Func<bool>, string>(static () => true, guard.Description));
            }

            if (guards.Count == 0)
            {
                machine.Configure(edge.From).Permit(edge.Trigger, edge.To);
            }
            else
            {
                machine.Configure(edge.From).PermitIf(edge.Trigger, edge.To, [.. guards]);
            }
        }

        var text = MermaidGraph.Format(machine.GetInfo()).Replace("\r\n", "\n");
        var entry = $"[*] --> {initial}";
        foreach (var other in InitialStateByVariant.Distinct().Where(s => !EqualityComparer<TState>.Default.Equals(s, initial)))
        {
            text = text.Replace(entry, entry + $"\n[*] --> {other}");
        }

        return text.TrimEnd('\n') + "\n";
    }

    private string? VariantNames(int variants)
    {
        var names = new List<string>();
        for (var v = 0; v < VariantDescriptions.Count; v++)
        {
            if ((variants & (1 << v)) != 0)
            {
                names.Add(VariantDescriptions[v]);
            }
        }

        return names.Count == VariantDescriptions.Count ? null : string.Join(" or ", names);
    }

    /// <summary>A guard on an edge: what it checks, and its description on the diagram.</summary>
    /// <param name="Check">True when the guard passes for the lifecycle.</param>
    /// <param name="Description">Shown on the diagram's edge and reported by Stateless as an unmet guard.</param>
    internal sealed record Guard(Func<TContext, bool> Check, string Description);

    /// <summary>One permitted transition.</summary>
    /// <param name="From">The source state.</param>
    /// <param name="Trigger">The trigger.</param>
    /// <param name="To">The destination state.</param>
    /// <param name="Variants">Bit mask of the variants the edge applies to (bit <c>v</c> for variant <c>v</c>); <see cref="AllVariants"/> for all.</param>
    internal sealed record Edge(TState From, TTrigger Trigger, TState To, int Variants = AllVariants)
    {
        public IReadOnlyList<Guard> Guards { get; init; } = [];
    }
}
