using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerRules.Lifecycles;

/// <summary>
/// A lifecycle's transition table as data: edges with their guards and variants, the triggers that need a
/// reason and those that carry data. Each lifecycle's Stateless machine is configured from it
/// (<see cref="LifecycleMachine{TState, TTrigger, TContext}"/>), <c>Restore</c> checks a history against it,
/// and the diagram is drawn from it (<see cref="ToMermaid"/>).
/// </summary>
/// <typeparam name="TState">The state enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <typeparam name="TContext">The lifecycle whose data the guards read.</typeparam>
/// <remarks>
/// A variant (an opportunity's origin, an invoice's kind) selects the edges that apply to an entity: a
/// trigger of another variant is simply not permitted. Immutable once built, so one table serves every
/// lifecycle on every thread; the machines, which hold a lifecycle's state, are per lifecycle.
/// </remarks>
internal sealed partial class LifecycleTable<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    private readonly Dictionary<(TState From, TTrigger Trigger), Edge>[] _lookupByVariant;
    private readonly HashSet<TTrigger> _reasonRequired;
    private readonly Dictionary<TTrigger, Payload> _payloads;
    private readonly Dictionary<TState, Leaving[]>[] _leavingByVariant;

    public LifecycleTable(
        IReadOnlyList<TState> initialStateByVariant,
        IReadOnlyList<string> variantDescriptions,
        IReadOnlyList<Edge> edges,
        IEnumerable<TTrigger> reasonRequired,
        IEnumerable<Payload>? payloads = null)
    {
        InitialStateByVariant = initialStateByVariant;
        VariantDescriptions = variantDescriptions;
        Edges = edges;
        _reasonRequired = [.. reasonRequired];
        _payloads = (payloads ?? []).ToDictionary(p => p.Trigger);
        Triggers = EnumInfo<TTrigger>.Values;
        States = EnumInfo<TState>.Values;
        var variants = initialStateByVariant.Count;
        _lookupByVariant = new Dictionary<(TState, TTrigger), Edge>[variants];
        _leavingByVariant = new Dictionary<TState, Leaving[]>[variants];
        for (var v = 0; v < variants; v++)
        {
            var mask = 1 << v;
            Edge[] own = [.. edges.Where(e => (e.Variants & mask) != 0)];
            _lookupByVariant[v] = own.ToDictionary(e => (e.From, e.Trigger));
            _leavingByVariant[v] = own
                .GroupBy(e => e.From)
                .ToDictionary(g => g.Key, g => g.Select(e => new Leaving(e, string.Join(" and ", e.Guards.Select(x => x.Description)))).ToArray());
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

    /// <summary>The data <paramref name="trigger"/> carries, or null for a trigger fired with <c>Fire</c> alone.</summary>
    public Payload? PayloadOf(TTrigger trigger) => _payloads.TryGetValue(trigger, out var payload) ? payload : null;

    /// <summary>The edges of <paramref name="variant"/> leaving <paramref name="from"/>, each with its guards' descriptions joined, in table order.</summary>
    public Leaving[] EdgesLeaving(int variant, TState from) =>
        _leavingByVariant[variant].TryGetValue(from, out var leaving) ? leaving : [];

    /// <summary>True when every guard of <paramref name="edge"/> that needs no data passes for <paramref name="context"/>.</summary>
    public static bool GuardsPass(Edge edge, TContext context)
    {
        foreach (var guard in edge.Guards)
        {
            if (!guard.Check(context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The edge leaving <paramref name="from"/> on <paramref name="trigger"/> for <paramref name="variant"/>, if any.</summary>
    public Edge? Find(int variant, TState from, TTrigger trigger) =>
        _lookupByVariant[variant].TryGetValue((from, trigger), out var edge) ? edge : null;

    /// <summary>
    /// True when <paramref name="variant"/> has an edge leaving <paramref name="from"/> on <paramref name="trigger"/>
    /// and every guard that needs no data passes for <paramref name="context"/> (a guard on the trigger's data
    /// counts as open: its data is judged when the trigger is fired with it).
    /// </summary>
    /// <param name="variant">The variant.</param>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="context">The lifecycle the guards read.</param>
    /// <param name="unmetGuards">The descriptions of the guards that failed; null when none failed or there is no edge.</param>
    public bool CanFire(int variant, TState from, TTrigger trigger, TContext context, out List<string>? unmetGuards)
    {
        unmetGuards = null;
        if (!_lookupByVariant[variant].TryGetValue((from, trigger), out var edge))
        {
            return false;
        }

        foreach (var guard in edge.Guards)
        {
            if (!guard.Check(context))
            {
                (unmetGuards ??= []).Add(guard.Description);
            }
        }

        return unmetGuards is null;
    }

    /// <summary>A guard on an edge: what it checks, and its description on the diagram.</summary>
    /// <param name="Check">True when the guard passes for the lifecycle.</param>
    /// <param name="Description">Shown on the diagram's edge and reported as an unmet guard.</param>
    internal record Guard(Func<TContext, bool> Check, string Description);

    /// <summary>A guard on the data of a trigger that carries some (<see cref="Payload{TArg}"/>); open until the data is given.</summary>
    /// <typeparam name="TArg">The data's type.</typeparam>
    /// <param name="Passes">True when the guard passes for the lifecycle and the data.</param>
    /// <param name="Description">Shown on the diagram's edge and reported as an unmet guard.</param>
    internal sealed record ArgumentGuard<TArg>(Func<TContext, TArg, bool> Passes, string Description)
        : Guard(static _ => true, Description);

    /// <summary>An edge as a lifecycle's machine configures it: its guards as one, described by all their descriptions.</summary>
    /// <param name="Edge">The edge.</param>
    /// <param name="Guards">The guards' descriptions joined with " and " (empty without guards).</param>
    internal sealed record Leaving(Edge Edge, string Guards);

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
