using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Bukti;

/// <summary>
/// The evidence files (bukti dukung) of a follow-up action (<c>?tindakLanjut=ID</c>) or of an LKE answer
/// (<c>?jawaban=ID</c>): list, upload, download, and removal with a reason (the row and the file are kept).
/// Who may write is decided by <see cref="EvidenceOwner"/>; uploads get the same content checks as every other upload.
/// </summary>
public sealed class IndexModel(SakipDb db, IFileStore files, TimeProvider clock) : PageModel
{
    public EvidenceOwner Owner { get; private set; } = null!;

    public IReadOnlyList<EvaluationEvidenceEntity> Files { get; private set; } = [];

    [BindProperty]
    public IFormFile? Berkas { get; set; }

    public async Task<IActionResult> OnGetAsync(int? tindakLanjut, int? jawaban, CancellationToken ct) =>
        await LoadAsync(tindakLanjut, jawaban, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUnggahAsync(int? tindakLanjut, int? jawaban, CancellationToken ct)
    {
        if (!await LoadAsync(tindakLanjut, jawaban, ct))
        {
            return NotFound();
        }
        if (!Owner.CanWrite)
        {
            return Refused();
        }
        if (Berkas is null)
        {
            ModelState.AddModelError(nameof(Berkas), "Pilih berkas yang diunggah.");
        }
        else if (UploadRules.Check(Berkas, UploadRules.EvidenceTypes) is { } problem)
        {
            ModelState.AddModelError(nameof(Berkas), problem);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var extension = Path.GetExtension(Berkas!.FileName);
        await using var content = Berkas.OpenReadStream();
        var key = await files.SaveAsync(content, "bukti-", extension, ct);
        db.EvaluationEvidence.Add(new EvaluationEvidenceEntity
        {
            FollowUpActionId = Owner.FollowUpActionId,
            LkeAnswerId = Owner.LkeAnswerId,
            FileName = Path.GetFileName(Berkas.FileName),
            ContentType = UploadRules.EvidenceTypes[extension],
            Size = Berkas.Length,
            StorageKey = key,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = UnitAccess.Of(HttpContext).DisplayName,
        });
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = $"Bukti dukung {Path.GetFileName(Berkas.FileName)} diunggah.";
        return Redirect("/Evaluasi/Bukti?" + Owner.Query);
    }

    /// <summary>Removes a file from its owner with a reason; the row and the stored file stay (design.md "Nothing is lost").</summary>
    public async Task<IActionResult> OnPostHapusAsync(int id, string? alasan, CancellationToken ct)
    {
        var file = await db.EvaluationEvidence.FirstOrDefaultAsync(f => f.Id == id && f.RemovedAt == null, ct);
        if (file is null || !await LoadAsync(file.FollowUpActionId, file.LkeAnswerId, ct))
        {
            return NotFound();
        }
        if (!Owner.CanWrite)
        {
            return Refused();
        }
        if (EvidenceRemoval.CheckReason(alasan) is { } problem)
        {
            ModelState.AddModelError("alasan", problem.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        (file.RemovedAt, file.RemovedBy, file.RemovalReason) = (clock.GetUtcNow(), UnitAccess.Of(HttpContext).DisplayName, alasan!.Trim());
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = $"Bukti dukung {file.FileName} dihapus; berkasnya tetap tercatat di riwayat bukti dukung.";
        return Redirect("/Evaluasi/Bukti?" + Owner.Query);
    }

    /// <remarks>Always a download, never shown inside Sakip's pages, with the type of the checked content (as Pengukuran/Bukti).</remarks>
    public async Task<IActionResult> OnGetUnduhAsync(int id, CancellationToken ct)
    {
        var file = await db.EvaluationEvidence.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null || await EvidenceOwner.OfFileAsync(db, UnitAccess.Of(HttpContext), file, ct) is null || files.Open(file.StorageKey) is not { } content)
        {
            return NotFound();
        }
        var type = UploadRules.ServedType(content, file.FileName, UploadRules.EvidenceTypes);
        content.Position = 0;
        return File(content, type, file.FileName);
    }

    /// <summary>403 when the account may not write here at all; 409 when the owner's state (closed, final) forbids it.</summary>
    IActionResult Refused()
    {
        if (!Owner.MayWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        ModelState.AddModelError(string.Empty, Owner.Lock!);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    async Task<bool> LoadAsync(int? tindakLanjut, int? jawaban, CancellationToken ct)
    {
        if (await EvidenceOwner.FindAsync(db, UnitAccess.Of(HttpContext), tindakLanjut, jawaban, ct) is not { } owner)
        {
            return false;
        }
        Owner = owner;
        Files = await db.EvaluationEvidence.AsNoTracking()
            .Where(f => owner.FollowUpActionId != null ? f.FollowUpActionId == owner.FollowUpActionId : f.LkeAnswerId == owner.LkeAnswerId)
            .OrderBy(f => f.Id).ToListAsync(ct);
        return true;
    }
}
