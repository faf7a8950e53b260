using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>Downloads an evidence file, after checking the caller may read the unit it belongs to.</summary>
public sealed class BuktiModel(SakipDb db, IFileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new
            {
                f.FileName,
                f.ContentType,
                f.StorageKey,
                UnitPath = db.Realisations.Where(r => r.Id == f.RealisationId).Select(r => r.Indicator.PlanElement.Unit.Path).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (file is null || !UnitAccess.Of(HttpContext).CanRead(file.UnitPath) || files.Open(file.StorageKey) is not { } content)
        {
            return NotFound();
        }
        return File(content, file.ContentType, file.FileName);
    }
}
