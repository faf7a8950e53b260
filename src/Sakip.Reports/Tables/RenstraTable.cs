using System.Globalization;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>The Renstra: tujuan and sasaran with their indicators, the baseline and the Renstra target of every plan year.</summary>
public sealed record RenstraTable(IReadOnlyList<int> Years, IReadOnlyList<RenstraTable.Line> Lines)
{
    public static RenstraTable For(CapaianCalculator calculator, IEnumerable<(PlanElement Element, IReadOnlyList<Indicator> Indicators)> elements)
    {
        var list = elements.ToList();
        var index = calculator.Index;
        var start = list.Select(e => e.Element.PeriodStart).Min();
        var end = list.Select(e => e.Element.PeriodEnd).Max();
        var years = start is { } s && end is { } e && e >= s && e - s < 10
            ? Enumerable.Range(s, e - s + 1).ToList()
            : [.. list.SelectMany(x => x.Indicators).SelectMany(i => index.IndicatorYears.Where(y => y.Indicator == i.Code).Select(y => y.Year))
                .Where(y => list.SelectMany(x => x.Indicators).Any(i => index.Target(i.Code, y, TargetKind.Renstra) is not null)).Distinct().Order()];
        return new(years, [.. list.Select(x => new Line(x.Element, [.. x.Indicators.Select(i => (i, Baseline(calculator, i.Code, years),
            (IReadOnlyList<Target?>)[.. years.Select(y => index.Target(i.Code, y, TargetKind.Renstra))]))]))]);
    }

    /// <summary>The baseline (kondisi awal): the <c>awal</c> target of the first plan year or the year before it.</summary>
    static Target? Baseline(CapaianCalculator calculator, string indicator, List<int> years) =>
        years.Count == 0 ? null
        : calculator.Index.Target(indicator, years[0], TargetKind.Baseline) ?? calculator.Index.Target(indicator, years[0] - 1, TargetKind.Baseline);

    public TableBlock ToBlock(string number, string caption)
    {
        var rows = new List<Row>();
        foreach (var line in Lines)
        {
            rows.Add(Row.Group($"{Kind(line.Element.Kind)}: {line.Element.Statement}"));
            rows.AddRange(line.Indicators.Select(x => Row.Of(
            [
                x.Indicator.Name, Cells.Text(x.Indicator.Measure), Cells.Target(x.Baseline), .. x.Targets.Select(Cells.Target),
            ])));
            if (line.Indicators.Count == 0)
            {
                rows.Add(Row.Of(["Belum ada indikator.", "-", "-", .. Years.Select(_ => new Cell("-"))]));
            }
        }
        return new(number, caption,
            [
                new Column("Indikator Kinerja", Width: 3), new Column("Satuan", CellAlign.Center), new Column("Kondisi Awal", CellAlign.Right),
                .. Years.Select(y => new Column(y.ToString(CultureInfo.InvariantCulture), CellAlign.Right, Group: "Target")),
            ],
            rows);
    }

    static string Kind(PlanElementKind kind) => kind switch
    {
        PlanElementKind.Vision => "Visi",
        PlanElementKind.Mission => "Misi",
        PlanElementKind.Goal => "Tujuan",
        PlanElementKind.Objective => "Sasaran",
    };

    public sealed record Line(PlanElement Element, IReadOnlyList<(Indicator Indicator, Target? Baseline, IReadOnlyList<Target?> Targets)> Indicators);
}
