using Sakip.Core.Evaluation;
using Sakip.Core.Scales;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.Tables;

/// <summary>The evaluation grades of the units evaluated in a year, their mean and how many reach B (LKjIP Tabel 3.13).</summary>
public sealed record GradeRecapTable(EvaluationRecap Recap, Func<string, string> UnitName)
{
    public static GradeRecapTable For(IEnumerable<EvaluationScore> scores, int year, Scale grades, Func<string, string> unitName) =>
        new(EvaluationRecap.For(year, [.. scores], grades), unitName);

    public bool IsEmpty => Recap.Units.Count == 0;

    public int AtLeastB => (int)(Recap.ShareAtLeastB.Input("m") ?? 0);

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [new Column("No.", CellAlign.Center, 0.4m), new Column("Perangkat Daerah", Width: 4), new Column("Nilai", CellAlign.Right), new Column("Predikat", CellAlign.Center)],
        [
            .. Recap.Units.Select((u, i) => Row.Of(Cells.Number(i + 1), UnitName(u.Unit), Cells.Value(u.Score), Cells.Text(u.Grade?.FullLabel))),
            new Row(["", "Rata-rata", Cells.Percent(Recap.Mean, "Rata-rata"), Cells.Text(Recap.MeanGrade?.FullLabel)], RowKind.Total),
        ])
    {
        Notes = IsEmpty ? [] :
            [$"{IdFormat.Count(AtLeastB)} dari {IdFormat.Count(Recap.Units.Count)} perangkat daerah memperoleh nilai minimal B ({IdFormat.Percent(Recap.ShareAtLeastB.Value)} %)."],
    };
}
