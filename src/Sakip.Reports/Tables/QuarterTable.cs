using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Pengukuran kinerja per triwulan: each quarter's target (Rencana Aksi), realisasi and capaian, up to a quarter.</summary>
public sealed record QuarterTable(int Year, int UpTo, IReadOnlyList<QuarterTable.Line> Lines)
{
    public static QuarterTable For(CapaianCalculator calculator, IEnumerable<Indicator> indicators, int year, int upTo = 4)
    {
        var quarters = Periods.Quarters.Take(Math.Clamp(upTo, 1, 4)).ToList();
        return new(year, quarters.Count, [.. indicators.Select(i => new Line(
            i,
            calculator.For(i.Code, year, Period.Annual),
            [.. quarters.Select(q => calculator.For(i.Code, year, q))],
            [.. quarters.Select(q => calculator.Index.Realisation(i.Code, year, q))]))]);
    }

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Indikator Kinerja", Width: 3), new Column("Satuan", CellAlign.Center, 0.8m),
            new Column("Target Tahunan", CellAlign.Right),
            .. Periods.Quarters.Take(UpTo).SelectMany(q => new[]
            {
                new Column("Target", CellAlign.Right, 0.8m, Periods.Label(q)), new Column("Realisasi", CellAlign.Right, 0.8m, Periods.Label(q)),
                new Column("%", CellAlign.Right, 0.7m, Periods.Label(q)),
            }),
        ],
        [.. Lines.Select((l, i) => Row.Of(
        [
            Cells.Number(i + 1), l.Indicator.Name, Cells.Text(l.Indicator.Measure), Cells.Target(l.Annual.Target, l.Annual.TargetBasis),
            .. l.Quarters.SelectMany((q, at) => new[]
            {
                Cells.Target(q.Target, q.TargetBasis), Cells.Realisation(q.Realisation, l.Given[at]?.Text), Cells.Percent(q.Capaian, "Capaian"),
            }),
        ]))])
    {
        Notes = ["Capaian triwulan = realisasi triwulan terhadap target triwulan itu (Rencana Aksi); \"-\" bila target atau realisasi belum ada."],
    };

    /// <param name="Given">The realisation rows as stored, for their printed text and analysis.</param>
    public sealed record Line(Indicator Indicator, CapaianResult Annual, IReadOnlyList<CapaianResult> Quarters, IReadOnlyList<Realisation?> Given);
}
