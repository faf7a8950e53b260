using System.Globalization;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>
/// Realisasi of this year beside the previous years (at least three, PermenPAN-RB 53/2014 asks for "beberapa tahun
/// terakhir") and the change from last year.
/// </summary>
public sealed record MultiYearTable(IReadOnlyList<int> Years, IReadOnlyList<MultiYearTable.Line> Lines)
{
    public const int PreviousYears = 3;

    public static MultiYearTable For(CapaianCalculator calculator, IEnumerable<Indicator> indicators, int year)
    {
        int[] years = [.. Enumerable.Range(year - PreviousYears, PreviousYears + 1)];
        return new(years, [.. indicators.Select(i => new Line(
            i,
            [.. years.Select(y => calculator.For(i.Code, y, Period.Annual))],
            calculator.ChangeFromLastYear(i.Code, year)))]);
    }

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Indikator Kinerja", Width: 3), new Column("Satuan", CellAlign.Center),
            .. Years.Select(y => new Column(y.ToString(CultureInfo.InvariantCulture), CellAlign.Right, Group: "Realisasi")),
            new Column($"% Perubahan {Years[^1].ToString(CultureInfo.InvariantCulture)} dari {Years[^2].ToString(CultureInfo.InvariantCulture)}", CellAlign.Right),
        ],
        [.. Lines.Select((l, i) => Row.Of(
        [
            Cells.Number(i + 1), l.Indicator.Name, Cells.Text(l.Indicator.Measure),
            .. l.ByYear.Select(r => Cells.Realisation(r.Realisation, null)),
            Cells.Change(l.Change, "Perubahan"),
        ]))])
    {
        Notes = ["Perubahan = (realisasi tahun ini / realisasi tahun lalu − 1) × 100; \"-\" bila salah satu realisasi belum ada."],
    };

    /// <param name="ByYear">The annual result of each of <see cref="Years"/>, oldest first.</param>
    public sealed record Line(Indicator Indicator, IReadOnlyList<CapaianResult> ByYear, Explained<decimal?> Change)
    {
        public CapaianResult Current => ByYear[^1];

        public CapaianResult Previous => ByYear[^2];
    }
}
