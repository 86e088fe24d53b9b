using System;
using System.Globalization;
using System.IO;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PartnerRules.Cli.Output;

/// <summary>Spectre.Console over the streams the command was given: plain text when nobody watches.</summary>
internal static class Consoles
{
    internal static IAnsiConsole For(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!interactive)
        {
            // A redirected stream has no width; 80 columns would wrap every row of a table.
            console.Profile.Width = 160;
        }

        return console;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a progress bar (rate and time left) on the terminal's stderr when a
    /// person watches and the run is long; otherwise just runs it.
    /// </summary>
    internal static void WithProgress(CliContext context, bool quiet, int total, string label, Action<Action<int>> work)
    {
        if (quiet || !context.Interactive || total < 1000)
        {
            work(_ => { });
            return;
        }

        For(context.Err, interactive: true).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(),
                new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(label, maxValue: total);
                work(done => task.Increment(done));
            });
    }

    /// <summary>Records per second: Spectre's own speed column counts bytes.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:N0}/s") : "");
    }
}
