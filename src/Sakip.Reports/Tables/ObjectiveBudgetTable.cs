using Sakip.Core.Budget;
using Sakip.Core.Explaining;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>The programs (or kegiatan) linked to each sasaran with their budget, and the budget per sasaran.</summary>
public sealed record ObjectiveBudgetTable(Func<string, string> UnitName, IReadOnlyList<ObjectiveBudgetTable.Group> Groups)
{
    /// <param name="unitName">The name to print beside a program, since units hold programs of the same name.</param>
    public static ObjectiveBudgetTable For(
        IEnumerable<PlanElement> objectives, IReadOnlyList<BudgetLine> lines, IReadOnlyDictionary<BudgetKey, BudgetAmounts> rollup, Func<string, string> unitName)
    {
        var byKey = lines.DistinctBy(l => l.Key).ToDictionary(l => l.Key);
        return new(unitName, [.. objectives.Select(o =>
        {
            bool Serves(BudgetLine l) => l.PlanElement == o.Code;
            // A line under another linked line is already counted in it (as LinkedBudget.Sum counts).
            var top = lines.Where(l => Serves(l) && !Ancestors(l, byKey).Any(Serves)).Select(l => (l, rollup[l.Key])).ToList();
            var (ceiling, spent) = LinkedBudget.Sum(lines, rollup, Serves);
            return new Group(o, top, ceiling, spent);
        })]);
    }

    static IEnumerable<BudgetLine> Ancestors(BudgetLine line, Dictionary<BudgetKey, BudgetLine> byKey)
    {
        var seen = new HashSet<BudgetKey>();
        for (var parent = line.ParentKey; parent is { } key && seen.Add(key) && byKey.TryGetValue(key, out var found); parent = found.ParentKey)
        {
            yield return found;
        }
    }

    public TableBlock ToBlock(string number, string caption)
    {
        var rows = new List<Row>();
        foreach (var (group, index) in Groups.Select((g, i) => (g, i)))
        {
            rows.Add(Row.Group($"Sasaran {index + 1}: {group.Objective.Statement}"));
            rows.AddRange(group.Lines.Select((l, i) => Row.Of(
                Cells.Number(i + 1), l.Line.Name, UnitName(l.Line.Unit), Cells.Amount(l.Amounts.Ceiling, "Pagu"), Cells.Amount(l.Amounts.Spent, "Realisasi"),
                Cells.Percent(l.Amounts.Absorption, "Penyerapan"))));
            if (group.Lines.Count == 0)
            {
                rows.Add(Row.Of("", "Belum ada program yang dikaitkan dengan sasaran ini.", "", "-", "-", "-"));
            }
            rows.Add(new Row(["", "Jumlah sasaran " + (index + 1), "", Cells.Amount(group.Ceiling, "Pagu"), Cells.Amount(group.Spent, "Realisasi"),
                Cells.Percent(group.Absorption, "Penyerapan")], RowKind.Total));
        }
        return new(number, caption,
            [
                new Column("No.", CellAlign.Center, 0.4m), new Column("Program/Kegiatan", Width: 3), new Column("Unit Kerja", Width: 1.2m),
                new Column("Pagu (Rp)", CellAlign.Right, 1.5m), new Column("Realisasi (Rp)", CellAlign.Right, 1.5m), new Column("%", CellAlign.Right, 0.7m),
            ],
            rows);
    }

    public sealed record Group(PlanElement Objective, IReadOnlyList<(BudgetLine Line, BudgetAmounts Amounts)> Lines, Explained<decimal?> Ceiling, Explained<decimal?> Spent)
    {
        public Explained<decimal?> Absorption => BudgetRules.Absorption(Ceiling.Value, Spent.Value);
    }
}
