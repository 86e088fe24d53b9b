using System;
using System.Collections.Generic;
using System.Text;

namespace PartnerRules.Cli.Output;

/// <summary>
/// The lifecycles' diagrams from their public <c>ToMermaid()</c>, and the same graph in Graphviz DOT: the
/// library publishes Mermaid only, and its lines are regular ("A --> B : label", "[*] --> A").
/// </summary>
internal static class Diagrams
{
    internal static readonly IReadOnlyList<string> Names = ["opportunity", "invoice-return", "association", "settlement", "invitation"];

    internal static string Mermaid(string name) => name switch
    {
        "opportunity" => OpportunityLifecycle.ToMermaid(),
        "invoice-return" => InvoiceReturnLifecycle.ToMermaid(),
        "association" => CustomerAssociationLifecycle.ToMermaid(),
        "settlement" => IncentiveSettlementLifecycle.ToMermaid(),
        "invitation" => SpecialistInvitationLifecycle.ToMermaid(),
        _ => throw new UsageException($"no lifecycle '{name}'; choose one of {string.Join(", ", Names)}."),
    };

    internal static string ToDot(string mermaid, string name)
    {
        var dot = new StringBuilder();
        dot.Append("digraph \"").Append(name).Append("\" {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        dot.Append("  __start [shape=point, label=\"\"];\n  __end [shape=doublecircle, label=\"\", width=0.2];\n");
        foreach (var raw in mermaid.Split('\n'))
        {
            var line = raw.Trim();
            var arrow = line.IndexOf("-->", StringComparison.Ordinal);
            if (arrow < 0)
            {
                continue;
            }

            var from = line[..arrow].Trim();
            var rest = line[(arrow + 3)..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            var to = (colon < 0 ? rest : rest[..colon]).Trim();
            var label = colon < 0 ? "" : rest[(colon + 1)..].Trim();
            dot.Append("  ").Append(Node(from, "__start")).Append(" -> ").Append(Node(to, "__end"));
            if (label.Length > 0)
            {
                dot.Append(" [label=\"").Append(label.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
            }

            dot.Append(";\n");
        }

        return dot.Append("}\n").ToString();
    }

    // Mermaid's [*] is the start on the left of an arrow and a final state on its right.
    private static string Node(string state, string pseudo) => state == "[*]" ? pseudo : "\"" + state + "\"";
}
