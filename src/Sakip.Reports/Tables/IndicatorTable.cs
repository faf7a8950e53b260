using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Target and realisasi of indicators in a year with their capaian and category (LKjIP "target dan realisasi").</summary>
public sealed record IndicatorTable(int Year, IReadOnlyList<IndicatorTable.Line> Lines)
{
    public static IndicatorTable For(CapaianCalculator calculator, IEnumerable<Indicator> indicators, int year) =>
        new(year, [.. indicators.Select(i => new Line(
            i,
            calculator.For(i.Code, year, Period.Annual),
            calculator.Index.Target(i.Code, year, TargetKind.Agreement) ?? calculator.Index.Target(i.Code, year, TargetKind.Renstra),
            calculator.Index.Realisation(i.Code, year, Period.Annual)?.Text))]);

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Indikator Kinerja", Width: 3), new Column("Satuan", CellAlign.Center),
            new Column("Target", CellAlign.Right), new Column("Realisasi", CellAlign.Right), new Column("% Capaian", CellAlign.Right),
            new Column("Kategori", CellAlign.Center),
        ],
        [.. Lines.Select((l, i) => Row.Of(
            Cells.Number(i + 1), l.Indicator.Name, Cells.Text(l.Indicator.Measure), l.TargetCell, Cells.Realisation(l.Result.Realisation, l.PrintedRealisation),
            Cells.Percent(l.Result.Capaian, "Capaian"), Cells.Text(l.Result.Category?.Label)))]);

    /// <param name="Printed">The target record the engine used (PK, else Renstra), for its printed text.</param>
    public sealed record Line(Indicator Indicator, CapaianResult Result, Target? Printed, string? PrintedRealisation)
    {
        public Cell TargetCell => Printed is not null && Result.Target is not null ? Cells.Target(Printed) : Cells.Target(Result.Target, Result.TargetBasis);
    }
}
