using System.Globalization;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Realisasi of the year against the Renstra end target: the tingkat kemajuan.</summary>
public sealed record ProgressTable(int Year, IReadOnlyList<ProgressTable.Line> Lines)
{
    public static ProgressTable For(CapaianCalculator calculator, IEnumerable<Indicator> indicators, int year) =>
        new(year, [.. indicators.Select(i =>
        {
            var (endYear, endTarget) = calculator.RenstraEnd(i.Code);
            return new Line(i, endYear, endTarget, endYear is { } y ? calculator.Index.Target(i.Code, y, TargetKind.Renstra) : null,
                calculator.RealisationFor(i.Code, year, Period.Annual), calculator.Index.Realisation(i.Code, year, Period.Annual)?.Text,
                calculator.Progress(i.Code, year));
        })]);

    /// <summary>The end year when every indicator shares it, for the column header.</summary>
    public int? CommonEndYear => Lines.Select(l => l.EndYear).Distinct().ToList() is [{ } only] ? only : null;

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Indikator Kinerja", Width: 3), new Column("Satuan", CellAlign.Center),
            new Column(CommonEndYear is { } end ? $"Target Akhir Renstra (Tahun {end.ToString(CultureInfo.InvariantCulture)})" : "Target Akhir Renstra", CellAlign.Right),
            new Column($"Realisasi (Tahun {Year.ToString(CultureInfo.InvariantCulture)})", CellAlign.Right),
            new Column("Tingkat Kemajuan (%)", CellAlign.Right),
        ],
        [.. Lines.Select((l, i) => Row.Of(
            Cells.Number(i + 1), l.Indicator.Name, Cells.Text(l.Indicator.Measure),
            l.EndPrinted is not null ? Cells.Target(l.EndPrinted) : Cells.Target(l.EndTarget, null),
            Cells.Realisation(l.Realisation, l.PrintedRealisation), Cells.Percent(l.Progress, "Tingkat kemajuan")))])
    {
        Notes = ["Tingkat kemajuan = realisasi tahun ini terhadap target tahun akhir Renstra, dengan rumus capaian sesuai arah indikator."],
    };

    public sealed record Line(
        Indicator Indicator, int? EndYear, TargetValue? EndTarget, Target? EndPrinted, Explained<decimal?> Realisation, string? PrintedRealisation,
        Explained<decimal?> Progress);
}
