using System;
using System.Collections.Generic;
using System.Linq;
using Stateless;
using Stateless.Graph;

namespace PartnerRules.Lifecycles;

/// <summary>The table's diagram, drawn by Stateless from a machine configured with every edge of every variant.</summary>
internal sealed partial class LifecycleTable<TState, TTrigger, TContext>
{
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
}
