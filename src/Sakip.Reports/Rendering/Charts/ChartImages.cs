using ScottPlot;
using ScottPlot.TickGenerators;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.Rendering.Charts;

/// <summary>
/// Draws a <see cref="ChartBlock"/> with ScottPlot: bars grouped per category (one colour per series) or lines, a null
/// value left out (a gap, never a zero), the reference line dashed, numbers the Indonesian way.
/// </summary>
public static class ChartImages
{
    /// <summary>Labels longer than this are wrapped and the axis labels turned, so twelve sasaran names still read.</summary>
    const int ShortLabel = 14;

    static readonly Color[] Palette =
        [Color.FromHex("#1F4E79"), Color.FromHex("#C55A11"), Color.FromHex("#548235"), Color.FromHex("#7F6000"), Color.FromHex("#7030A0"), Color.FromHex("#2E75B6")];

    public static byte[] Png(ChartBlock chart, int width = 760, int height = 400) =>
        Build(chart).GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>The SVG element without its XML declaration, so it can be placed inline in a page.</summary>
    public static string Svg(ChartBlock chart, int width = 760, int height = 400)
    {
        var svg = Build(chart).GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    static Plot Build(ChartBlock chart)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        switch (chart.Kind)
        {
            case ChartKind.Bar:
                AddBars(plot, chart);
                break;
            case ChartKind.Line:
                AddLines(plot, chart);
                break;
        }
        if (chart.ReferenceLine is { } reference)
        {
            var line = plot.Add.HorizontalLine((double)reference, 1.5f, Colors.Red, LinePattern.Dashed);
            line.LegendText = "Acuan " + IdFormat.Value(reference);
        }
        CategoryAxis(plot, chart.Categories);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Tick };
        if (chart.ValueLabel is { } label)
        {
            plot.YLabel(label);
        }
        if (chart.CategoryLabel is { } categoryLabel)
        {
            plot.XLabel(categoryLabel, 12);
        }
        ValueLimits(plot, chart);
        if (chart.Series.Any(s => s.Values.Take(chart.Categories.Count).Any(v => v is not null)))
        {
            plot.Legend.FontSize = 11;
            plot.ShowLegend(Edge.Bottom);
        }
        else
        {
            // ScottPlot draws a blank image when asked for a legend without items; say why the chart is empty instead.
            var empty = plot.Add.Text("Tidak ada data", (Math.Max(1, chart.Categories.Count) - 1) / 2.0, plot.Axes.GetLimits().Top / 2);
            empty.LabelFontSize = 16;
            empty.LabelAlignment = Alignment.MiddleCenter;
        }
        return plot;
    }

    /// <summary>
    /// A value printed on a bar or point: at most two decimals as the tables print capaian (99,79, not 99,7949), whole
    /// counts without decimals (12).
    /// </summary>
    internal static string Label(decimal value) => IdFormat.Value(Math.Round(value, 2, MidpointRounding.AwayFromZero));

    /// <summary>An axis label the Indonesian way; a value beyond decimal's range (only from absurd data) in scientific notation.</summary>
    static string Tick(double value) =>
        Math.Abs(value) < 1e15 ? IdFormat.Value((decimal)Math.Round(value, 4)) : value.ToString("G3", IdFormat.Culture);

    /// <summary>The value axis from zero (bars must stand on it) to a little above the highest value or reference line.</summary>
    static void ValueLimits(Plot plot, ChartBlock chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => (double)v).ToList();
        if (chart.ReferenceLine is { } reference)
        {
            values.Add((double)reference);
        }
        var low = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var high = Math.Max(0, values.DefaultIfEmpty(0).Max());
        var range = high > low ? high - low : 1;
        plot.Axes.SetLimits(-0.6, Math.Max(1, chart.Categories.Count) - 0.4, low < 0 ? low - range * 0.05 : 0, high + range * 0.12);
    }

    static void AddBars(Plot plot, ChartBlock chart)
    {
        var seriesCount = Math.Max(1, chart.Series.Count);
        var width = 0.8 / seriesCount;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = Palette[s % Palette.Length];
            var bars = new List<Bar>();
            for (var c = 0; c < chart.Categories.Count && c < series.Values.Count; c++)
            {
                if (series.Values[c] is not { } value)
                {
                    continue;
                }
                bars.Add(new Bar
                {
                    Position = c - 0.4 + width * (s + 0.5),
                    Value = (double)value,
                    Size = width * 0.92,
                    FillColor = color,
                    LineWidth = 0,
                    Label = Label(value),
                });
            }
            if (bars.Count == 0)
            {
                // A series without any value has no bar to draw; it is left out rather than added empty.
                continue;
            }
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = seriesCount > 2 || chart.Categories.Count > 8 ? 9 : 11;
            plottable.LegendText = series.Name;
            plottable.Color = color;
        }
    }

    static void AddLines(Plot plot, ChartBlock chart)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = Palette[s % Palette.Length];
            var legend = series.Name;
            foreach (var run in Runs([.. series.Values.Take(chart.Categories.Count)]))
            {
                var line = plot.Add.Scatter(run.Select(p => (double)p.Index).ToArray(), run.Select(p => (double)p.Value).ToArray(), color);
                line.LineWidth = 2;
                line.MarkerSize = 7;
                line.LegendText = legend;
                legend = "";
                if (!LabelsPoints(chart))
                {
                    continue;
                }
                foreach (var point in run)
                {
                    var text = plot.Add.Text(Label(point.Value), point.Index, (double)point.Value);
                    text.LabelFontSize = 10;
                    text.LabelFontColor = color;
                    // Alternate series put their labels below the points, so two close lines do not print over each other.
                    text.LabelAlignment = s % 2 == 0 ? Alignment.LowerCenter : Alignment.UpperCenter;
                    text.OffsetY = s % 2 == 0 ? -6 : 6;
                }
            }
        }
    }

    /// <summary>
    /// Points are labelled for one or two series only: with more, lines that meet (several indicators at 100 %) print
    /// their labels over each other, and the table beside the chart already gives every value.
    /// </summary>
    internal static bool LabelsPoints(ChartBlock chart) => chart.Series.Count <= 2;

    /// <summary>The runs of consecutive values between nulls: each is drawn as its own line so a missing quarter is a gap.</summary>
    internal static IEnumerable<List<(int Index, decimal Value)>> Runs(IReadOnlyList<decimal?> values)
    {
        var run = new List<(int, decimal)>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                run.Add((i, value));
                continue;
            }
            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    static void CategoryAxis(Plot plot, IReadOnlyList<string> categories)
    {
        var ticks = new NumericManual();
        var longLabels = categories.Any(c => c.Length > ShortLabel);
        for (var i = 0; i < categories.Count; i++)
        {
            ticks.AddMajor(i, longLabels ? Wrap(categories[i]) : categories[i]);
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = categories.Count > 8 ? 10 : 12;
        if (longLabels && categories.Count > 4)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
    }

    /// <summary>Breaks a long label into lines of about 18 characters, at most three lines, the last one shortened with "…".</summary>
    internal static string Wrap(string label, int lineLength = 18, int maxLines = 3)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > lineLength)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            lines[^1] = lines[^1].TrimEnd('.', ',') + "…";
        }
        return string.Join('\n', lines);
    }
}
