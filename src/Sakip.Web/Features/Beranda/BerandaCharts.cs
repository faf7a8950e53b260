using System.Globalization;
using Sakip.Core.Capaian;
using Sakip.Core.Planning;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Beranda;

/// <summary>
/// The dashboard's charts as data: capaian per indicator (coloured by category), capaian per sasaran, budget
/// absorption and the capaian of each sasaran over the years. The figures come from the same Core rules as the
/// cards and tables; each chart is drawn as an SVG image and listed as a table for screen readers.
/// </summary>
public static class BerandaCharts
{
    public const string Indicators = "indikator";
    public const string Objectives = "sasaran";
    public const string Budget = "anggaran";
    public const string Trend = "tren";

    /// <summary>Bumped when the drawing changes, so browsers holding an older image under the same data fetch it again.</summary>
    public const int DrawingVersion = 1;

    public static IReadOnlyList<Chart> Build(UnitPerformance performance, IndexModel.View view)
    {
        var charts = new List<Chart>();
        if (view.Cards.Count > 0)
        {
            charts.Add(new Chart(Indicators, $"Capaian indikator {view.Year} menurut kategori", " %", 100m,
                [.. view.Cards.OrderByDescending(c => c.Result.Capaian.Value ?? decimal.MinValue)
                    .Select(c => new Bar(c.Indicator.Name, c.Result.Capaian.Value, Colour(c.Result.Category?.Label), c.Result.Category?.Label))], [], []));
        }
        if (view.Objectives.Count > 0)
        {
            charts.Add(new Chart(Objectives, $"Capaian sasaran {view.Year}", " %", 100m,
                [.. view.Objectives.Select(o => new Bar($"{o.Objective.Code} {o.Objective.Statement}", o.Capaian.Value, "#0b4f6c", null))], [], []));
        }
        if (view.Budget.Programs > 0)
        {
            charts.Add(new Chart(Budget, $"Penyerapan anggaran {view.Year}", " %", 100m,
                [new Bar("Seluruh program", view.Budget.Absorption.Value, "#00798c", null),
                 .. view.Budget.Lowest.Select(p => new Bar(p.Name, p.Absorption.Value, "#edae49", null))], [], []));
        }
        var objectives = performance.Data.PlanElements.Where(p => p.Kind == PlanElementKind.Objective && p.Unit == view.Unit.Code).ToList();
        // Years with a realisation: a Renstra's later years have targets only and nothing to draw yet.
        var years = performance.Data.Realisations.Select(r => r.Year).Distinct().Order().ToList();
        if (objectives.Count > 0 && years.Count > 1)
        {
            charts.Add(new Chart(Trend, $"Tren capaian sasaran {years[0]}–{years[^1]}", " %", 100m, [],
                [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
                [.. objectives.Select(o => new Series($"{o.Code} {o.Statement}", [.. years.Select(y => performance.Calculator.ForObjective(o.Code, y).Value)]))]));
        }
        return charts;
    }

    /// <summary>The chart as an SVG document.</summary>
    public static string Svg(Chart chart) => chart.Series.Count > 0
        ? SvgChart.Lines(chart.Categories, chart.Series, chart.Suffix)
        : SvgChart.Bars(chart.Bars, chart.Suffix, chart.Reference);

    /// <summary>The fill of a capaian category, as in site.css (Permendagri 86/2017 colours).</summary>
    static string Colour(string? category) => Formats.CategoryClass(category) switch
    {
        "cat-st" => "#198754",
        "cat-t" => "#20c997",
        "cat-s" => "#ffc107",
        "cat-r" => "#fd7e14",
        "cat-sr" => "#dc3545",
        _ => "#adb5bd",
    };

    /// <param name="Bars">For bar charts; <paramref name="Categories"/> and <paramref name="Series"/> for the trend.</param>
    public sealed record Chart(string Key, string Title, string Suffix, decimal? Reference, IReadOnlyList<Bar> Bars, IReadOnlyList<string> Categories, IReadOnlyList<Series> Series)
    {
        /// <summary>What the image shows in one sentence, for its alt text.</summary>
        public string Alt => Series.Count > 0
            ? $"{Title}: grafik garis {Series.Count} sasaran; angkanya ada pada tabel di bawah grafik."
            : $"{Title}: grafik batang {Bars.Count} baris; angkanya ada pada tabel di bawah grafik.";
    }

    public sealed record Bar(string Label, decimal? Value, string Colour, string? Category);

    public sealed record Series(string Name, IReadOnlyList<decimal?> Values);
}
