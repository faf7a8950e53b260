using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>The quarterly grid of a unit and year: per indicator and period the target, realisasi, capaian and status.</summary>
public sealed class IndexModel(SakipDb db, UnitResultCache cache, TimeProvider clock) : PageModel
{
    public View Grid { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var performance = await cache.PerformanceAsync(db, unit, ct);
        var year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        var statuses = await db.Realisations.AsNoTracking()
            .Where(r => r.Year == year && r.Indicator.PlanElement.UnitId == unit.Id)
            .Select(r => new { r.Indicator.Code, r.Period, r.Status }).ToListAsync(ct);
        var rows = performance.Indicators.Select(i => new Row(i,
            [.. Periods.All.Select(p => new Cell(performance.Calculator.For(i.Code, year, p),
                statuses.FirstOrDefault(s => s.Code == i.Code && s.Period == p)?.Status))])).ToList();
        Grid = new View(unit, year, DataYears.Offered(performance.Years, year), rows, access.CanEditPerformance(unit.Path), await UnitLookup.ChildrenAsync(db, unit.Id, ct));
        return Page();
    }

    public sealed record View(UnitRef Unit, int Year, IReadOnlyList<int> Years, IReadOnlyList<Row> Rows, bool CanEdit, IReadOnlyList<UnitRef> Children);

    public sealed record Row(Core.Planning.Indicator Indicator, IReadOnlyList<Cell> Cells);

    public sealed record Cell(CapaianResult Result, ApprovalStatus? Status);
}
