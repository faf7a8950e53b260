using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Fields;
using Sakip.Data;
using Sakip.Data.Workflow;
using Sakip.Web.Features.Pengukuran;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>
/// The signed scan of a unit's Perjanjian Kinerja for a year (bukti dukung PK): list, upload to the version in force,
/// download; remove or replace with a reason through /Pengukuran/Bukti. Files of earlier versions stay listed.
/// </summary>
public sealed class BuktiModel(SakipDb db, IFileStore files, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "Berkas")]
    public IFormFile? Berkas { get; set; }

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int tahun, CancellationToken ct) =>
        await LoadAsync(instansi, tahun, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? instansi, int tahun, CancellationToken ct)
    {
        if (await LoadAsync(instansi, tahun, ct) is { } missing)
        {
            return missing;
        }
        if (!Screen.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (Screen.CurrentId is null)
        {
            ModelState.AddModelError(nameof(Berkas), $"Belum ada Perjanjian Kinerja tahun {tahun}; buat PK-nya lebih dahulu.");
        }
        else if (Berkas is null)
        {
            ModelState.AddModelError(nameof(Berkas), "Pilih berkas pindaian PK yang sudah ditandatangani.");
        }
        else if (UploadRules.Check(Berkas, UploadRules.EvidenceTypes) is { } refused)
        {
            ModelState.AddModelError(nameof(Berkas), refused);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var row = await EvidenceFiles.StoreAsync(files, Berkas!, UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        row.AgreementId = Screen.CurrentId;
        db.EvidenceFiles.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowLockedException locked)
        {
            ModelState.AddModelError(nameof(Berkas), string.Join(" ", locked.Problems.Select(p => p.Message)));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Pesan"] = $"Pindaian {row.FileName} tersimpan.";
        return Redirect($"/PerjanjianKinerja/Bukti?instansi={Uri.EscapeDataString(Screen.Unit.Code)}&tahun={tahun}");
    }

    /// <summary>404 for an unknown unit (or one outside the caller's scope) or an impossible year.</summary>
    async Task<IActionResult?> LoadAsync(string? instansi, int tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (instansi is null || !YearRule.IsValid(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var versions = await db.Agreements.AsNoTracking().Where(a => a.UnitId == unit.Id && a.Year == tahun)
            .Select(a => new { a.Id, a.Version, a.IsCurrent, a.FirstPartyName, a.SignedOn }).ToListAsync(ct);
        var ids = versions.ConvertAll(v => v.Id);
        var current = versions.FirstOrDefault(v => v.IsCurrent);
        var evidence = await EvidenceFiles.RowsAsync(db.EvidenceFiles.Where(f => f.AgreementId != null && ids.Contains(f.AgreementId.Value)), ct);
        var canEdit = access.CanEditPerformance(unit.Path);
        Screen = new View(unit, tahun, current?.Id, current?.Version, current?.FirstPartyName, current?.SignedOn, canEdit,
            new EvidenceList(evidence, canEdit, "Perjanjian Kinerja ini"));
        return null;
    }

    public sealed record View(UnitRef Unit, int Year, int? CurrentId, int? Version, string? FirstParty, DateOnly? SignedOn, bool CanEdit, EvidenceList Evidence);
}
