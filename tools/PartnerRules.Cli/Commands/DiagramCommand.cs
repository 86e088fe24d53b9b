using System.CommandLine;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Commands;

/// <summary><c>partnerrules diagram</c>: a lifecycle's state diagram as Mermaid or Graphviz DOT.</summary>
internal static class DiagramCommand
{
    internal static Command Create(CliContext context)
    {
        var lifecycle = new Argument<string>("lifecycle") { Description = "opportunity, invoice-return, association, settlement or invitation." }
            .AcceptOnlyFromAmong([.. Diagrams.Names]);
        var format = CommonOptions.Format("mermaid", "dot");
        var command = new Command("diagram",
            "A lifecycle's state diagram, drawn from the configured state machine (guards in brackets).")
        {
            lifecycle, format,
        };
        command.SetAction(parsed =>
        {
            var mermaid = Diagrams.Mermaid(parsed.GetValue(lifecycle)!);
            context.Out.Write(parsed.GetValue(format) == "dot" ? Diagrams.ToDot(mermaid, parsed.GetValue(lifecycle)!) : mermaid);
            return CliApp.Success;
        });
        return command;
    }
}
