using Sakip.Core.Budget;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>
/// Per sasaran and indicator that has linked budget: capaian kinerja, absorption of that budget and the efficiency
/// (capaian − penyerapan, LKjIP "tingkat efisiensi penggunaan sumber daya").
/// </summary>
public sealed record EfficiencyTable(IReadOnlyList<EfficiencyTable.Line> Lines)
{
    public static EfficiencyTable For(
        CapaianCalculator calculator, IEnumerable<PlanElement> objectives, IEnumerable<Indicator> indicators,
        IReadOnlyList<BudgetLine> lines, IReadOnlyDictionary<BudgetKey, BudgetAmounts> rollup, int year)
    {
        var result = new List<Line>();
        foreach (var objective in objectives.Where(p => lines.Any(l => l.PlanElement == p.Code)))
        {
            result.Add(Line.Of(objective.Code, objective.Statement, true, calculator.ForObjective(objective.Code, year),
                LinkedBudget.Sum(lines, rollup, l => l.PlanElement == objective.Code)));
        }
        foreach (var indicator in indicators.Where(i => lines.Any(l => l.Indicator == i.Code)))
        {
            result.Add(Line.Of(indicator.Code, indicator.Name, false, calculator.For(indicator.Code, year, Period.Annual).Capaian,
                LinkedBudget.Sum(lines, rollup, l => l.Indicator == indicator.Code)));
        }
        return new(result);
    }

    public IEnumerable<Line> Objectives => Lines.Where(l => l.IsObjective);

    public IEnumerable<Line> Indicators => Lines.Where(l => !l.IsObjective);

    public TableBlock ToBlock(string number, string caption, bool objectivesOnly = true) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column(objectivesOnly ? "Sasaran Strategis" : "Sasaran/Indikator", Width: 3),
            new Column("% Capaian Kinerja", CellAlign.Right), new Column("Pagu (Rp)", CellAlign.Right, 1.4m), new Column("Realisasi (Rp)", CellAlign.Right, 1.4m),
            new Column("% Penyerapan Anggaran", CellAlign.Right), new Column("Tingkat Efisiensi", CellAlign.Right),
        ],
        [.. Lines.Where(l => l.IsObjective || !objectivesOnly).Select((l, i) => Row.Of(
            Cells.Number(i + 1), l.Name, Cells.Percent(l.Capaian, "Capaian"), Cells.Amount(l.Ceiling, "Pagu"), Cells.Amount(l.Spent, "Realisasi"),
            Cells.Percent(l.Absorption, "Penyerapan"), Cells.Change(l.Efficiency, "Efisiensi")))])
    {
        Notes = ["Tingkat efisiensi = % capaian kinerja − % penyerapan anggaran (poin persen); positif berarti kinerja tercapai dengan anggaran lebih sedikit."],
    };

    public sealed record Line(
        string Code, string Name, bool IsObjective, Explained<decimal?> Capaian, Explained<decimal?> Ceiling, Explained<decimal?> Spent,
        Explained<decimal?> Absorption, Explained<decimal?> Efficiency)
    {
        public static Line Of(string code, string name, bool isObjective, Explained<decimal?> capaian, (Explained<decimal?> Ceiling, Explained<decimal?> Spent) budget)
        {
            var absorption = BudgetRules.Absorption(budget.Ceiling.Value, budget.Spent.Value);
            return new Line(code, name, isObjective, capaian, budget.Ceiling, budget.Spent, absorption, BudgetRules.Efficiency(capaian.Value, absorption.Value));
        }
    }
}
