using System.Globalization;
using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>
/// One indicator across every year with data: Renstra and PK targets, realisasi, capaian, change from last year and
/// progress toward the Renstra end target.
/// </summary>
public sealed record IndicatorHistoryTable(
    string Indicator, string? Measure, IReadOnlyList<IndicatorHistoryTable.Line> Lines, int? EndYear, Target? EndTarget, TargetValue? EndValue)
{
    /// <summary>The years with a target, a realisation or a component of the indicator, in order.</summary>
    public static IndicatorHistoryTable For(Dataset data, CapaianCalculator calculator, string indicator)
    {
        var index = calculator.Index;
        var years = data.Targets.Where(t => t.Indicator == indicator).Select(t => t.Year)
            .Concat(data.Realisations.Where(r => r.Indicator == indicator).Select(r => r.Year))
            .Concat(data.Components.Where(c => c.Indicator == indicator).Select(c => c.Year))
            .Distinct().Order();
        var lines = years.Select(year => new Line(
            year,
            index.Target(indicator, year, TargetKind.Renstra),
            index.Target(indicator, year, TargetKind.Agreement),
            calculator.For(indicator, year, Period.Annual),
            calculator.ChangeFromLastYear(indicator, year),
            calculator.Progress(indicator, year))).ToList();
        var (endYear, endValue) = calculator.RenstraEnd(indicator);
        return new(indicator, index.Indicator(indicator)?.Measure, lines, endYear,
            endYear is { } y ? index.Target(indicator, y, TargetKind.Renstra) : null, endValue);
    }

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("Tahun", CellAlign.Center, 0.6m), new Column("Target Renstra", CellAlign.Right), new Column("Target PK", CellAlign.Right),
            new Column("Realisasi", CellAlign.Right), new Column("% Capaian", CellAlign.Right), new Column("Kategori", CellAlign.Center),
            new Column("% Perubahan", CellAlign.Right), new Column("Tingkat Kemajuan (%)", CellAlign.Right),
        ],
        [.. Lines.Select(l => Row.Of(
            l.Year.ToString(CultureInfo.InvariantCulture), Cells.Target(l.Renstra), Cells.Target(l.Agreement), Cells.Realisation(l.Annual.Realisation, null),
            Cells.Percent(l.Annual.Capaian, "Capaian"), Cells.Text(l.Annual.Category?.Label), Cells.Change(l.Change, "Perubahan"),
            Cells.Percent(l.Progress, "Tingkat kemajuan")))]);

    /// <param name="Annual">The annual target (PK, else Renstra), realisasi, capaian and kategori of the year.</param>
    public sealed record Line(int Year, Target? Renstra, Target? Agreement, CapaianResult Annual, Explained<decimal?> Change, Explained<decimal?> Progress);
}
