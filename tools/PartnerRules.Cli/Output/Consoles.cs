using System;
using System.Globalization;
using System.IO;
using System.Threading;
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
    /// Runs <paramref name="work"/> with a progress bar (rate and time left) on the terminal's stderr when a person
    /// watches and the run proves long (a total of 1,000 or more, which the work gives once it knows it); otherwise just
    /// runs it.
    /// </summary>
    internal static void WithProgress(CliContext context, bool quiet, string label, Action<ProgressSink> work)
    {
        if (quiet || !context.Interactive)
        {
            work(ProgressSink.None);
            return;
        }

        For(context.Err, interactive: true).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(),
                new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask? task = null;
                double before = 0;
                work(new ProgressSink(
                    total =>
                    {
                        if (total >= 1000)
                        {
                            task = progress.AddTask(label, maxValue: total);
                            task.Increment(before);
                        }
                    },
                    done =>
                    {
                        if (task is null)
                        {
                            // Steps done before the total was known count once the bar appears.
                            before += done;
                        }
                        else
                        {
                            task.Increment(done);
                        }
                    }));
            });
    }

    /// <summary>Records per second: Spectre's own speed column counts bytes.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:N0}/s") : "");
    }
}

/// <summary>What a long run reports: its total once it is known, then each step done. Safe to call from any thread.</summary>
internal sealed class ProgressSink(Action<int> total, Action<int> advance)
{
    private readonly Lock _gate = new();

    /// <summary>Reports nothing.</summary>
    internal static readonly ProgressSink None = new(_ => { }, _ => { });

    internal void Total(int count)
    {
        lock (_gate)
        {
            total(count);
        }
    }

    internal void Advance(int done)
    {
        lock (_gate)
        {
            advance(done);
        }
    }
}
