using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace PartnerRules.Cli.Report;

/// <summary>
/// The report's charts, drawn by ScottPlot as SVG. Only language-neutral text goes into the SVG (numbers,
/// criterion codes, dates, ✔/✘): ScottPlot draws the glyphs of fonts on the machine that writes the report,
/// which may have no Chinese font, so titles and legends are HTML around the chart, in the report's language.
/// </summary>
internal static class Charts
{
    internal const int Width = 560;
    internal const int Height = 280;

    /// <summary>One bar per tick label, each in its own colour, with its value above it.</summary>
    internal static string Bars(IReadOnlyList<(string Tick, double Value)> bars, IReadOnlyList<string> colours)
    {
        var plot = new Plot();
        for (var i = 0; i < bars.Count; i++)
        {
            plot.Add.Bar(new Bar
            {
                Position = i,
                Value = bars[i].Value,
                FillColor = Color.FromHex(colours[i % colours.Count]),
                Label = bars[i].Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, bars.Count).Select(i => (double)i)], [.. bars.Select(b => b.Tick)]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        return Svg(plot);
    }

    /// <summary>Stacked bars by date, one series per colour (the legend is the caller's HTML).</summary>
    internal static string ByDate(DateTime first, DateTime last, IReadOnlyList<DateTime> dates, IReadOnlyList<(double[] Values, string Colour)> series)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var d = 0; d < dates.Count; d++)
        {
            double below = 0;
            foreach (var (values, colour) in series)
            {
                bars.Add(new Bar { Position = dates[d].ToOADate(), Size = 0.8, ValueBase = below, Value = below + values[d], FillColor = Color.FromHex(colour) });
                below += values[d];
            }
        }

        plot.Add.Bars(bars);
        // A date axis: ScottPlot picks readable ticks however many days the window holds.
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            // ISO dates, as everywhere else in the report, whatever the culture of the machine.
            ticks.LabelFormatter = date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        plot.Axes.Margins(bottom: 0, top: 0.15);
        // The whole window, however few days have changes in it.
        plot.Axes.SetLimitsX(first.ToOADate() - 0.5, last.ToOADate() + 0.5);
        return Svg(plot);
    }

    private static string Svg(Plot plot)
    {
        plot.Font.Set("DejaVu Sans");
        var svg = plot.GetSvgXml(Width, Height);
        // Inline in HTML, the XML declaration is noise.
        return svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : svg;
    }
}
