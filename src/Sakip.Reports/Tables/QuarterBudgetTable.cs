using Sakip.Core.Budget;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>
/// Budget absorption per program and quarter: each quarter's realisasi (a program's is the sum of its children's, by the
/// same rollup as the annual amounts), the total up to the quarter and its absorption of the pagu.
/// </summary>
public sealed record QuarterBudgetTable(Func<string, string> UnitName, int UpTo, IReadOnlyList<QuarterBudgetTable.Line> Lines)
{
    public static QuarterBudgetTable For(IReadOnlyList<BudgetLine> lines, IReadOnlyDictionary<BudgetKey, BudgetAmounts> rollup, int upTo, Func<string, string> unitName)
    {
        var quarters = Enumerable.Range(1, Math.Clamp(upTo, 1, 4)).ToList();
        var byQuarter = quarters.Select(q => BudgetRules.Rollup([.. lines.Select(l => l with { Spent = l.Quarters?[q] })])).ToList();
        return new(unitName, quarters.Count, [.. lines.Where(l => l.Parent is null).Select(program =>
        {
            var spent = byQuarter.Select(r => r[program.Key].Spent).ToList();
            var cumulative = Cumulative(spent, quarters.Count);
            var ceiling = rollup[program.Key].Ceiling;
            return new Line(program, ceiling, spent, cumulative, BudgetRules.Absorption(ceiling.Value, cumulative.Value));
        })]);
    }

    static Explained<decimal?> Cumulative(List<Explained<decimal?>> spent, int upTo)
    {
        var method = $"Realisasi s.d. {Periods.Label(Periods.Quarters[upTo - 1])} = jumlah realisasi triwulan";
        var inputs = spent.Select((s, i) => new NamedValue($"TW{i + 1}", s.Value, Periods.Label(Periods.Quarters[i]))).ToArray();
        return spent.All(s => s.Value is null)
            ? Explained.None(method, "belum ada realisasi triwulan", inputs)
            : Explained.Compute(() => spent.Sum(s => s.Value ?? 0m), method, string.Join(" + ", inputs.Where(i => i.Value is not null).Select(i => "{" + i.Symbol + "}")), inputs);
    }

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Program", Width: 3), new Column("Unit Kerja", Width: 1.2m), new Column("Pagu (Rp)", CellAlign.Right, 1.4m),
            .. Periods.Quarters.Take(UpTo).Select(q => new Column(Periods.Label(q), CellAlign.Right, 1.2m, "Realisasi (Rp)")),
            new Column($"Jumlah s.d. {Periods.Label(Periods.Quarters[UpTo - 1])} (Rp)", CellAlign.Right, 1.4m), new Column("% Penyerapan", CellAlign.Right, 0.8m),
        ],
        [.. Lines.Select((l, i) => Row.Of(
        [
            Cells.Number(i + 1), l.Program.Name, UnitName(l.Program.Unit), Cells.Amount(l.Ceiling, "Pagu"), .. l.Quarters.Select(q => Cells.Amount(q, "Realisasi triwulan")),
            Cells.Amount(l.Cumulative, "Realisasi kumulatif"), Cells.Percent(l.Absorption, "Penyerapan"),
        ]))]);

    public sealed record Line(BudgetLine Program, Explained<decimal?> Ceiling, IReadOnlyList<Explained<decimal?>> Quarters, Explained<decimal?> Cumulative, Explained<decimal?> Absorption);
}
