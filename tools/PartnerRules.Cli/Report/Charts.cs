using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace PartnerRules.Cli.Report;

/// <summary>The report's charts, drawn by ScottPlot as SVG (text stays text, so the browser's fonts render Chinese).</summary>
internal static class Charts
{
    internal const int Width = 560;
    internal const int Height = 300;

    private static string Svg(Plot plot)
    {
        // Sans-serif like the page; each label gets a font that has its glyphs, where the machine has one.
        plot.Font.Set("DejaVu Sans");
        plot.Font.Automatic();
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>One bar per label, each in its own colour, labelled under the axis.</summary>
    internal static string Bars(string title, IReadOnlyList<(string Label, double Value)> bars, IReadOnlyList<string> colours)
    {
        var plot = new Plot();
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = new Bar
            {
                Position = i,
                Value = bars[i].Value,
                FillColor = Color.FromHex(colours[i % colours.Count]),
                Label = bars[i].Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            };
            plot.Add.Bar(bar);
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, bars.Count).Select(i => (double)i)], [.. bars.Select(b => b.Label)]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Title(title);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        return Svg(plot);
    }

    /// <summary>Two stacked series by date: verdicts turning to eligible and to not eligible.</summary>
    internal static string ByDate(string title, IReadOnlyList<System.DateTime> dates, IReadOnlyList<(string Name, double[] Values, string Colour)> series, string yLabel)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var d = 0; d < dates.Count; d++)
        {
            double below = 0;
            foreach (var (_, values, colour) in series)
            {
                bars.Add(new Bar { Position = dates[d].ToOADate(), Size = 0.8, ValueBase = below, Value = below + values[d], FillColor = Color.FromHex(colour) });
                below += values[d];
            }
        }

        plot.Add.Bars(bars);
        foreach (var (name, _, colour) in series)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = Color.FromHex(colour) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        // A date axis: ScottPlot picks readable ticks however many days the window holds.
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.YLabel(yLabel);
        plot.Title(title);
        return Svg(plot);
    }
}
