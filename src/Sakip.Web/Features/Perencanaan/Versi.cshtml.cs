using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>One kept Renstra version, read-only, rendered from its snapshot exactly as the plan stood.</summary>
public sealed class VersiModel(SakipDb db) : PageModel
{
    public View Version { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int nomor, CancellationToken ct)
    {
        if (await UnitLookup.ResolveAsync(db, UnitAccess.Of(HttpContext), instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var revision = await db.PlanRevisions.AsNoTracking().Where(r => r.UnitId == unit.Id && r.Number == nomor)
            .Select(r => new { r.Number, r.CreatedAt, r.CreatedBy, r.Reason, r.Snapshot }).FirstOrDefaultAsync(ct);
        if (revision is null)
        {
            return NotFound();
        }
        Version = new View(unit, revision.Number, revision.CreatedAt, revision.CreatedBy, revision.Reason,
            PlanTree.Build(PlanSnapshot.FromJson(revision.Snapshot), unit.Code));
        return Page();
    }

    public sealed record View(UnitRef Unit, int Number, DateTimeOffset CreatedAt, string CreatedBy, string Reason, PlanTree Tree);
}
