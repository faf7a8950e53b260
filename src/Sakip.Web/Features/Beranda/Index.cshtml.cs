using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Reports.Tables;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Beranda;

/// <summary>The dashboard of a unit and year: indicator cards, sasaran averages, budget absorption, what is missing.</summary>
public sealed partial class IndexModel(SakipDb db, UnitResultCache cache, TimeProvider clock) : PageModel
{
    public View Dashboard { get; private set; } = null!;

    public IReadOnlyList<BerandaCharts.Chart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var performance = await cache.PerformanceAsync(db, unit, ct);
        var year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        var figures = await cache.GetOrLoadAsync(unit, nameof(Figures), year, () => FiguresAsync(unit, performance, year, ct));
        Dashboard = new View(
            unit, year, DataYears.Offered(performance.Years, year), figures.Cards, figures.Objectives, figures.Budget, Missing(performance, year),
            [.. figures.Trail.Where(u => access.CanRead(u.Path))], figures.Children);
        Charts = BerandaCharts.Build(performance, Dashboard);
        return Page();
    }

    /// <summary>What the dashboard shows of a unit and year whoever looks at it, computed once per data version.</summary>
    async Task<Figures> FiguresAsync(UnitRef unit, UnitPerformance performance, int year, CancellationToken ct)
    {
        var cards = performance.Indicators.Select(i => new Card(i, performance.Annual(i.Code, year))).ToList();
        var objectives = ObjectiveTable.For(
            performance.Calculator, performance.Data.PlanElements.Where(p => p.Kind == PlanElementKind.Objective && p.Unit == unit.Code), year).Lines;
        var (trail, children) = await UnitLookup.NeighboursAsync(db, unit, ct);
        return new Figures(cards, objectives, await BudgetAsync(unit, year, ct), trail, children);
    }

    /// <summary>The unit's programs (and those of the units below it) for the year, with absorption.</summary>
    async Task<BudgetSummary> BudgetAsync(UnitRef unit, int year, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking()
            .Where(b => b.Year == year && b.Unit.Path.StartsWith(unit.Path))
            .Select(b => new BudgetLine(b.Code, b.Unit.Code, b.Year, b.Level, b.Parent != null ? b.Parent.Code : null, b.Name, b.Ceiling, b.Spent, null, null, null))
            .ToListAsync(ct);
        var tree = BudgetTreeTable.For(lines, BudgetRules.Rollup(lines), code => code);
        var programs = tree.Programs.ToList();
        return new BudgetSummary(
            programs.Count, tree.Ceiling.Value, tree.Spent.Value, tree.Absorption,
            [.. programs.OrderBy(p => p.Amounts.Absorption.Value ?? decimal.MaxValue).Take(5).Select(p => (p.Budget.Name, p.Budget.Unit, p.Amounts.Absorption))]);
    }

    /// <summary>Quarters up to now that have a non-zero target but no realisation yet.</summary>
    List<(Core.Planning.Indicator Indicator, Period Quarter)> Missing(UnitPerformance performance, int year)
    {
        var today = clock.GetLocalNow();
        var lastQuarter = year < today.Year ? 4 : year > today.Year ? 0 : (today.Month + 2) / 3;
        var missing = new List<(Core.Planning.Indicator, Period)>();
        foreach (var indicator in performance.Indicators)
        {
            foreach (var quarter in Periods.Quarters.Take(lastQuarter))
            {
                var (target, _) = performance.Calculator.TargetFor(indicator.Code, year, quarter);
                var realised = performance.Calculator.OwnRealisation(indicator.Code, year, quarter).Value;
                if (target is { Min: not 0 } && realised is null)
                {
                    missing.Add((indicator, quarter));
                }
            }
        }
        return missing;
    }

    public sealed record View(
        UnitRef Unit, int Year, IReadOnlyList<int> Years, IReadOnlyList<Card> Cards, IReadOnlyList<ObjectiveTable.Line> Objectives,
        BudgetSummary Budget, IReadOnlyList<(Core.Planning.Indicator Indicator, Period Quarter)> Missing,
        IReadOnlyList<UnitRef> Trail, IReadOnlyList<UnitRef> Children);

    /// <param name="Trail">Every unit from the top down to this one; each caller sees the part in its scope.</param>
    sealed record Figures(
        IReadOnlyList<Card> Cards, IReadOnlyList<ObjectiveTable.Line> Objectives, BudgetSummary Budget, IReadOnlyList<UnitRef> Trail, IReadOnlyList<UnitRef> Children);

    public sealed record Card(Core.Planning.Indicator Indicator, CapaianResult Result);

    public sealed record BudgetSummary(
        int Programs, decimal? Ceiling, decimal? Spent, Explained<decimal?> Absorption,
        IReadOnlyList<(string Name, string Unit, Explained<decimal?> Absorption)> Lowest);
}
