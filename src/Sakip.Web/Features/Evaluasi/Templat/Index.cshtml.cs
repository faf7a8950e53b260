using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Packages.Lke;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Templat;

/// <summary>
/// LKE template versions: every account reads them; the Admin downloads one as CSV, uploads a CSV as the next version
/// of an own template (or a new one), and retires or reactivates a version. A stored version is never rewritten.
/// </summary>
public sealed class IndexModel(SakipDb db, TimeProvider clock) : PageModel
{
    /// <summary>A template CSV has 80-odd rows; anything near this is not one.</summary>
    public const long MaxCsvBytes = 2 * 1024 * 1024;

    public IReadOnlyList<TemplateRow> Rows { get; private set; } = [];

    public bool CanAdminister { get; private set; }

    [BindProperty]
    public Input Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Berkas { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (await TemplateVersions.ReadAsync(db, id, ct) is not { } template)
        {
            return NotFound();
        }
        using var stream = new MemoryStream();
        LkeTemplateCsv.Write(stream, template);
        return File(stream.ToArray(), "text/csv", $"{template.Code}-v{template.Version}.csv");
    }

    public async Task<IActionResult> OnPostUnggahAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanAdminister)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!TemplateRows.IsValidCode(Form.Kode))
        {
            ModelState.AddModelError("Form.Kode", TemplateRows.CodeRule);
        }
        if (Berkas is null || Berkas.Length == 0)
        {
            ModelState.AddModelError(nameof(Berkas), "Pilih berkas CSV templat.");
        }
        else if (Berkas.Length > MaxCsvBytes || !string.Equals(Path.GetExtension(Berkas.FileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Berkas), "Berkas harus CSV dan paling besar 2 MB.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await using var content = Berkas!.OpenReadStream();
        var template = LkeTemplateCsv.Read(content, Path.GetFileName(Berkas.FileName), Form.Kode!, Form.Nama!, Form.Regulasi ?? "", 1, out var problems);
        if (template is null)
        {
            foreach (var problem in problems.Take(50))
            {
                ModelState.AddModelError(nameof(Berkas), problem);
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (row, refused) = await TemplateVersions.SaveNextAsync(db, template, UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        if (row is null)
        {
            ModelState.AddModelError("Form.Kode", refused[0].Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Pesan"] = $"Templat {row.Code} versi {row.Version} disimpan.";
        return RedirectToPage("Lihat", new { id = row.Id });
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, bool aktif, CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await db.LkeTemplates.FindAsync([id], ct) is not { } row)
        {
            return NotFound();
        }
        row.Active = aktif;
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = $"Templat {row.Code} versi {row.Version} {(aktif ? "diaktifkan" : "dinonaktifkan; evaluasi yang memakainya tetap memakainya")}.";
        return RedirectToPage();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Rows = await TemplateRows.AllAsync(db, ct);
        CanAdminister = UnitAccess.Of(HttpContext).IsAdmin;
    }

    public sealed class Input
    {
        [Display(Name = "Kode templat")]
        [StringLength(80, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Kode { get; set; }

        [Display(Name = "Nama templat")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [StringLength(200, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Nama { get; set; }

        [Display(Name = "Dasar peraturan")]
        [StringLength(300, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Regulasi { get; set; }
    }
}
