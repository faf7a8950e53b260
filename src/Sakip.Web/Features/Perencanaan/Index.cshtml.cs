using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>The RPJMD/Renstra tree of a unit with targets per year and baseline, and its IKU definitions.</summary>
public sealed class IndexModel(SakipDb db) : PageModel
{
    public View Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var tree = PlanTree.Build(await PlanSnapshot.LoadAsync(db, unit, ct), unit.Code);
        var revisions = await db.PlanRevisions.AsNoTracking().CountAsync(r => r.UnitId == unit.Id, ct);
        var (trail, children) = await UnitLookup.NeighboursAsync(db, unit, ct);
        Plan = new View(unit, tree, access.CanEditPerformance(unit.Path), revisions, [.. trail.Where(u => access.CanRead(u.Path))], children);
        return Page();
    }

    public sealed record View(UnitRef Unit, PlanTree Tree, bool CanEdit, int Revisions, IReadOnlyList<UnitRef> Trail, IReadOnlyList<UnitRef> Children);
}
