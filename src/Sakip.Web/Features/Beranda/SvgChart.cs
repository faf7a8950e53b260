using System.Globalization;
using System.Net;
using System.Text;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Beranda;

/// <summary>
/// Small charts drawn as SVG on the server: a few kilobytes, no script, readable on a slow connection. Colours and
/// fonts are attributes (not <c>style</c>), so the Content-Security-Policy does not strip them.
/// </summary>
/// <remarks>Geometry is in <c>double</c> (pixels only); the figures written on the chart are the decimals, formatted id-ID.</remarks>
public static class SvgChart
{
    const int Width = 640;
    const int LabelWidth = 250;
    const int RowHeight = 26;
    const int MaxLabel = 33;

    static readonly string[] Palette = ["#0b4f6c", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#30638e", "#7d4e57"];

    /// <summary>One horizontal bar per item, with its figure; a dashed line at <paramref name="reference"/> (100 % for capaian).</summary>
    public static string Bars(IReadOnlyList<BerandaCharts.Bar> bars, string suffix, decimal? reference)
    {
        var top = 10;
        var height = top + Math.Max(1, bars.Count) * RowHeight + 24;
        var scale = (double)Math.Max(reference ?? 0m, bars.Max(b => b.Value) ?? 0m);
        scale = scale <= 0 ? 100 : scale;
        var plot = Width - LabelWidth - 80;
        var svg = Open(height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (bar, y) = (bars[i], top + i * RowHeight);
            // Capitals are wider: a label in capitals (budget nomenclature) gets fewer characters.
            var capitals = bar.Label.Count(char.IsUpper) > bar.Label.Length / 2;
            svg.Append(Text(LabelWidth - 6, y + 17, Short(bar.Label, capitals ? 27 : MaxLabel), "end"));
            if (bar.Value is { } value)
            {
                var w = Math.Max(1, Math.Min(1, (double)Math.Max(0m, value) / scale) * plot);
                svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{RowHeight - 8}\" fill=\"{bar.Colour}\"/>"));
                svg.Append(Text(LabelWidth + w + 4, y + 17, Formats.Percent(value) + suffix, "start"));
            }
            else
            {
                svg.Append(Text(LabelWidth + 4, y + 17, "tidak ada nilai", "start", "#6c757d"));
            }
        }
        if (reference is { } line)
        {
            var x = LabelWidth + (double)line / scale * plot;
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{top}\" x2=\"{x:0.#}\" y2=\"{height - 20}\" stroke=\"#212529\" stroke-dasharray=\"4 3\"/>"));
            svg.Append(Text(x, height - 6, Formats.Percent(line) + suffix, "middle"));
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One line per series over the categories (years), with a legend.</summary>
    public static string Lines(IReadOnlyList<string> categories, IReadOnlyList<BerandaCharts.Series> series, string suffix)
    {
        const int height = 280, left = 64, top = 12, bottom = 40;
        var legendHeight = 18 * series.Count;
        var plotHeight = height - top - bottom;
        // Clamped so the axis arithmetic cannot overflow; a capaian beyond a trillion percent is drawn at the top.
        var values = series.SelectMany(s => s.Values).OfType<decimal>().Select(v => Math.Clamp(v, 0m, 1_000_000_000_000m)).ToList();
        // The axis spans the values (in steps of 10), so a change of a few points is visible.
        var maxValue = values.Count == 0 ? 100m : Math.Ceiling(values.Max() / 10m) * 10m;
        var minValue = values.Count == 0 ? 0m : Math.Floor(values.Min() / 10m) * 10m;
        minValue = minValue >= maxValue ? Math.Max(0m, maxValue - 10m) : minValue;
        var (min, max) = ((double)minValue, (double)maxValue);
        var plotWidth = Width - left - 20;
        double X(int i) => left + (categories.Count <= 1 ? plotWidth / 2.0 : i * plotWidth / (double)(categories.Count - 1));
        double Y(decimal v) => top + plotHeight - Math.Max(0, Math.Min(1, ((double)v - min) / Math.Max(1e-9, max - min))) * plotHeight;
        var svg = Open(height + legendHeight);
        foreach (var tick in new[] { minValue, minValue + (maxValue - minValue) / 2, maxValue })
        {
            svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{Y(tick):0.#}\" x2=\"{Width - 20}\" y2=\"{Y(tick):0.#}\" stroke=\"#dee2e6\"/>"));
            svg.Append(Text(left - 6, Y(tick) + 4, Formats.Percent(Math.Round(tick, 0)) + suffix, "end"));
        }
        for (var i = 0; i < categories.Count; i++)
        {
            svg.Append(Text(X(i), height - bottom + 18, categories[i], "middle"));
        }
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var points = series[s].Values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => Invariant($"{X(p.i):0.#},{Y(p.v!.Value):0.#}")).ToList();
            if (points.Count > 1)
            {
                svg.Append(Invariant($"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"/>"));
            }
            foreach (var point in points)
            {
                var xy = point.Split(',');
                svg.Append(Invariant($"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3.5\" fill=\"{colour}\"/>"));
            }
            var legendY = height + s * 18;
            svg.Append(Invariant($"<rect x=\"{left}\" y=\"{legendY - 10}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>"));
            svg.Append(Text(left + 18, legendY, Short(series[s].Name, 80), "start"));
        }
        return svg.Append("</svg>").ToString();
    }

    static StringBuilder Open(int height) => new(Invariant(
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\" fill=\"#212529\">"));

    static string Text(double x, double y, string text, string anchor, string colour = "#212529") =>
        Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" fill=\"{colour}\">{WebUtility.HtmlEncode(text)}</text>");

    static string Short(string text, int max = MaxLabel) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
