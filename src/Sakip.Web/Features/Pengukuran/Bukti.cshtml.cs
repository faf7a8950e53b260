using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Measurement;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>
/// One evidence file of a realisation, a target or a Perjanjian Kinerja: download it, remove it with a reason, or replace
/// it ("Ganti berkas") with a reason. Removed and replaced files keep their row and bytes.
/// </summary>
public sealed class BuktiModel(SakipDb db, IFileStore files, TimeProvider clock) : PageModel
{
    public string Title { get; private set; } = "Bukti dukung tidak dihapus";

    /// <summary>Why the change was refused, shown with a link back to the owner's page.</summary>
    public string? Refusal { get; private set; }

    public string BackUrl { get; private set; } = "/Pengukuran";

    /// <remarks>
    /// Always a download (Content-Disposition: attachment), never shown inside Sakip's pages: an uploaded file then
    /// cannot run script as Sakip, whatever it holds. The type is that of the checked content (see UploadRules.ServedType).
    /// </remarks>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        var owner = file is null ? null : await OwnerAsync(file, ct);
        if (file is null || owner is null || !UnitAccess.Of(HttpContext).CanRead(owner.UnitPath) || files.Open(file.StorageKey) is not { } content)
        {
            return NotFound();
        }
        var type = UploadRules.ServedType(content, file.FileName, UploadRules.EvidenceTypes);
        content.Position = 0;
        return File(content, type, file.FileName);
    }

    /// <summary>Removes the file from its owner: 403 without the right to edit it, 409 when it is locked, 400 without a reason.</summary>
    public Task<IActionResult> OnPostHapusAsync(int id, string? alasan, CancellationToken ct) =>
        ChangeAsync(id, (owner, access) => EvidenceRemoval.Check(owner.Status, access.IsAdmin, alasan), async (file, access) =>
        {
            (file.RemovedAt, file.RemovedBy, file.RemovalReason) = (clock.GetUtcNow(), access.DisplayName, alasan!.Trim());
            await db.SaveChangesAsync(ct);
            return $"Bukti dukung {file.FileName} dihapus; berkasnya tetap tercatat di riwayat bukti dukung.";
        }, ct);

    /// <summary>
    /// Replaces the file with <paramref name="berkas"/>: the old one is removed with <paramref name="alasan"/> and points
    /// to the new one; both stay listed. The same answers as removal, and 400 when the new file is missing or refused.
    /// </summary>
    public Task<IActionResult> OnPostGantiAsync(int id, string? alasan, IFormFile? berkas, CancellationToken ct)
    {
        Title = "Berkas tidak diganti";
        return ChangeAsync(id, (owner, access) => EvidenceRemoval.CheckReplacement(owner.Status, access.IsAdmin, alasan)
            ?? (berkas is null ? new Problem("berkas", "Pilih berkas pengganti.")
                : UploadRules.Check(berkas, UploadRules.EvidenceTypes) is { } refused ? new Problem("berkas", refused) : null),
            async (file, access) =>
            {
                var replacement = await EvidenceFiles.StoreAsync(files, berkas!, access.DisplayName, clock.GetUtcNow(), ct);
                await EvidenceFiles.ReplaceAsync(db, file, replacement, alasan!, access.DisplayName, clock.GetUtcNow(), ct);
                return $"Berkas {file.FileName} diganti dengan {replacement.FileName}; berkas lama tetap tercatat beserta alasannya.";
            }, ct);
    }

    async Task<IActionResult> ChangeAsync(
        int id, Func<Owner, UnitAccess, Problem?> check, Func<EvidenceFileEntity, UnitAccess, Task<string>> change, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == id && f.RemovedAt == null, ct);
        var owner = file is null ? null : await OwnerAsync(file, ct);
        var access = UnitAccess.Of(HttpContext);
        if (file is null || owner is null || !access.CanRead(owner.UnitPath))
        {
            return NotFound();
        }
        if (!access.CanEditPerformance(owner.UnitPath))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        BackUrl = owner.Url;
        if (check(owner, access) is { } problem)
        {
            return Refused(problem.Message, problem.Field == "status" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
        try
        {
            TempData["Pesan"] = await change(file, access);
        }
        catch (WorkflowLockedException locked)
        {
            return Refused(string.Join(" ", locked.Problems.Select(p => p.Message)), StatusCodes.Status409Conflict);
        }
        return Redirect(BackUrl);
    }

    PageResult Refused(string message, int status)
    {
        Refusal = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The unit, editing state and page of what the file is evidence of; null when that is gone.</summary>
    async Task<Owner?> OwnerAsync(EvidenceFileEntity file, CancellationToken ct)
    {
        if (file.RealisationId is { } realisation)
        {
            var r = await db.Realisations.AsNoTracking().Where(r => r.Id == realisation)
                .Select(r => new { r.Indicator.PlanElement.Unit.Path, r.Status, r.Indicator.Code, r.Year, r.Period }).FirstOrDefaultAsync(ct);
            return r is null ? null
                : new Owner(r.Path, r.Status, $"/Pengukuran/Isi?indikator={Uri.EscapeDataString(r.Code)}&tahun={r.Year}&periode={Codes.Of(r.Period)}");
        }
        if (file.TargetId is { } target)
        {
            var t = await db.Targets.AsNoTracking().Where(t => t.Id == target)
                .Select(t => new { t.Indicator.PlanElement.Unit.Path, t.Indicator.Code, t.Year, t.Kind }).FirstOrDefaultAsync(ct);
            return t is null ? null : new Owner(t.Path, ApprovalStatus.Draft, BuktiTargetUrl(t.Code, t.Year, t.Kind));
        }
        var a = await db.Agreements.AsNoTracking().Where(a => a.Id == file.AgreementId)
            .Select(a => new { a.Year, Unit = db.Units.Where(u => u.Id == a.UnitId).Select(u => new { u.Path, u.Code }).First() }).FirstOrDefaultAsync(ct);
        return a is null ? null : new Owner(a.Unit.Path, ApprovalStatus.Draft, $"/PerjanjianKinerja/Bukti?instansi={Uri.EscapeDataString(a.Unit.Code)}&tahun={a.Year}");
    }

    public static string BuktiTargetUrl(string indicator, int year, TargetKind kind) =>
        $"/Perencanaan/BuktiTarget?indikator={Uri.EscapeDataString(indicator)}&tahun={year}&jenis={Codes.Of(kind)}";

    /// <param name="Status">The realisation's own approval state (targets and PKs are locked by their workflow item at save).</param>
    sealed record Owner(string UnitPath, ApprovalStatus Status, string Url);
}
