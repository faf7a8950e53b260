using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Fields;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.TindakLanjut;

/// <summary>
/// The evaluator's verification of a recommendation's follow-up: close it (note optional) or reopen it (note required).
/// Only an Evaluator or Admin; a Perencana gets 403.
/// </summary>
public sealed class VerifikasiModel(SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public FollowUpQueries.RecommendationView Item { get; private set; } = null!;

    public UnitRef Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(int rekomendasi, CancellationToken ct)
    {
        if (await LoadAsync(rekomendasi, ct) is { } refused)
        {
            return refused;
        }
        Form = new Input { Keputusan = Item.IsClosed ? Reopen : Close, Versi = Item.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int rekomendasi, CancellationToken ct)
    {
        if (await LoadAsync(rekomendasi, ct) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValid)
        {
            return Status(StatusCodes.Status400BadRequest);
        }
        var verdict = Form.Keputusan switch
        {
            Close => VerificationStatus.Closed,
            Reopen => VerificationStatus.Reopened,
            _ => VerificationStatus.Open,
        };
        var result = await FollowUpWrites.VerifyAsync(db, rekomendasi, verdict, Form.Catatan, Form.Versi, UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(problem.Field switch
            {
                FollowUpWrites.NoteField => "Form.Catatan",
                FollowUpWrites.VerdictField => "Form.Keputusan",
                _ => string.Empty,
            }, problem.Message);
        }
        return result.Result switch
        {
            FollowUpWrite.Outcome.Saved => Saved(rekomendasi, verdict),
            FollowUpWrite.Outcome.Conflict => Conflicted(result),
            FollowUpWrite.Outcome.NotFound => NotFound(),
            FollowUpWrite.Outcome.Invalid => Status(StatusCodes.Status400BadRequest),
            FollowUpWrite.Outcome.Locked => Status(StatusCodes.Status409Conflict),
        };
    }

    RedirectResult Saved(int id, VerificationStatus verdict)
    {
        TempData["Pesan"] = $"Rekomendasi {Item.Number} {(verdict == VerificationStatus.Closed ? "ditutup" : "dibuka kembali")}.";
        return Redirect(IndexModel.Link(Unit.Code, Year) + "#rekomendasi-" + id);
    }

    /// <summary>409: the note typed stays; the version becomes the stored one.</summary>
    PageResult Conflicted(FollowUpWrite result)
    {
        ModelState.Remove("Form.Versi");
        Form.Versi = result.Recommendation?.Version;
        return Status(StatusCodes.Status409Conflict);
    }

    public const string Close = "tutup";
    public const string Reopen = "buka";

    PageResult Status(int code)
    {
        Response.StatusCode = code;
        return Page();
    }

    /// <summary>404 outside the scope or unknown; 403 for anyone but an Evaluator or Admin.</summary>
    async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        var found = await db.Recommendations.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Year, Unit = db.Units.First(u => u.Id == r.UnitId) }).FirstOrDefaultAsync(ct);
        if (found is null || !access.CanRead(found.Unit.Path))
        {
            return NotFound();
        }
        if (!access.CanEvaluate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Unit = new UnitRef(found.Unit.Id, found.Unit.Code, found.Unit.Name, found.Unit.ShortName, found.Unit.Path, found.Unit.DataVersion);
        Year = found.Year;
        var all = await FollowUpQueries.ForYearAsync(db, found.Unit.Id, found.Year, DateOnly.FromDateTime(clock.GetLocalNow().Date), ct);
        Item = all.Single(r => r.Id == id);
        return null;
    }

    public sealed class Input
    {
        [Display(Name = "Keputusan")]
        [Required(ErrorMessage = "Pilih keputusan: tutup atau buka kembali.")]
        public string? Keputusan { get; set; }

        [Display(Name = "Catatan verifikasi")]
        [TextLimit(TextField.Note, Label = "Catatan verifikasi")]
        public string? Catatan { get; set; }

        public int? Versi { get; set; }
    }
}
