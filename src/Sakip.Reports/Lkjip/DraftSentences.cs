using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Formatting;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>
/// Factual draft sentences the engine writes from the figures (marked as generated, for the unit to keep, edit or
/// replace): "Capaian indikator … sebesar 99,79 % (Sangat Tinggi), naik 2,10 poin dari 2020 …".
/// </summary>
static class DraftSentences
{
    public static string Indicator(ReportScope scope, Indicator indicator)
    {
        var year = scope.Year;
        var now = scope.Annual(indicator.Code);
        if (now.Capaian.Value is not { } capaian)
        {
            return now.Target is null
                ? $"Indikator {indicator.Name} belum memiliki target tahun {year}, sehingga capaiannya belum dapat diukur."
                : $"Realisasi indikator {indicator.Name} tahun {year} belum tersedia, sehingga capaiannya belum dapat diukur.";
        }
        var text = $"Capaian indikator {indicator.Name} tahun {year} sebesar {IdFormat.Percent(capaian)} %"
            + (now.Category is { } c ? $" ({c.Label})" : "")
            + $", dengan realisasi {Cells.RealisationText(now.Realisation)}{Measure(indicator)} dari target {IdFormat.Value(now.Target?.Min)}{Measure(indicator)}";
        var before = scope.Calculator.For(indicator.Code, year - 1, Period.Annual).Capaian;
        text += CapaianChange(capaian, before.Value, year - 1);
        var change = scope.Calculator.ChangeFromLastYear(indicator.Code, year);
        if (change.Value is { } r)
        {
            text += r == 0
                ? $" Realisasinya sama dengan tahun {year - 1}."
                : $" Realisasinya {(r > 0 ? "naik" : "turun")} {IdFormat.Percent(Math.Abs(r))} % dibanding tahun {year - 1}.";
        }
        var progress = scope.Calculator.Progress(indicator.Code, year);
        if (progress.Value is { } p && scope.Calculator.RenstraEnd(indicator.Code).Year is { } end)
        {
            text += $" Tingkat kemajuan terhadap target akhir Renstra tahun {end} sebesar {IdFormat.Percent(p)} %.";
        }
        return text;
    }

    /// <summary>The change of capaian in percentage points; the difference of two capaian, not a rule of its own.</summary>
    static string CapaianChange(decimal now, decimal? before, int previousYear)
    {
        if (before is not { } b || Explained.Checked(() => now - b) is not { } difference)
        {
            return ".";
        }
        var rounded = Display.Round(difference);
        return rounded == 0
            ? $", sama dengan capaian tahun {previousYear}."
            : $", {(rounded > 0 ? "naik" : "turun")} {IdFormat.Percent(Math.Abs(difference))} poin dari capaian tahun {previousYear} ({IdFormat.Percent(b)} %).";
    }

    public static string Objective(ReportScope scope, PlanElement objective, int number)
    {
        var mean = scope.Calculator.ForObjective(objective.Code, scope.Year);
        var count = scope.IndicatorsOf(objective).Count;
        return mean.Value is { } m
            ? $"Sasaran {number} \"{objective.Statement}\" diukur dengan {IdFormat.Count(count)} indikator kinerja dengan rata-rata capaian {IdFormat.Percent(m)} %"
                + (scope.Calculator.Index.Scales.CapaianCategory.Classify(m) is { } band ? $" ({band.Label})." : ".")
            : $"Sasaran {number} \"{objective.Statement}\" diukur dengan {IdFormat.Count(count)} indikator kinerja yang capaiannya belum dapat diukur pada tahun {scope.Year}.";
    }

    public static string Efficiency(EfficiencyTable.Line line) =>
        line.Efficiency.Value is { } e
            ? $"Sasaran \"{line.Name}\" mencapai kinerja {IdFormat.Percent(line.Capaian.Value)} % dengan penyerapan anggaran {IdFormat.Percent(line.Absorption.Value)} %, "
                + (e >= 0 ? $"sehingga penggunaan sumber daya efisien (selisih {IdFormat.Change(e)} poin)." : $"sehingga penyerapan anggaran melampaui capaian kinerja ({IdFormat.Change(e)} poin).")
            : $"Efisiensi sasaran \"{line.Name}\" belum dapat dihitung: {line.Efficiency.Note}.";

    static string Measure(Indicator indicator) => string.IsNullOrWhiteSpace(indicator.Measure) ? "" : " " + indicator.Measure;
}
