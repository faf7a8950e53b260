using Sakip.Core.Planning;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>Bab II Perencanaan Kinerja: the Renstra, the IKU, the PK in force, and programs and budget per sasaran.</summary>
static class LkjipPlanning
{
    public static void Write(DocumentWriter writer)
    {
        var scope = writer.Scope;
        var year = scope.Year;
        writer.Chapter("2", "BAB II PERENCANAAN KINERJA");
        writer.Section("A. Rencana Strategis");
        Vision(writer);
        var elements = scope.Goals
            .SelectMany(g => new[] { g }.Concat(scope.Objectives.Where(o => o.Parent == g.Code)))
            .Concat(scope.Objectives.Where(o => scope.Goals.All(g => g.Code != o.Parent)))
            .Select(e => (e, scope.IndicatorsOf(e))).ToList();
        var renstra = RenstraTable.For(scope.Calculator, elements);
        writer.Table(n => renstra.ToBlock(n, "Tujuan, Sasaran Strategis, Indikator Kinerja dan Target Renstra"), elements.Count > 0,
            $"{scope.UnitName} belum memiliki tujuan dan sasaran Renstra yang tercatat.");

        writer.Section("B. Indikator Kinerja Utama");
        var key = scope.Indicators.Where(i => i.IsKey).ToList();
        writer.Table(n => new KeyIndicatorTable(key, scope.UnitNameOf).ToBlock(n, "Indikator Kinerja Utama"), key.Count > 0,
            "Belum ada indikator yang ditetapkan sebagai Indikator Kinerja Utama (IKU).");

        writer.Section("C. Perjanjian Kinerja");
        var agreement = AgreementTableOf(scope);
        writer.Paragraph(scope.Agreement is { } a
            ? $"Perjanjian Kinerja Tahun {year} ditandatangani oleh {a.FirstParty.Name} selaku {Agreements.AgreementDocument.Position(a.FirstParty)} dan {a.SecondParty.Name} selaku {Agreements.AgreementDocument.Position(a.SecondParty)}"
                + (a.SignedOn is { } d ? $" pada tanggal {IdFormat.Date(d)}." : ".")
            : $"Data penandatanganan Perjanjian Kinerja Tahun {year} belum dicatat; isi perjanjian disusun dari target PK.", generated: true);
        writer.Table(n => agreement.IndicatorsBlock(n, $"Perjanjian Kinerja Tahun {year}"), agreement.Objectives.Count > 0,
            $"Belum ada sasaran dan target Perjanjian Kinerja tahun {year}.");
        writer.Table(n => agreement.ProgramsBlock(n, $"Program dan Anggaran Perjanjian Kinerja Tahun {year}"), agreement.Programs.Count > 0,
            $"Program dan anggaran Perjanjian Kinerja tahun {year} belum dicatat.");

        writer.Section("D. Program dan Anggaran");
        var budget = BudgetTreeTable.For(scope.Budget, scope.Rollup, scope.UnitNameOf);
        writer.Table(n => budget.ToBlock(n, $"Anggaran per Program Tahun {year}", maxDepth: 0), budget.Lines.Count > 0,
            $"Data anggaran tahun {year} belum dicatat.");
        var perObjective = ObjectiveBudgetTable.For(scope.Objectives, scope.Budget, scope.Rollup, scope.UnitShortNameOf);
        writer.Table(n => perObjective.ToBlock(n, $"Anggaran per Sasaran Strategis Tahun {year}"), scope.Objectives.Count > 0 && scope.Budget.Count > 0,
            "Anggaran per sasaran strategis belum dapat disajikan.");
    }

    public static AgreementTable AgreementTableOf(ReportScope scope) => AgreementTable.For(
        scope.Calculator,
        scope.Objectives.Select(o => (o, (IReadOnlyList<Indicator>)[.. scope.IndicatorsOf(o).Where(i =>
            scope.Calculator.Index.Target(i.Code, scope.Year, Core.Measurement.TargetKind.Agreement) is not null)])),
        scope.Data.AgreementPrograms.Where(p => p.Unit == scope.UnitCode && p.Year == scope.Year),
        scope.Year);

    static void Vision(DocumentWriter writer)
    {
        var index = writer.Scope.Calculator.Index;
        var missions = writer.Scope.Goals.Select(g => g.Parent is { } p ? index.PlanElement(p) : null)
            .OfType<PlanElement>().Where(m => m.Kind == PlanElementKind.Mission).DistinctBy(m => m.Code).ToList();
        var vision = missions.Select(m => m.Parent is { } p ? index.PlanElement(p) : null).OfType<PlanElement>().FirstOrDefault();
        if (vision is not null)
        {
            writer.Paragraph($"Visi: \"{vision.Statement}\".", generated: true);
        }
        if (missions.Count > 0)
        {
            writer.Paragraph("Rencana Strategis mendukung misi berikut:", generated: true);
            writer.Add(new ListBlock([.. missions.Select(m => m.Statement)], Numbered: true));
        }
    }
}
