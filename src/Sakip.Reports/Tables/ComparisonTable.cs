using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Realisasi of the year against recorded comparison values (national standard, other regions), one row per value.</summary>
public sealed record ComparisonTable(int Year, IReadOnlyList<ComparisonTable.Line> Lines)
{
    public static ComparisonTable For(CapaianCalculator calculator, IEnumerable<Indicator> indicators, IEnumerable<ComparisonValue> values, int year)
    {
        var byIndicator = values.Where(v => v.Year == year).ToLookup(v => v.Indicator, StringComparer.Ordinal);
        return new(year, [.. indicators.SelectMany(i => byIndicator[i.Code].Select(v =>
        {
            var realisation = calculator.RealisationFor(i.Code, year, Period.Annual);
            return new Line(i, v, realisation, Difference(realisation.Value, v.Value));
        }))]);
    }

    public bool IsEmpty => Lines.Count == 0;

    static Explained<decimal?> Difference(decimal? realisation, decimal comparison)
    {
        const string method = "Selisih = realisasi − nilai pembanding";
        NamedValue[] inputs = [new("R", realisation, "Realisasi"), new("P", comparison, "Nilai pembanding")];
        return realisation is { } r
            ? Explained.Compute(() => r - comparison, method, "{R} − {P}", inputs)
            : Explained.None(method, "realisasi belum ada", inputs);
    }

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Indikator Kinerja", Width: 3), new Column("Satuan", CellAlign.Center),
            new Column("Realisasi", CellAlign.Right), new Column("Nilai Pembanding", CellAlign.Right), new Column("Sumber Pembanding", Width: 2),
            new Column("Selisih", CellAlign.Right),
        ],
        [.. Lines.Select((l, i) => Row.Of(
            Cells.Number(i + 1), l.Indicator.Name, Cells.Text(l.Indicator.Measure), Cells.Realisation(l.Realisation, null),
            Cells.Value(l.Comparison.Value), l.Comparison.Source, Cells.Change(l.Difference, "Selisih")))]);

    public sealed record Line(Indicator Indicator, ComparisonValue Comparison, Explained<decimal?> Realisation, Explained<decimal?> Difference);
}
