using Sakip.Core;
using Sakip.Core.Budget;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;

namespace Sakip.Reports.Tables;

/// <summary>
/// What a document covers: one unit's plan and indicators, the budget of the unit and the units below it, one year,
/// and the engine over the whole dataset (so previous years and the Renstra end target are at hand).
/// </summary>
public sealed class ReportScope
{
    public ReportScope(Dataset data, string unit, int year)
    {
        Data = data;
        UnitCode = unit;
        Year = year;
        Unit = data.Units.FirstOrDefault(u => u.Code == unit);
        Calculator = new CapaianCalculator(data);
        Units = new UnitTree(data.Units).SelfAndDescendants(unit);
        var elements = data.PlanElements.Where(p => p.Unit == unit).ToList();
        Goals = [.. elements.Where(p => p.Kind == PlanElementKind.Goal)];
        Objectives = [.. elements.Where(p => p.Kind == PlanElementKind.Objective)];
        Indicators = [.. Goals.Concat(Objectives).SelectMany(IndicatorsOf)];
        Budget = [.. data.BudgetLines.Where(b => b.Year == year && Units.Contains(b.Unit))];
        Rollup = BudgetRules.Rollup(Budget);
    }

    public Dataset Data { get; }

    public string UnitCode { get; }

    public int Year { get; }

    public Unit? Unit { get; }

    public string UnitName => Unit?.Name ?? UnitCode;

    public CapaianCalculator Calculator { get; }

    /// <summary>The unit and every unit below it: whose budget the document counts.</summary>
    public IReadOnlySet<string> Units { get; }

    public IReadOnlyList<PlanElement> Goals { get; }

    public IReadOnlyList<PlanElement> Objectives { get; }

    /// <summary>The indicators of the unit's tujuan then sasaran, each element's in their order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public IEnumerable<Indicator> ObjectiveIndicators => Objectives.SelectMany(IndicatorsOf);

    public IReadOnlyList<BudgetLine> Budget { get; }

    public IReadOnlyDictionary<BudgetKey, BudgetAmounts> Rollup { get; }

    public IReadOnlyList<Indicator> IndicatorsOf(PlanElement element) =>
        [.. Calculator.Index.IndicatorsOf(element.Code).OrderBy(i => i.Order ?? int.MaxValue).ThenBy(i => i.Code, StringComparer.Ordinal)];

    public CapaianResult Annual(string indicator) => Calculator.For(indicator, Year, Period.Annual);

    public string UnitNameOf(string code) => Data.Units.FirstOrDefault(u => u.Code == code)?.Name ?? code;

    /// <summary>The short name (singkatan) where a table has little room, e.g. "Biro POD".</summary>
    public string UnitShortNameOf(string code) => Data.Units.FirstOrDefault(u => u.Code == code)?.DisplayName ?? code;

    /// <summary>The unit's Perjanjian Kinerja of the year: the latest version.</summary>
    public Core.Agreements.Agreement? Agreement =>
        Data.Agreements.Where(a => a.Unit == UnitCode && a.Year == Year).OrderByDescending(a => a.Version).FirstOrDefault();
}
