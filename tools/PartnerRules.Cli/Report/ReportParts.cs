using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace PartnerRules.Cli.Report;

/// <summary>
/// What every report holds whatever was decided: the page template, the mermaid build and the lifecycle diagrams. A
/// command that will write a report prepares them (<see cref="Prepare"/>) while it reads and decides, on a core the
/// start of a run leaves idle, together with the first chart ScottPlot draws in a process (its fonts and code paths): in
/// a fresh process these cost about as much as the rest of the report.
/// </summary>
internal sealed record ReportParts(string Template, string Mermaid, string Diagrams)
{
    private static readonly Lazy<ReportParts> Built = new(Build);

    /// <summary>Starts preparing the parts (once per process) without waiting for them.</summary>
    internal static Task<ReportParts> Prepare() => Task.Run(() => Built.Value);

    private static ReportParts Build()
    {
        var diagrams = new StringBuilder();
        foreach (var name in Output.Diagrams.Names)
        {
            diagrams.Append("<figure><figcaption>").Append(ReportWriter.Html(name)).Append("</figcaption><pre class=\"mermaid\">")
                .Append(ReportWriter.Html(Output.Diagrams.Mermaid(name))).Append("</pre></figure>");
        }

        // Draws (and drops) one chart now, so the report's charts do not pay ScottPlot's first use.
        _ = Charts.Bars([("\u2714", 1), ("\u2718", 2)], ["#2f9e44"]);
        return new ReportParts(Resource("report.html"), ScriptSafe(Resource("mermaid.min.js")), diagrams.ToString());
    }

    /// <summary>
    /// Writes the template to <paramref name="output"/> with each <c>{{NAME}}</c> replaced by its text, or by
    /// <paramref name="data"/>'s UTF-8 bytes for <c>{{DATA}}</c>: one pass, nothing replaced twice, and the
    /// megabytes of data and script never copied into one string.
    /// </summary>
    internal void WriteTo(Stream output, IReadOnlyDictionary<string, string> texts, ReadOnlyMemory<byte> data)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        var rest = Template.AsSpan();
        for (var open = rest.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = rest.IndexOf("{{", StringComparison.Ordinal))
        {
            var close = rest[open..].IndexOf("}}", StringComparison.Ordinal) + open;
            var name = rest[(open + 2)..close].ToString();
            writer.Write(rest[..open]);
            switch (name)
            {
                case "DATA":
                    writer.Flush();
                    output.Write(data.Span);
                    break;
                case "MERMAID":
                    writer.Write(Mermaid);
                    break;
                case "DIAGRAMS":
                    writer.Write(Diagrams);
                    break;
                default:
                    writer.Write(texts.TryGetValue(name, out var text) ? text
                        : throw new InvalidOperationException($"The report template holds {{{{{name}}}}}, which the tool does not fill."));
                    break;
            }

            rest = rest[(close + 2)..];
        }

        writer.Write(rest);
    }

    private static string ScriptSafe(string script) =>
        script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase).Replace("<!--", "<\\!--", StringComparison.Ordinal);

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tool was built without its resource '{name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
