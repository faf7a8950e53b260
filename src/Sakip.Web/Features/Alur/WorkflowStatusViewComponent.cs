using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data;

namespace Sakip.Web.Features.Alur;

/// <summary>
/// The status badge of a cycle object beside its page's heading (PK, anggaran, pengukuran, Renstra), linking to where it
/// is submitted and approved. Realisasi shows each quarter of the year.
/// </summary>
public sealed class WorkflowStatusViewComponent(SakipDb db) : ViewComponent
{
    public sealed record Badge(string Title, string Label, ApprovalStatus? Status, string Address);

    public async Task<IViewComponentResult> InvokeAsync(int unitId, string unitCode, CycleObject kind, int year, string title = "Persetujuan")
    {
        var periods = kind == CycleObject.Realisation ? Periods.All : [Period.Annual];
        var anyYear = kind is CycleObject.Renstra or CycleObject.Iku;
        var items = await db.WorkflowItems.AsNoTracking().Where(i => i.UnitId == unitId && i.Kind == kind && (anyYear || i.Year == year))
            .OrderBy(i => i.Year).Select(i => new { i.Year, i.Period, i.Status }).ToListAsync(HttpContext.RequestAborted);
        var badges = periods.Select(p =>
        {
            var item = items.LastOrDefault(i => i.Period == p);
            var label = kind == CycleObject.Realisation ? ObjectAddress.ShortLabel(kind, p) : "Status";
            return new Badge(title, label, item?.Status, ObjectAddress.Of(unitCode, kind, anyYear && item is not null ? item.Year : year, p));
        }).ToList();
        return View("/Features/Alur/Components/_WorkflowStatus.cshtml", badges);
    }
}
