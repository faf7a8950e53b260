using Sakip.Core.Agreements;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.Tables;

/// <summary>The Perjanjian Kinerja's content: sasaran, indicators and their <c>pk</c> targets; programs with budget and the total.</summary>
public sealed record AgreementTable(
    IReadOnlyList<(PlanElement Objective, IReadOnlyList<(Indicator Indicator, Target? Target)> Indicators)> Objectives,
    IReadOnlyList<AgreementProgram> Programs,
    Explained<decimal?> Total)
{
    public static AgreementTable For(CapaianCalculator calculator, IEnumerable<(PlanElement Objective, IReadOnlyList<Indicator> Indicators)> objectives,
        IEnumerable<AgreementProgram> programs, int year)
    {
        var list = programs.ToList();
        var inputs = list.Select((p, i) => new NamedValue($"A{i + 1}", p.Amount, p.Name)).ToArray();
        var total = list.Count == 0
            ? Explained.None("Jumlah anggaran Perjanjian Kinerja", "belum ada program")
            : Explained.Compute(() => list.Sum(p => p.Amount), "Jumlah anggaran Perjanjian Kinerja", string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}")), inputs);
        return new(
            [.. objectives.Select(o => (o.Objective, (IReadOnlyList<(Indicator, Target?)>)[.. o.Indicators.Select(i => (i, calculator.Index.Target(i.Code, year, TargetKind.Agreement)))]))],
            list, total);
    }

    /// <summary>The total in words, as the PK prints it under the programs ("Enam miliar … rupiah"); none beyond what words name.</summary>
    public string? TotalInWords => Total.Value is { } t && Math.Abs(t) < MaxInWords && Terbilang.Rupiah(t) is var words
        ? char.ToUpper(words[0], IdFormat.Culture) + words[1..]
        : null;

    /// <summary>The bound of <see cref="Terbilang.Words"/> (999 kuadriliun); a sum of stored amounts can exceed it.</summary>
    const decimal MaxInWords = 1_000_000_000_000_000_000m;

    public TableBlock IndicatorsBlock(string number, string caption)
    {
        var rows = new List<Row>();
        foreach (var ((objective, indicators), index) in Objectives.Select((o, i) => (o, i)))
        {
            foreach (var ((indicator, target), at) in indicators.Select((x, i) => (x, i)))
            {
                rows.Add(Row.Of(at == 0 ? Cells.Number(index + 1) : Cell.Continued, at == 0 ? objective.Statement : Cell.Continued, indicator.Name, Cells.Text(indicator.Measure), Cells.Target(target)));
            }
            if (indicators.Count == 0)
            {
                rows.Add(Row.Of(Cells.Number(index + 1), objective.Statement, "-", "-", "-"));
            }
        }
        return new(number, caption,
            [
                new Column("No.", CellAlign.Center, 0.4m), new Column("Sasaran Strategis", Width: 2.5m), new Column("Indikator Kinerja", Width: 3),
                new Column("Satuan", CellAlign.Center), new Column("Target", CellAlign.Right),
            ],
            rows);
    }

    public TableBlock ProgramsBlock(string number, string caption) => new(number, caption,
        [new Column("No.", CellAlign.Center, 0.4m), new Column("Program", Width: 4), new Column("Anggaran (Rp)", CellAlign.Right, 1.6m)],
        [
            .. Programs.Select((p, i) => Row.Of(Cells.Number(i + 1), p.Name, Cells.Amount(p.Amount))),
            new Row(["", "Jumlah", Cells.Amount(Total, "Jumlah anggaran")], RowKind.Total),
        ])
    {
        Notes = TotalInWords is { } words ? [$"Terbilang: {words}"] : [],
    };
}
