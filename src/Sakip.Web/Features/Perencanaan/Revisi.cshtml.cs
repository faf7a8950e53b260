using Sakip.Core.Fields;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Planning;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// Renstra revisions (P-Renstra) of a unit: each keeps the plan as it stands, with the reason for revising, so the plan can
/// then be changed while every earlier version stays viewable (design: revisions are kept as versions, never overwritten).
/// </summary>
public sealed class RevisiModel(SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, CancellationToken ct) =>
        await LoadAsync(instansi, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? instansi, CancellationToken ct)
    {
        if (await LoadAsync(instansi, ct) is { } missing)
        {
            return missing;
        }
        if (!Screen.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var unit = Screen.Unit;
        var number = (await db.PlanRevisions.Where(r => r.UnitId == unit.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        db.PlanRevisions.Add(new PlanRevisionEntity
        {
            UnitId = unit.Id,
            Number = number,
            Reason = Form.Alasan.Trim(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = UnitAccess.Of(HttpContext).DisplayName,
            Snapshot = (await PlanSnapshot.LoadAsync(db, unit, ct)).ToJson(),
        });
        if (!await db.TrySaveChangesAsync(ct))
        {
            // Someone saved a revision with the same number at the same moment: theirs stands, this one is not saved.
            var winner = await db.PlanRevisions.AsNoTracking().Where(r => r.UnitId == unit.Id && r.Number == number).FirstOrDefaultAsync(ct);
            ModelState.AddModelError(string.Empty, winner is null ? EditConflict.Gone($"Versi {number} Renstra").Message
                : EditConflict.Problem($"Renstra {unit.DisplayName}", number, $"versi {number} dengan alasan \"{winner.Reason}\"", winner.CreatedBy, winner.CreatedAt).Message);
            await LoadAsync(unit.Code, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Pesan"] = $"Versi {number} Renstra tersimpan. Perubahan berikutnya menjadi Renstra yang berlaku; versi {number} tetap dapat dilihat.";
        return Redirect($"/Perencanaan/Revisi?instansi={Uri.EscapeDataString(unit.Code)}");
    }

    async Task<IActionResult?> LoadAsync(string? instansi, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var rows = await db.PlanRevisions.AsNoTracking().Where(r => r.UnitId == unit.Id).OrderByDescending(r => r.Number)
            .Select(r => new Row(r.Number, r.CreatedAt, r.CreatedBy, r.Reason)).ToListAsync(ct);
        Screen = new View(unit, rows, access.CanEditPerformance(unit.Path));
        return null;
    }

    public sealed record View(UnitRef Unit, IReadOnlyList<Row> Revisions, bool CanEdit);

    public sealed record Row(int Number, DateTimeOffset CreatedAt, string CreatedBy, string Reason);

    public sealed class Input
    {
        [Required(ErrorMessage = "Alasan revisi wajib diisi (misalnya: penyesuaian dengan RPJMD perubahan).")]
        [TextLimit(TextField.Reason, Label = "Alasan revisi")]
        public string Alasan { get; set; } = "";
    }
}
