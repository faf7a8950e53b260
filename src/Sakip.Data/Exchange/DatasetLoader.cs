using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Data.Exchange;

/// <summary>
/// Loads the records of a unit subtree (and optionally one year) as a Core <see cref="Dataset"/>, the input of every
/// rule. Ancestor units and plan elements that the subtree refers to are included, so an export reads back valid.
/// </summary>
public static class DatasetLoader
{
    public static async Task<Dataset> LoadAsync(SakipDb db, string? unitPath = null, int? year = null, CancellationToken ct = default)
    {
        var scope = await UnitScope.ResolveAsync(db, unitPath, ct);
        var plan = await PlanElementsAsync(db, scope.OwnIds, ct);
        var planIds = plan.Select(p => p.Id).ToHashSet();
        var indicators = await db.Indicators.AsNoTracking().Where(i => planIds.Contains(i.PlanElementId)).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.PlanElementId, Row = new Indicator(i.Code, "", i.Name, i.Measure, i.Direction, i.Aggregation, i.IsKey, i.Formula, i.Numerator, i.Denominator, i.DataSource, i.Responsible, i.Order) })
            .ToListAsync(ct);
        var planCodes = plan.ToDictionary(p => p.Id, p => p.Code);
        var indicatorIds = indicators.Select(i => i.Id).ToHashSet();
        var indicatorCodes = indicators.ToDictionary(i => i.Id, i => i.Row.Code);

        return new Dataset
        {
            Units = scope.Units,
            PlanElements = [.. plan.Select(p => p.Row)],
            Indicators = [.. indicators.Select(i => i.Row with { PlanElement = planCodes[i.PlanElementId] })],
            Targets = await db.Targets.AsNoTracking().Where(t => indicatorIds.Contains(t.IndicatorId) && (year == null || t.Year == year)).OrderBy(t => t.Id)
                .Select(t => new Target(t.Indicator.Code, t.Year, t.Kind, t.Value, t.Max, t.Text)).ToListAsync(ct),
            Realisations = await db.Realisations.AsNoTracking().Where(r => indicatorIds.Contains(r.IndicatorId) && (year == null || r.Year == year)).OrderBy(r => r.Id)
                .Select(r => new Realisation(r.Indicator.Code, r.Year, r.Period, r.Value, r.Text, r.PrintedCapaian, r.Note)).ToListAsync(ct),
            Components = await db.Components.AsNoTracking().Where(c => indicatorIds.Contains(c.IndicatorId) && (year == null || c.Year == year)).OrderBy(c => c.Id)
                .Select(c => new RatioComponent(c.Indicator.Code, c.Year, c.Period, c.Kind, c.Value, c.Source)).ToListAsync(ct),
            BudgetLines = await BudgetAsync(db, scope, planCodes, indicatorCodes, year, ct),
            Evaluations = await EvaluationsAsync(db, scope, year, ct),
            Recommendations = await RecommendationsAsync(db, scope, year, ct),
            Scales = await ScalesAsync(db, ct),
        };
    }

    /// <summary>The subtree's plan elements and every ancestor element they hang under, in insertion order.</summary>
    static async Task<List<(int Id, string Code, PlanElement Row)>> PlanElementsAsync(SakipDb db, IReadOnlySet<int> unitIds, CancellationToken ct)
    {
        var all = await db.PlanElements.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ParentId, p.UnitId, p.Code, UnitCode = p.Unit.Code, p.Kind, p.Statement, p.PeriodStart, p.PeriodEnd })
            .ToListAsync(ct);
        var byId = all.ToDictionary(p => p.Id);
        var wanted = new HashSet<int>();
        foreach (var element in all.Where(p => unitIds.Contains(p.UnitId)))
        {
            for (int? id = element.Id; id is { } current && wanted.Add(current); id = byId.GetValueOrDefault(current)?.ParentId)
            {
            }
        }
        return [.. all.Where(p => wanted.Contains(p.Id)).Select(p => (p.Id, p.Code,
            new PlanElement(p.Code, p.UnitCode, p.Kind, p.ParentId is { } parent ? byId[parent].Code : null, p.Statement, p.PeriodStart, p.PeriodEnd)))];
    }

    static async Task<IReadOnlyList<BudgetLine>> BudgetAsync(
        SakipDb db, UnitScope scope, Dictionary<int, string> planCodes, Dictionary<int, string> indicatorCodes, int? year, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking().Where(b => scope.OwnIds.Contains(b.UnitId) && (year == null || b.Year == year)).OrderBy(b => b.Id).ToListAsync(ct);
        var codes = lines.ToDictionary(b => b.Id, b => b.Code);
        return [.. lines.Select(b => new BudgetLine(
            b.Code, scope.Codes[b.UnitId], b.Year, b.Level, b.ParentId is { } p ? codes.GetValueOrDefault(p) : null, b.Name, b.Ceiling, b.Spent,
            b.PlanElementId is { } e ? planCodes.GetValueOrDefault(e) : null, b.IndicatorId is { } i ? indicatorCodes.GetValueOrDefault(i) : null, b.PrintedPercent))];
    }

    static async Task<IReadOnlyList<EvaluationScore>> EvaluationsAsync(SakipDb db, UnitScope scope, int? year, CancellationToken ct)
    {
        var rows = await db.EvaluationScores.AsNoTracking().Where(e => scope.OwnIds.Contains(e.UnitId) && (year == null || e.Year == year))
            .OrderBy(e => e.Id).ToListAsync(ct);
        return [.. rows.Select(e => new EvaluationScore(scope.Codes[e.UnitId], e.Year, e.Component, e.Weight, e.Score, e.PrintedGrade))];
    }

    static async Task<IReadOnlyList<Recommendation>> RecommendationsAsync(SakipDb db, UnitScope scope, int? year, CancellationToken ct)
    {
        var rows = await db.Recommendations.AsNoTracking().Where(r => scope.OwnIds.Contains(r.UnitId) && (year == null || r.Year == year))
            .OrderBy(r => r.Id).ToListAsync(ct);
        return [.. rows.Select(r => new Recommendation(scope.Codes[r.UnitId], r.Year, r.Number, r.Component, r.Text, r.FollowUp, r.Status, r.PrintedStatus))];
    }

    static async Task<IReadOnlyList<Scale>> ScalesAsync(SakipDb db, CancellationToken ct)
    {
        var bands = await db.ScaleBands.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);
        return [.. bands.GroupBy(b => b.Scale).Select(g => Scale.Create(g.Key, [.. g.OrderBy(b => b.Order).Select(b => new Band(b.Label, b.Lower, b.Upper))], out _)).OfType<Scale>()];
    }
}
