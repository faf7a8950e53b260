using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Planning;
using Sakip.Core.Scales;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Capaian per sasaran: the mean of its indicators' annual capaian, with its category.</summary>
public sealed record ObjectiveTable(IReadOnlyList<ObjectiveTable.Line> Lines)
{
    public static ObjectiveTable For(CapaianCalculator calculator, IEnumerable<PlanElement> objectives, int year) =>
        new([.. objectives.Select(o =>
        {
            var mean = calculator.ForObjective(o.Code, year);
            return new Line(o, calculator.Index.IndicatorsOf(o.Code).Count, mean,
                mean.Value is { } m ? calculator.Index.Scales.CapaianCategory.Classify(m) : null);
        })]);

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Sasaran Strategis", Width: 3), new Column("Jumlah Indikator", CellAlign.Center),
            new Column("Rata-rata % Capaian", CellAlign.Right), new Column("Kategori", CellAlign.Center),
        ],
        [.. Lines.Select((l, i) => Row.Of(
            Cells.Number(i + 1), l.Objective.Statement, Cells.Count(l.Indicators), Cells.Percent(l.Capaian, "Capaian sasaran"), Cells.Text(l.Category?.Label)))]);

    public sealed record Line(PlanElement Objective, int Indicators, Explained<decimal?> Capaian, Band? Category);
}
