using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Reports.Tables;
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
        var lines = rows.Select(r => r.Line with { Quarters = r.Quarters.Any(q => q is not null) ? new QuarterAmounts(r.Quarters[0], r.Quarters[1], r.Quarters[2], r.Quarters[3]) : null }).ToList();
        var names = rows.DistinctBy(r => r.Line.Unit).ToDictionary(r => r.Line.Unit, r => r.UnitName, StringComparer.Ordinal);
        var rollup = BudgetRules.Rollup(lines);
        var performance = await cache.PerformanceAsync(db, unit, ct);
        var objectives = performance.Data.PlanElements.Where(p => p.Kind == PlanElementKind.Objective);
        Budget = new View(
            unit, year, DataYears.Offered(years, year),
            BudgetTreeTable.For(lines, rollup, code => names.GetValueOrDefault(code, code)).Lines,
            EfficiencyTable.For(performance.Calculator, objectives, performance.Indicators, lines, rollup, year).Lines,
            access.CanEditPerformance(unit.Path));
        return Page();
    }

    sealed record Source(BudgetLine Line, string UnitName, decimal?[] Quarters);

    /// <param name="Rows">The lines in tree order (each program followed by its kegiatan and their sub kegiatan).</param>
    /// <param name="Links">Per sasaran and indicator of the unit that has linked budget: capaian, absorption and efficiency.</param>
    public sealed record View(
        UnitRef Unit, int Year, IReadOnlyList<int> Years, IReadOnlyList<BudgetTreeTable.Line> Rows, IReadOnlyList<EfficiencyTable.Line> Links, bool CanEdit);
}
