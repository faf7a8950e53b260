using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Explaining;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Realisasi anggaran per program of the Perjanjian Kinerja: the agreed amount against what was spent.</summary>
public sealed record AgreementBudgetTable(IReadOnlyList<AgreementBudgetTable.Line> Lines, Explained<decimal?> Agreed, Explained<decimal?> Spent)
{
    public static AgreementBudgetTable For(IEnumerable<AgreementProgram> programs, IReadOnlyDictionary<BudgetKey, BudgetAmounts> rollup)
    {
        var lines = programs.Select(p =>
        {
            var spent = p.BudgetLine is { } code && Holder(rollup, p, code) is { } amounts
                ? amounts.Spent
                : Explained.None("Realisasi anggaran", "program tidak terhubung ke data anggaran");
            return new Line(p, spent, BudgetRules.Absorption(p.Amount, spent.Value));
        }).ToList();
        return new(lines, Sum("Jumlah anggaran PK", lines.Select(l => (l.Program.Name, (decimal?)l.Program.Amount)).ToList()),
            Sum("Jumlah realisasi", lines.Select(l => (l.Program.Name, l.Spent.Value)).ToList()));
    }

    public Explained<decimal?> Absorption => BudgetRules.Absorption(Agreed.Value, Spent.Value);

    /// <summary>
    /// The line a PK program names: the PK unit's own line of that code and year, else the only one of a unit below it
    /// (a Setda's PK lists its biro's programs); codes repeat across units, so two candidates name none.
    /// </summary>
    static BudgetAmounts? Holder(IReadOnlyDictionary<BudgetKey, BudgetAmounts> rollup, AgreementProgram program, string code)
    {
        if (rollup.TryGetValue(new BudgetKey(program.Unit, program.Year, code), out var own))
        {
            return own;
        }
        var below = rollup.Where(r => r.Key.Year == program.Year && r.Key.Code == code).Take(2).ToList();
        return below.Count == 1 ? below[0].Value : null;
    }

    static Explained<decimal?> Sum(string method, IReadOnlyList<(string Name, decimal? Value)> parts)
    {
        var inputs = parts.Select((p, i) => new NamedValue($"A{i + 1}", p.Value, p.Name)).ToArray();
        return parts.Count == 0 || parts.Any(p => p.Value is null)
            ? Explained.None(method, parts.Count == 0 ? "belum ada program" : "ada program yang nilainya kosong", inputs)
            : Explained.Compute(() => parts.Sum(p => p.Value!.Value), method, string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}")), inputs);
    }

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Program", Width: 3.5m), new Column("Anggaran PK (Rp)", CellAlign.Right, 1.5m),
            new Column("Realisasi (Rp)", CellAlign.Right, 1.5m), new Column("% Penyerapan", CellAlign.Right),
        ],
        [
            .. Lines.Select((l, i) => Row.Of(Cells.Number(i + 1), l.Program.Name, Cells.Amount(l.Program.Amount), Cells.Amount(l.Spent, "Realisasi"),
                Cells.Percent(l.Absorption, "Penyerapan"))),
            new Row(["", "Jumlah", Cells.Amount(Agreed, "Jumlah anggaran PK"), Cells.Amount(Spent, "Jumlah realisasi"), Cells.Percent(Absorption, "Penyerapan")], RowKind.Total),
        ]);

    public sealed record Line(AgreementProgram Program, Explained<decimal?> Spent, Explained<decimal?> Absorption);
}
