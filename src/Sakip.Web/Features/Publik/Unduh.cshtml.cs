using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Web.Features.Laporan;

namespace Sakip.Web.Features.Publik;

/// <summary>
/// Serves a publication's PDF without sign-in, only while it is the current publication of its document: a withdrawn
/// or superseded one answers 404 like an id that does not exist.
/// </summary>
public sealed class UnduhModel(SakipDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var row = await db.PublishedReports.AsNoTracking().Where(p => p.Id == id && p.WithdrawnAt == null)
            .Select(p => new { p.UnitId, p.Year, p.Kind }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return NotFound();
        }
        var current = await Publications.CurrentAsync(db, db.PublishedReports.Where(p => p.UnitId == row.UnitId && p.Year == row.Year && p.Kind == row.Kind), ct);
        if (current.SingleOrDefault()?.Id != id)
        {
            return NotFound();
        }
        var file = await db.PublishedReports.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Content, p.FileName }).FirstAsync(ct);
        return File(file.Content, "application/pdf", file.FileName);
    }
}
