using Sakip.Core.Budget;
using Sakip.Core.Explaining;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>
/// Budget per program → kegiatan → sub kegiatan with pagu, realisasi and absorption, grouped by unit; a parent's
/// amounts are the sums of its children (<see cref="BudgetRules.Rollup"/>).
/// </summary>
public sealed record BudgetTreeTable(IReadOnlyList<BudgetTreeTable.Line> Lines, Explained<decimal?> Ceiling, Explained<decimal?> Spent)
{
    /// <param name="lines">The lines in their order; programs are those without a parent.</param>
    public static BudgetTreeTable For(IReadOnlyList<BudgetLine> lines, IReadOnlyDictionary<BudgetKey, BudgetAmounts> rollup, Func<string, string> unitName)
    {
        var children = lines.Where(l => l.ParentKey is not null).ToLookup(l => l.ParentKey!.Value);
        var ordered = new List<Line>();
        // By reference: a cycle (rejected on import) cannot loop, while two units' lines of the same code both show.
        var seen = new HashSet<BudgetLine>(ReferenceEqualityComparer.Instance);
        void Add(BudgetLine line, int depth)
        {
            if (!seen.Add(line))
            {
                return;
            }
            ordered.Add(new Line(line, unitName(line.Unit), depth, rollup[line.Key]));
            foreach (var child in children[line.Key])
            {
                Add(child, depth + 1);
            }
        }
        foreach (var program in lines.Where(l => l.Parent is null))
        {
            Add(program, 0);
        }
        var programs = ordered.Where(l => l.Depth == 0).ToList();
        return new(ordered, Total("pagu", programs, a => a.Ceiling), Total("realisasi", programs, a => a.Spent));
    }

    /// <remarks>
    /// Summed over the programs as listed (each once, by reference). A program without an amount leaves the total
    /// without one.
    /// </remarks>
    static Explained<decimal?> Total(string what, List<Line> programs, Func<BudgetAmounts, Explained<decimal?>> amount)
    {
        var method = $"Jumlah {what} seluruh program";
        var inputs = programs.Select((p, i) => new NamedValue($"P{i + 1}", amount(p.Amounts).Value, p.Budget.Name)).ToArray();
        if (inputs.Length == 0 || inputs.Any(i => i.Value is null))
        {
            return Explained.None(method, inputs.Length == 0 ? "belum ada program" : $"ada program yang {what}-nya kosong", inputs);
        }
        return Explained.Compute(() => inputs.Sum(i => i.Value!.Value), method, string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}")), inputs);
    }

    public Explained<decimal?> Absorption => BudgetRules.Absorption(Ceiling.Value, Spent.Value);

    public IEnumerable<Line> Programs => Lines.Where(l => l.Depth == 0);

    /// <param name="maxDepth">0 for programs only, 1 down to kegiatan, 2 (all) down to sub kegiatan.</param>
    public TableBlock ToBlock(string number, string caption, int maxDepth = 2)
    {
        var rows = new List<Row>();
        string? unit = null;
        var manyUnits = Lines.Select(l => l.UnitName).Distinct().Skip(1).Any();
        foreach (var line in Lines.Where(l => l.Depth <= maxDepth))
        {
            if (line.UnitName != unit && manyUnits)
            {
                rows.Add(Row.Group(line.UnitName));
                unit = line.UnitName;
            }
            rows.Add(new Row(
                [new string(' ', line.Depth * 2) + line.Budget.Name, Cells.Text(Level(line.Budget.Level)), Cells.Amount(line.Amounts.Ceiling, "Pagu"),
                    Cells.Amount(line.Amounts.Spent, "Realisasi"), Cells.Percent(line.Amounts.Absorption, "Penyerapan")],
                line.Depth == 0 && maxDepth > 0 ? RowKind.Total : RowKind.Normal));
        }
        rows.Add(new Row(["Jumlah", "", Cells.Amount(Ceiling, "Jumlah pagu"), Cells.Amount(Spent, "Jumlah realisasi"), Cells.Percent(Absorption, "Penyerapan")], RowKind.Total));
        return new(number, caption,
            [
                new Column("Program/Kegiatan/Sub Kegiatan", Width: 4), new Column("Tingkat", CellAlign.Center),
                new Column("Pagu (Rp)", CellAlign.Right, 1.5m), new Column("Realisasi (Rp)", CellAlign.Right, 1.5m), new Column("%", CellAlign.Right, 0.7m),
            ],
            rows);
    }

    public static string Level(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => "Program",
        BudgetLevel.Activity => "Kegiatan",
        BudgetLevel.SubActivity => "Sub Kegiatan",
    };

    public sealed record Line(BudgetLine Budget, string UnitName, int Depth, BudgetAmounts Amounts);
}
