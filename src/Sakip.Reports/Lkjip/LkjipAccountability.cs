using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>Bab III Akuntabilitas Kinerja: the last evaluation, the measurement, the analysis per sasaran, efficiency and budget.</summary>
static class LkjipAccountability
{
    public static void Write(DocumentWriter writer)
    {
        var scope = writer.Scope;
        var year = scope.Year;
        writer.Chapter("3", "BAB III AKUNTABILITAS KINERJA");
        writer.Section("A. Capaian Kinerja Organisasi");
        Evaluation(writer);

        writer.Subsection("2. Pengukuran Capaian Kinerja");
        var indicators = scope.ObjectiveIndicators.ToList();
        var quarters = QuarterTable.For(scope.Calculator, indicators, year);
        writer.Table(n => quarters.ToBlock(n, $"Pengukuran Kinerja per Triwulan Tahun {year}"), indicators.Count > 0,
            $"Belum ada indikator kinerja sasaran yang tercatat untuk tahun {year}.");
        var all = IndicatorTable.For(scope.Calculator, indicators, year);
        if (indicators.Count > 0)
        {
            var allNumber = writer.NextTable();
            writer.Add(all.ToBlock(allNumber, $"Capaian Indikator Kinerja Tahun {year}"));
            // Twelve indicator names cannot stand under twelve bars; the bars carry the table's row numbers instead.
            writer.Chart(n => new ChartBlock(n, $"Capaian Indikator Kinerja Tahun {year}", ChartKind.Bar,
                [.. indicators.Select((_, i) => (i + 1).ToString(IdFormat.Culture))],
                [new ChartSeries("Capaian (%)", [.. all.Lines.Select(l => l.Result.Capaian.Value)])])
            { ValueLabel = "Capaian (%)", CategoryLabel = $"Nomor indikator pada Tabel {allNumber}", ReferenceLine = 100m });
        }
        var objectives = ObjectiveTable.For(scope.Calculator, scope.Objectives, year);
        writer.Table(n => objectives.ToBlock(n, $"Capaian Sasaran Strategis Tahun {year}"), scope.Objectives.Count > 0, "");

        writer.Subsection("3. Analisis Capaian Kinerja per Sasaran");
        ObjectiveAnalysis.Write(writer);

        writer.Subsection("4. Analisis Efisiensi Penggunaan Sumber Daya");
        var efficiency = EfficiencyTable.For(scope.Calculator, scope.Objectives, indicators, scope.Budget, scope.Rollup, year);
        writer.Table(n => efficiency.ToBlock(n, $"Tingkat Efisiensi Penggunaan Sumber Daya Tahun {year}"), efficiency.Objectives.Any(),
            "Belum ada anggaran yang dikaitkan dengan sasaran strategis, sehingga efisiensi belum dapat dihitung.");
        foreach (var line in efficiency.Objectives)
        {
            writer.Paragraph(DraftSentences.Efficiency(line), generated: true);
        }

        writer.Subsection("5. Program Penunjang Pencapaian Sasaran");
        var programs = ObjectiveBudgetTable.For(scope.Objectives, scope.Budget, scope.Rollup, scope.UnitShortNameOf);
        writer.Table(n => programs.ToBlock(n, $"Program dalam Pelaksanaan Sasaran Strategis Tahun {year}"),
            programs.Groups.Any(g => g.Lines.Count > 0), "Belum ada program yang dikaitkan dengan sasaran strategis.");

        writer.Section("B. Realisasi Anggaran");
        var agreementPrograms = scope.Data.AgreementPrograms.Where(p => p.Unit == scope.UnitCode && p.Year == year).ToList();
        var perProgram = AgreementBudgetTable.For(agreementPrograms, scope.Rollup);
        writer.Table(n => perProgram.ToBlock(n, $"Realisasi Anggaran sesuai Perjanjian Kinerja Tahun {year}"), agreementPrograms.Count > 0,
            $"Program Perjanjian Kinerja tahun {year} belum dicatat.");
        var tree = BudgetTreeTable.For(scope.Budget, scope.Rollup, scope.UnitNameOf);
        if (tree.Ceiling.Value is not null)
        {
            writer.Paragraph($"Realisasi anggaran tahun {year} sebesar {IdFormat.Rupiah(tree.Spent.Value)} dari pagu {IdFormat.Rupiah(tree.Ceiling.Value)} ({IdFormat.Percent(tree.Absorption.Value)} %).", generated: true);
        }
        writer.Table(n => tree.ToBlock(n, $"Realisasi Anggaran per Program/Kegiatan/Sub Kegiatan Tahun {year}"), tree.Lines.Count > 0,
            $"Data anggaran tahun {year} belum dicatat.");
    }

    static void Evaluation(DocumentWriter writer)
    {
        var scope = writer.Scope;
        writer.Subsection("1. Hasil Evaluasi atas Implementasi SAKIP Tahun Sebelumnya");
        var grades = scope.Calculator.Index.Scales.SakipGrade;
        var evaluation = EvaluationTable.For(scope.Data.Evaluations, scope.UnitCode, scope.Year, grades);
        writer.Table(n => evaluation.ToBlock(n, "Nilai Hasil Evaluasi Akuntabilitas Kinerja"), !evaluation.IsEmpty,
            "Belum ada hasil evaluasi akuntabilitas kinerja yang tercatat.");
        var followUp = FollowUpTable.For(scope.Data.Recommendations, scope.UnitCode, scope.Year);
        writer.Table(n => followUp.ToBlock(n, $"Rekomendasi dan Tindak Lanjut Hasil Evaluasi Tahun {followUp.Year}"), followUp.Recommendations.Count > 0,
            "Belum ada rekomendasi hasil evaluasi yang tercatat.");
        var below = scope.Data.Evaluations.Where(e => e.Year == scope.Year && e.Unit != scope.UnitCode).ToList();
        if (below.Count > 0)
        {
            var recap = GradeRecapTable.For(scope.Data.Evaluations, scope.Year, grades, scope.UnitNameOf);
            writer.Table(n => recap.ToBlock(n, $"Daftar Nilai SAKIP Perangkat Daerah Tahun {scope.Year}"), !recap.IsEmpty, "");
        }
    }
}
