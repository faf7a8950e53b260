using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// The RPJMD/Renstra tree of a unit for display: visi → misi → tujuan → sasaran, each with its indicators, their
/// baseline, Renstra target per year of the plan period and the end target. Built from a <see cref="PlanSnapshot"/>.
/// </summary>
public sealed record PlanTree(string UnitCode, IReadOnlyList<int> Years, IReadOnlyList<PlanTree.Node> Roots, IReadOnlyList<PlanTree.IndicatorRow> Indicators)
{
    public sealed record Node(PlanElement Element, bool Own, IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<Node> Children);

    /// <param name="End">The Renstra target of the latest year that has one: the target at the end of the plan period.</param>
    public sealed record IndicatorRow(Indicator Indicator, PlanElement Element, bool Own, Target? Baseline, IReadOnlyDictionary<int, Target> Renstra, Target? End);

    public static PlanTree Build(PlanSnapshot plan, string unitCode)
    {
        var elements = plan.PlanElements.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var rows = plan.Indicators.Where(i => elements.ContainsKey(i.PlanElement))
            .OrderBy(i => i.Order ?? int.MaxValue).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => Row(i, elements[i.PlanElement], unitCode, plan.Targets.Where(t => t.Indicator == i.Code).ToList()))
            .ToList();
        Node NodeOf(PlanElement e) => new(e, e.Unit == unitCode,
            [.. rows.Where(r => r.Element.Code == e.Code)],
            [.. plan.PlanElements.Where(c => c.Parent == e.Code).Select(NodeOf)]);
        var roots = plan.PlanElements.Where(e => e.Parent is null || !elements.ContainsKey(e.Parent)).Select(NodeOf).ToList();
        return new PlanTree(unitCode, PeriodYears(plan, unitCode), roots, rows);
    }

    static IndicatorRow Row(Indicator indicator, PlanElement element, string unitCode, List<Target> targets)
    {
        var renstra = targets.Where(t => t.Kind == TargetKind.Renstra).GroupBy(t => t.Year).ToDictionary(g => g.Key, g => g.First());
        var end = renstra.Count == 0 ? null : renstra[renstra.Keys.Max()];
        return new IndicatorRow(indicator, element, element.Unit == unitCode,
            targets.Where(t => t.Kind == TargetKind.Baseline).OrderByDescending(t => t.Year).FirstOrDefault(), renstra, end);
    }

    /// <summary>The years of the unit's plan period, widened to every year that has a Renstra target.</summary>
    static List<int> PeriodYears(PlanSnapshot plan, string unitCode)
    {
        var own = plan.PlanElements.Where(e => e.Unit == unitCode).ToList();
        var periods = (own.Count > 0 ? own : plan.PlanElements).Where(e => e.PeriodStart is not null && e.PeriodEnd is not null)
            .SelectMany(e => Enumerable.Range(e.PeriodStart!.Value, Math.Max(0, e.PeriodEnd!.Value - e.PeriodStart.Value + 1)));
        return [.. periods.Concat(plan.Targets.Where(t => t.Kind == TargetKind.Renstra).Select(t => t.Year)).Distinct().Order()];
    }
}
