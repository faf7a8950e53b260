using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Workflow;
using Sakip.Web.Features.Pengukuran;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// The basis of a target (bukti dukung target: the document the target was set from) for an indicator, year and kind:
/// list, upload, download; remove or replace with a reason through /Pengukuran/Bukti. The unit's Perencana edits; readers read.
/// </summary>
public sealed class BuktiTargetModel(SakipDb db, IFileStore files, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "Berkas")]
    public IFormFile? Berkas { get; set; }

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? indikator, int tahun, string? jenis, CancellationToken ct) =>
        await LoadAsync(indikator, tahun, jenis, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? indikator, int tahun, string? jenis, CancellationToken ct)
    {
        if (await LoadAsync(indikator, tahun, jenis, ct) is { } missing)
        {
            return missing;
        }
        if (!Screen.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (Screen.TargetId is not { } target)
        {
            ModelState.AddModelError(nameof(Berkas), "Target ini belum diisi; isi targetnya lebih dahulu, lalu unggah dasar penetapannya.");
        }
        else if (Berkas is null)
        {
            ModelState.AddModelError(nameof(Berkas), "Pilih berkas bukti dukung.");
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
        row.TargetId = Screen.TargetId;
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
        TempData["Pesan"] = $"Bukti dukung {row.FileName} tersimpan.";
        return Redirect(BuktiModel.BuktiTargetUrl(Screen.Indicator, tahun, Screen.Kind));
    }

    /// <summary>404 for an unknown indicator, kind or year, or an indicator outside the caller's scope.</summary>
    async Task<IActionResult?> LoadAsync(string? indikator, int tahun, string? jenis, CancellationToken ct)
    {
        var kind = Codes.Parse<TargetKind>(jenis);
        var indicator = indikator is null || kind is null || !YearRule.IsValid(tahun) ? null
            : await db.Indicators.AsNoTracking().Where(i => i.Code == indikator)
                .Select(i => new { i.Id, i.Code, i.Name, i.Measure, i.EvidenceRequired, Unit = i.PlanElement.Unit.Code }).FirstOrDefaultAsync(ct);
        var access = UnitAccess.Of(HttpContext);
        if (indicator is null || await UnitLookup.ResolveAsync(db, access, indicator.Unit, ct) is not { } unit)
        {
            return NotFound();
        }
        var target = await db.Targets.AsNoTracking().Where(t => t.IndicatorId == indicator.Id && t.Year == tahun && t.Kind == kind)
            .Select(t => new { t.Id, t.Value, t.Max, t.Text }).FirstOrDefaultAsync(ct);
        var evidence = target is null ? [] : await EvidenceFiles.RowsAsync(db.EvidenceFiles.Where(f => f.TargetId == target.Id), ct);
        var canEdit = access.CanEditPerformance(unit.Path);
        Screen = new View(unit, indicator.Code, indicator.Name, indicator.Measure, indicator.EvidenceRequired, tahun, kind!.Value, target?.Id,
            target is null ? null : TargetText.Show(target.Value, target.Max, target.Text), canEdit, new EvidenceList(evidence, canEdit && target is not null, "target ini"));
        return null;
    }

    public sealed record View(
        UnitRef Unit, string Indicator, string Name, string? Measure, bool EvidenceRequired, int Year, TargetKind Kind, int? TargetId, string? Target,
        bool CanEdit, EvidenceList Evidence)
    {
        public string KindLabel => Kind switch
        {
            TargetKind.Baseline => "Kondisi awal",
            TargetKind.Renstra => "Target Renstra",
            TargetKind.Agreement => "Target PK",
            TargetKind.Q1 => "Target Triwulan I",
            TargetKind.Q2 => "Target Triwulan II",
            TargetKind.Q3 => "Target Triwulan III",
            TargetKind.Q4 => "Target Triwulan IV",
        };
    }
}
