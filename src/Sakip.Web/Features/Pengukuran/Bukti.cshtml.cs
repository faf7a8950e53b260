using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>One evidence file: download it, or remove it from its realisation with a reason (the row and file are kept).</summary>
public sealed class BuktiModel(SakipDb db, IFileStore files, TimeProvider clock) : PageModel
{
    /// <summary>Why the removal was refused, shown with a link back to the realisation.</summary>
    public string? Refusal { get; private set; }

    public string BackUrl { get; private set; } = "/Pengukuran";

    /// <remarks>
    /// Always a download (Content-Disposition: attachment), never shown inside Sakip's pages: an uploaded file then
    /// cannot run script as Sakip, whatever it holds. The type is that of the checked content (see UploadRules.ServedType).
    /// </remarks>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new
            {
                f.FileName,
                f.StorageKey,
                UnitPath = db.Realisations.Where(r => r.Id == f.RealisationId).Select(r => r.Indicator.PlanElement.Unit.Path).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (file is null || !UnitAccess.Of(HttpContext).CanRead(file.UnitPath) || files.Open(file.StorageKey) is not { } content)
        {
            return NotFound();
        }
        var type = UploadRules.ServedType(content, file.FileName, UploadRules.EvidenceTypes);
        content.Position = 0;
        return File(content, type, file.FileName);
    }

    /// <summary>Removes the file from the realisation: 403 without the right to edit it, 409 when it is locked, 400 without a reason.</summary>
    public async Task<IActionResult> OnPostHapusAsync(int id, string? alasan, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == id && f.RemovedAt == null, ct);
        var owner = file is null ? null : await db.Realisations.AsNoTracking().Where(r => r.Id == file.RealisationId)
            .Select(r => new { r.Status, r.Year, r.Period, r.Indicator.Code, r.Indicator.PlanElement.Unit.Path })
            .FirstOrDefaultAsync(ct);
        var access = UnitAccess.Of(HttpContext);
        if (file is null || owner is null || !access.CanRead(owner.Path))
        {
            return NotFound();
        }
        if (!access.CanEditPerformance(owner.Path))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        BackUrl = $"/Pengukuran/Isi?indikator={Uri.EscapeDataString(owner.Code)}&tahun={owner.Year}&periode={Codes.Of(owner.Period)}";
        if (EvidenceRemoval.Check(owner.Status, access.IsAdmin, alasan) is { } problem)
        {
            Refusal = problem.Message;
            Response.StatusCode = problem.Field == "status" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }
        (file.RemovedAt, file.RemovedBy, file.RemovalReason) = (clock.GetUtcNow(), access.DisplayName, alasan!.Trim());
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = $"Bukti dukung {file.FileName} dihapus; berkasnya tetap tercatat di riwayat bukti dukung.";
        return Redirect(BackUrl);
    }
}
