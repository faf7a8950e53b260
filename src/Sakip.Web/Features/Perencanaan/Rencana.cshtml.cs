using Sakip.Core.Fields;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>Creating (<c>?instansi=</c>), changing and deleting (<c>?kode=</c>) one element of a unit's plan.</summary>
public sealed class RencanaModel(SakipDb db) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, string? kode, string? jenis, CancellationToken ct)
    {
        if (await LoadAsync(instansi, kode, ct) is { } missing)
        {
            return missing;
        }
        Form = Screen.Existing is { } e ? Input.From(e) : new Input { Jenis = jenis ?? Codes.Of(PlanElementKind.Goal) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? instansi, string? kode, CancellationToken ct)
    {
        if (await LoadAsync(instansi, kode, ct) is { } missing)
        {
            return missing;
        }
        if (!Screen.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var kind = Codes.Parse<PlanElementKind>(Form.Jenis);
        if (kind is null)
        {
            ModelState.AddModelError("Form.Jenis", "Jenis wajib dipilih: visi, misi, tujuan atau sasaran.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var draft = new PlanElement((Form.Kode ?? "").Trim(), Screen.Unit.Code, kind!.Value, Form.Induk?.Trim(), Form.Uraian, Form.PeriodeAwal, Form.PeriodeAkhir);
        var (saved, problems, conflict) = await PlanElementWrites.SaveAsync(db, Screen.Unit, draft, Screen.Existing?.Id, Form.Versi, ct);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(Input.FieldOf(problem.Field), problem.Message);
        }
        if (conflict && Screen.Existing is { } opened)
        {
            // The form keeps what was typed and now carries the stored version: saving again is a deliberate overwrite.
            ModelState.Remove("Form.Versi");
            Form.Versi = await db.PlanElements.AsNoTracking().Where(p => p.Id == opened.Id).Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);
        }
        if (saved is null)
        {
            Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Pesan"] = $"{PlanLabels.Of(saved.Kind)} {saved.Code} tersimpan.";
        return Redirect($"/Perencanaan?instansi={Uri.EscapeDataString(Screen.Unit.Code)}#rencana-{saved.Code}");
    }

    public async Task<IActionResult> OnPostHapusAsync(string? kode, CancellationToken ct)
    {
        if (await LoadAsync(null, kode, ct) is { } missing || Screen.Existing is not { } existing)
        {
            return NotFound();
        }
        if (!Screen.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await PlanElementWrites.DeleteAsync(db, existing.Id, ct) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            Form = Input.From(existing);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Pesan"] = $"{PlanLabels.Of(existing.Kind)} {existing.Code} dihapus.";
        return Redirect($"/Perencanaan?instansi={Uri.EscapeDataString(Screen.Unit.Code)}");
    }

    /// <summary>The unit (by <paramref name="instansi"/> for a new element, by the element's owner otherwise) or 404 when unknown or outside the scope.</summary>
    async Task<IActionResult?> LoadAsync(string? instansi, string? kode, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        Existing? existing = null;
        if (kode is not null)
        {
            existing = await db.PlanElements.AsNoTracking().Where(p => p.Code == kode)
                .Select(p => new Existing(p.Id, p.Code, p.Kind, p.Parent != null ? p.Parent.Code : null, p.Statement, p.PeriodStart, p.PeriodEnd, p.Unit.Code, p.Version))
                .FirstOrDefaultAsync(ct);
            if (existing is null)
            {
                return NotFound();
            }
        }
        if (await UnitLookup.ResolveAsync(db, access, existing?.UnitCode ?? instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        Screen = new View(unit, existing, access.CanEditPerformance(unit.Path), await ParentsAsync(unit, ct));
        return null;
    }

    /// <summary>The elements a new element may hang under: the unit's own and those of the units above it.</summary>
    async Task<List<ParentOption>> ParentsAsync(UnitRef unit, CancellationToken ct)
    {
        var ids = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return await db.PlanElements.AsNoTracking().Where(p => ids.Contains(p.UnitId) && p.Kind != PlanElementKind.Objective)
            .OrderBy(p => p.Kind).ThenBy(p => p.Id).Select(p => new ParentOption(p.Code, p.Kind, p.Statement)).ToListAsync(ct);
    }

    public sealed record View(UnitRef Unit, Existing? Existing, bool CanEdit, IReadOnlyList<ParentOption> Parents);

    public sealed record Existing(int Id, string Code, PlanElementKind Kind, string? Parent, string Statement, int? PeriodStart, int? PeriodEnd, string UnitCode, int Version);

    public sealed record ParentOption(string Code, PlanElementKind Kind, string Statement);

    public sealed class Input
    {
        [Required(ErrorMessage = "Kode wajib diisi (contoh: S5).")]
        [TextLimit(TextField.Code)]
        public string Kode { get; set; } = "";

        public string? Jenis { get; set; }

        public string? Induk { get; set; }

        [Required(ErrorMessage = "Uraian wajib diisi.")]
        [TextLimit(TextField.PlanDescription)]
        public string Uraian { get; set; } = "";

        [Year("Periode awal")]
        public int? PeriodeAwal { get; set; }

        [Year("Periode akhir")]
        public int? PeriodeAkhir { get; set; }

        /// <summary>The version the form was opened with, so a save over someone else's newer one is refused.</summary>
        public int? Versi { get; set; }

        public static Input From(Existing e) => new()
        {
            Kode = e.Code,
            Jenis = Codes.Of(e.Kind),
            Induk = e.Parent,
            Uraian = e.Statement,
            PeriodeAwal = e.PeriodStart,
            PeriodeAkhir = e.PeriodEnd,
            Versi = e.Version,
        };

        public static string FieldOf(string field) => field switch
        {
            "kode" => "Form.Kode",
            "jenis" => "Form.Jenis",
            "induk" => "Form.Induk",
            "uraian" => "Form.Uraian",
            "periode_awal" => "Form.PeriodeAwal",
            "periode_akhir" => "Form.PeriodeAkhir",
            _ => string.Empty,
        };
    }
}
