using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Reports.Documents;
using Sakip.Reports.Lkjip;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Monitoring;

/// <summary>The quarterly monitoring report (monev) of a unit: targets, realisasi, capaian, deviations, budget absorption.</summary>
public static class MonitoringDocument
{
    /// <param name="quarter">1–4: up to and including that quarter.</param>
    public static ReportDocument Build(Dataset data, string unit, int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var scope = new ReportScope(data, unit, year);
        var writer = new DocumentWriter(scope);
        var label = Periods.Label(Periods.Quarters[quarter - 1]);
        writer.Add(new CoverBlock(["LAPORAN MONITORING DAN EVALUASI KINERJA", label.ToUpper(Formatting.IdFormat.Culture)],
            scope.UnitName, scope.Unit?.Parent is { } p ? scope.UnitNameOf(p) : null, year)
        {
            Imprint = scope.Agreement?.Place?.ToUpper(Formatting.IdFormat.Culture),
        });
        writer.Chapter("1", $"MONITORING DAN EVALUASI KINERJA {label.ToUpper(Formatting.IdFormat.Culture)} TAHUN {year}");

        writer.Section("A. Capaian Kinerja per Triwulan");
        var indicators = scope.ObjectiveIndicators.ToList();
        writer.Table(n => QuarterTable.For(scope.Calculator, indicators, year, quarter).ToBlock(n, $"Target, Realisasi dan Capaian Kinerja s.d. {label} Tahun {year}"),
            indicators.Count > 0, $"Belum ada indikator kinerja sasaran yang tercatat untuk tahun {year}.");

        writer.Section("B. Deviasi dan Analisis");
        var deviations = DeviationTable.For(scope.Calculator, indicators, year, quarter);
        writer.Paragraph(deviations.Lines.Count == 0
            ? $"Tidak ada deviasi s.d. {label}: setiap target triwulan telah direalisasikan dengan capaian sekurang-kurangnya 100 %."
            : $"Terdapat {Formatting.IdFormat.Count(deviations.Lines.Count)} deviasi s.d. {label}: capaian di bawah target atau realisasi yang belum diisi padahal targetnya ada.", generated: true);
        writer.Table(n => deviations.ToBlock(n, $"Deviasi Capaian Kinerja s.d. {label} Tahun {year}"), deviations.Lines.Count > 0, "");
        foreach (var line in deviations.Lines.Where(l => l.Analysis is null || string.IsNullOrWhiteSpace(l.Analysis.InhibitingFactors)))
        {
            writer.Add(new MissingText($"Analisis deviasi {line.Indicator.Name} {Periods.Label(line.Quarter)}"));
        }

        writer.Section("C. Realisasi Anggaran per Triwulan");
        var budget = QuarterBudgetTable.For(scope.Budget, scope.Rollup, quarter, scope.UnitShortNameOf);
        writer.Table(n => budget.ToBlock(n, $"Realisasi Anggaran per Program s.d. {label} Tahun {year}"), budget.Lines.Count > 0,
            $"Data anggaran tahun {year} belum dicatat.");
        return new ReportDocument($"Laporan Monitoring dan Evaluasi Kinerja {label} Tahun {year}", $"Monev-{unit}-{year}-TW{quarter}", writer.Blocks)
        {
            Orientation = PageOrientation.Landscape,
        };
    }
}
