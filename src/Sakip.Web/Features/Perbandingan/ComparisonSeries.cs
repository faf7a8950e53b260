using System.Text.Json;

namespace Sakip.Web.Features.Perbandingan;

/// <summary>The chart's series as JSON: numbers stay invariant and unrounded; "no value" stays null (a gap, never 0).</summary>
public static class ComparisonSeries
{
    public static string Json(IndexModel.View view) => JsonSerializer.Serialize(new
    {
        tahun = view.Rows.Select(r => r.Year),
        target = view.Rows.Select(r => r.Annual.Target?.Min),
        realisasi = view.Rows.Select(r => r.Annual.Realisation.Value),
        capaian = view.Rows.Select(r => r.Annual.Capaian.Value),
        satuan = view.Indicator.Measure,
    });
}
