using Sakip.Core.Capaian;
using Sakip.Reports.Formatting;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>The Ikhtisar Eksekutif and the generated conclusions: counts by category, the budget, successes and shortfalls.</summary>
static class ExecutiveSummary
{
    public static IReadOnlyList<string> Sentences(ReportScope scope)
    {
        var results = scope.ObjectiveIndicators.Select(i => (Indicator: i, Result: scope.Annual(i.Code))).ToList();
        var year = scope.Year;
        if (scope.Objectives.Count == 0)
        {
            return [$"{scope.UnitName} belum memiliki sasaran strategis dan indikator kinerja yang tercatat untuk tahun {year}, sehingga capaian kinerja belum dapat disajikan."];
        }
        var sentences = new List<string>
        {
            $"Pada tahun {year}, {scope.UnitName} menetapkan {IdFormat.Count(scope.Objectives.Count)} sasaran strategis yang diukur dengan {IdFormat.Count(results.Count)} indikator kinerja.",
            CategoryCounts(scope, results.Select(r => r.Result).ToList()),
        };
        var means = scope.Objectives.Select((o, i) => (Number: i + 1, Mean: scope.Calculator.ForObjective(o.Code, year).Value)).Where(m => m.Mean is not null).ToList();
        if (means.Count > 0)
        {
            sentences.Add("Rata-rata capaian per sasaran: " + string.Join("; ", means.Select(m => $"sasaran {m.Number} {IdFormat.Percent(m.Mean)} %")) + ".");
        }
        var budget = BudgetTreeTable.For(scope.Budget, scope.Rollup, scope.UnitNameOf);
        sentences.Add(budget.Ceiling.Value is { } pagu
            ? $"Pagu anggaran tahun {year} sebesar {IdFormat.Rupiah(pagu)} dengan realisasi {IdFormat.Rupiah(budget.Spent.Value)} atau penyerapan {IdFormat.Percent(budget.Absorption.Value)} %."
            : $"Data anggaran tahun {year} belum lengkap, sehingga penyerapan anggaran belum dapat dihitung.");
        var measured = results.Where(r => r.Result.Capaian.Value is not null).ToList();
        var best = measured.Where(r => r.Result.Capaian.Value >= 100).OrderByDescending(r => r.Result.Capaian.Value).Take(3).ToList();
        if (best.Count > 0)
        {
            sentences.Add("Keberhasilan utama: " + string.Join("; ", best.Select(r => $"{r.Indicator.Name} ({IdFormat.Percent(r.Result.Capaian.Value)} %)")) + ".");
        }
        var below = measured.Where(r => r.Result.Capaian.Value < 100).OrderBy(r => r.Result.Capaian.Value).ToList();
        sentences.Add(below.Count > 0
            ? "Indikator yang belum mencapai target: " + string.Join("; ", below.Select(r => $"{r.Indicator.Name} ({IdFormat.Percent(r.Result.Capaian.Value)} %)")) + "."
            : "Seluruh indikator yang terukur telah mencapai target.");
        return sentences;
    }

    static string CategoryCounts(ReportScope scope, List<CapaianResult> results)
    {
        var bands = scope.Calculator.Index.Scales.CapaianCategory.Bands.Reverse()
            .Select(b => (b.Label, Count: results.Count(r => r.Category?.Label == b.Label))).Where(b => b.Count > 0)
            .Select(b => $"{IdFormat.Count(b.Count)} indikator berkategori {b.Label}").ToList();
        var unmeasured = results.Count(r => r.Capaian.Value is null);
        if (unmeasured > 0)
        {
            bands.Add($"{IdFormat.Count(unmeasured)} indikator belum dapat diukur");
        }
        return bands.Count == 0 ? "Belum ada indikator yang dapat diukur." : "Dari indikator tersebut, " + string.Join(", ", bands) + ".";
    }
}
