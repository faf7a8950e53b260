using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Anggaran;

/// <summary>
/// The budget of a unit and the units below it for a year: program → kegiatan → sub kegiatan with pagu, realisasi
/// and absorption (parents are the sums of their children), and per sasaran/indicator of the unit the absorption of
/// its linked budget and the efficiency against its capaian.
/// </summary>
public sealed class IndexModel(SakipDb db, UnitResultCache cache, TimeProvider clock) : PageModel
{
    public View Budget { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var subtree = db.BudgetLines.AsNoTracking().Where(b => b.Unit.Path.StartsWith(unit.Path));
        var years = await subtree.Select(b => b.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        var rows = await subtree.Where(b => b.Year == year).OrderBy(b => b.Id)
            .Select(b => new Source(
                new BudgetLine(b.Code, b.Unit.Code, b.Year, b.Level, b.Parent != null ? b.Parent.Code : null, b.Name, b.Ceiling, b.Spent,
                    db.PlanElements.Where(p => p.Id == b.PlanElementId).Select(p => p.Code).FirstOrDefault(),
                    db.Indicators.Where(i => i.Id == b.IndicatorId).Select(i => i.Code).FirstOrDefault(), b.PrintedPercent),
                b.Unit.Name, new[] { b.SpentQ1, b.SpentQ2, b.SpentQ3, b.SpentQ4 }))
            .ToListAsync(ct);
        var lines = rows.Select(r => r.Line).ToList();
        var rollup = BudgetRules.Rollup(lines);
        var performance = await cache.PerformanceAsync(db, unit, ct);
        Budget = new View(unit, year, DataYears.Offered(years, year), Tree(rows, rollup), Links(performance, lines, rollup, year), access.CanEditPerformance(unit.Path));
        return Page();
    }

    /// <summary>The lines in tree order (each program followed by its kegiatan and their sub kegiatan), grouped by unit.</summary>
    static List<Row> Tree(List<Source> rows, IReadOnlyDictionary<string, BudgetAmounts> rollup)
    {
        var children = rows.Where(r => r.Line.Parent is not null).ToLookup(r => r.Line.Parent!, StringComparer.Ordinal);
        var ordered = new List<Row>();
        void Add(Source source, int depth)
        {
            ordered.Add(new Row(source.Line, source.UnitName, depth, rollup[source.Line.Code], source.Quarters));
            foreach (var child in children[source.Line.Code])
            {
                Add(child, depth + 1);
            }
        }
        foreach (var program in rows.Where(r => r.Line.Parent is null))
        {
            Add(program, 0);
        }
        return ordered;
    }

    /// <summary>Per sasaran and indicator of the unit that has linked budget: capaian, absorption and efficiency.</summary>
    static List<Link> Links(UnitPerformance performance, List<BudgetLine> lines, IReadOnlyDictionary<string, BudgetAmounts> rollup, int year)
    {
        var links = new List<Link>();
        foreach (var objective in performance.Data.PlanElements.Where(p => p.Kind == PlanElementKind.Objective && lines.Any(l => l.PlanElement == p.Code)))
        {
            links.Add(Link.Of(objective.Code, objective.Statement, performance.Calculator.ForObjective(objective.Code, year),
                LinkedBudget.Sum(lines, rollup, l => l.PlanElement == objective.Code)));
        }
        foreach (var indicator in performance.Indicators.Where(i => lines.Any(l => l.Indicator == i.Code)))
        {
            links.Add(Link.Of(indicator.Code, indicator.Name, performance.Annual(indicator.Code, year).Capaian,
                LinkedBudget.Sum(lines, rollup, l => l.Indicator == indicator.Code)));
        }
        return links;
    }

    sealed record Source(BudgetLine Line, string UnitName, decimal?[] Quarters);

    public sealed record View(UnitRef Unit, int Year, IReadOnlyList<int> Years, IReadOnlyList<Row> Rows, IReadOnlyList<Link> Links, bool CanEdit);

    public sealed record Row(BudgetLine Line, string UnitName, int Depth, BudgetAmounts Amounts, IReadOnlyList<decimal?> Quarters);

    public sealed record Link(string Code, string Name, Explained<decimal?> Capaian, Explained<decimal?> Ceiling, Explained<decimal?> Spent, Explained<decimal?> Absorption, Explained<decimal?> Efficiency)
    {
        public static Link Of(string code, string name, Explained<decimal?> capaian, (Explained<decimal?> Ceiling, Explained<decimal?> Spent) budget)
        {
            var absorption = BudgetRules.Absorption(budget.Ceiling.Value, budget.Spent.Value);
            return new Link(code, name, capaian, budget.Ceiling, budget.Spent, absorption, BudgetRules.Efficiency(capaian.Value, absorption.Value));
        }
    }
}
