using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Templat;

/// <summary>The Admin copies a template version under a new code, name and regulation (e.g. a Pergub adapting 88/2021).</summary>
public sealed class SalinModel(SakipDb db, TimeProvider clock) : PageModel
{
    public LkeTemplate Source { get; private set; } = null!;

    [BindProperty]
    public Input Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await TemplateVersions.ReadAsync(db, id, ct) is not { } source)
        {
            return NotFound();
        }
        Source = source;
        Form = new Input { Nama = source.Name + " (salinan)", Regulasi = source.Regulation };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await TemplateVersions.ReadAsync(db, id, ct) is not { } source)
        {
            return NotFound();
        }
        Source = source;
        if (!TemplateRows.IsValidCode(Form.Kode))
        {
            ModelState.AddModelError("Form.Kode", TemplateRows.CodeRule);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // A copy starts a template of its own; a code in use would silently become the next version of another one.
        if (await db.LkeTemplates.AnyAsync(t => t.Code == Form.Kode, ct))
        {
            ModelState.AddModelError("Form.Kode", $"Kode {Form.Kode} sudah dipakai templat lain; pilih kode baru.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var copy = source.With(code: Form.Kode, name: Form.Nama!.Trim(), regulation: (Form.Regulasi ?? "").Trim(), version: 1);
        var (row, problems) = await TemplateVersions.SaveNextAsync(db, copy, UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        if (row is null)
        {
            ModelState.AddModelError("Form.Kode", char.ToUpperInvariant(problems[0].Message[0]) + problems[0].Message[1..] + ".");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Pesan"] = $"Templat {row.Code} versi {row.Version} dibuat dari {source.Code} versi {source.Version}.";
        return Redirect($"/Evaluasi/Templat/Lihat?id={row.Id}");
    }

    public sealed class Input
    {
        [Display(Name = "Kode templat baru")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
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
