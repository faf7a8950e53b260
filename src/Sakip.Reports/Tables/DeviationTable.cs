using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>
/// The quarters, up to one, that deviate: a target (not 0, which means no activity planned) with no realisasi, or a
/// capaian below 100 — each with the analysis the unit recorded.
/// </summary>
public sealed record DeviationTable(IReadOnlyList<DeviationTable.Line> Lines)
{
    public static DeviationTable For(CapaianCalculator calculator, IEnumerable<Indicator> indicators, int year, int upTo)
    {
        var lines = new List<Line>();
        foreach (var indicator in indicators)
        {
            foreach (var quarter in Periods.Quarters.Take(Math.Clamp(upTo, 1, 4)))
            {
                var result = calculator.For(indicator.Code, year, quarter);
                if (result.Target is not { Min: not 0 })
                {
                    continue;
                }
                var given = calculator.Index.Realisation(indicator.Code, year, quarter);
                if (result.Realisation.Value is null)
                {
                    lines.Add(new Line(indicator, quarter, result, given?.Analysis, "Realisasi belum diisi"));
                }
                else if (result.Capaian.Value < 100m)
                {
                    lines.Add(new Line(indicator, quarter, result, given?.Analysis, "Capaian di bawah target"));
                }
            }
        }
        return new(lines);
    }

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Indikator Kinerja", Width: 2.5m), new Column("Triwulan", CellAlign.Center),
            new Column("Target", CellAlign.Right, 0.8m), new Column("Realisasi", CellAlign.Right, 0.8m), new Column("% Capaian", CellAlign.Right, 0.8m),
            new Column("Keterangan", Width: 1.2m), new Column("Faktor Penghambat", Width: 2), new Column("Solusi", Width: 2),
        ],
        [.. Lines.Select((l, i) => Row.Of(
            Cells.Number(i + 1), l.Indicator.Name, Periods.Label(l.Quarter), Cells.Target(l.Result.Target, l.Result.TargetBasis),
            Cells.Realisation(l.Result.Realisation, null), Cells.Percent(l.Result.Capaian, "Capaian"), l.Reason,
            Cells.Text(l.Analysis?.InhibitingFactors), Cells.Text(l.Analysis?.Solutions)))]);

    public sealed record Line(Indicator Indicator, Period Quarter, CapaianResult Result, RealisationAnalysis? Analysis, string Reason);
}
