using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Evaluation;
using Sakip.Core.Fields;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.TindakLanjut;

/// <summary>
/// Adding (<c>?rekomendasi=ID</c>), changing or removing (<c>?id=ID</c>) an action plan of a recommendation: the unit's
/// Perencana or an Admin, while the evaluator has not closed the recommendation. A stale save answers 409 and keeps
/// what was typed.
/// </summary>
public sealed class AksiModel(SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public View Target { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? rekomendasi, int? id, CancellationToken ct)
    {
        if (await LoadAsync(rekomendasi, id, ct) is { } refused)
        {
            return refused;
        }
        Form = Target.Action is { } a ? Input.From(a) : new Input();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? rekomendasi, int? id, CancellationToken ct)
    {
        if (await LoadAsync(rekomendasi, id, ct) is { } refused)
        {
            return refused;
        }
        var status = Codes.Parse<FollowUpStatus>(Form.Status);
        if (status is null)
        {
            ModelState.AddModelError("Form.Status", "Pilih status: belum, dalam proses atau sudah.");
        }
        if (!ModelState.IsValid)
        {
            return Status(StatusCodes.Status400BadRequest);
        }
        var action = new FollowUpAction(Form.Rencana ?? "", Form.PenanggungJawab, Form.BatasWaktu, status!.Value, Form.Hasil);
        var user = UnitAccess.Of(HttpContext).DisplayName;
        var result = Target.Action is { } existing
            ? await FollowUpWrites.UpdateAsync(db, existing.Id, action, Form.Versi, user, clock.GetUtcNow(), ct)
            : await FollowUpWrites.AddAsync(db, Target.RecommendationId, action, user, clock.GetUtcNow(), ct);
        return Answer(result, "Rencana aksi disimpan.");
    }

    public async Task<IActionResult> OnPostHapusAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            return NotFound();
        }
        if (await LoadAsync(null, id, ct) is { } refused)
        {
            return refused;
        }
        // Only the version is posted; the form shows the stored action again if the removal is refused.
        var opened = Form.Versi;
        ModelState.Clear();
        Form = Input.From(Target.Action!);
        return Answer(await FollowUpWrites.RemoveAsync(db, id.Value, opened, ct), "Rencana aksi dihapus.");
    }

    IActionResult Answer(FollowUpWrite result, string done)
    {
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(Input.FieldOf(problem.Field), problem.Message);
        }
        return result.Result switch
        {
            FollowUpWrite.Outcome.Saved => Saved(result, done),
            FollowUpWrite.Outcome.NotFound => NotFound(),
            FollowUpWrite.Outcome.Invalid => Status(StatusCodes.Status400BadRequest),
            FollowUpWrite.Outcome.Locked => Status(StatusCodes.Status409Conflict),
            FollowUpWrite.Outcome.Conflict => Conflicted(result),
        };
    }

    RedirectResult Saved(FollowUpWrite result, string done)
    {
        TempData["Pesan"] = $"{done} Status rekomendasi {Target.Number}: {FollowUpLabels.Status(result.Recommendation?.Status, result.Recommendation?.PrintedStatus)}.";
        return Redirect(IndexModel.Link(Target.Unit.Code, Target.Year) + "#rekomendasi-" + Target.RecommendationId);
    }

    /// <summary>What was typed stays; the version becomes the stored one, so saving again overwrites knowingly.</summary>
    PageResult Conflicted(FollowUpWrite result)
    {
        ModelState.Remove("Form.Versi");
        Form.Versi = result.Action?.Version;
        return Status(StatusCodes.Status409Conflict);
    }

    PageResult Status(int code)
    {
        Response.StatusCode = code;
        return Page();
    }

    /// <summary>The recommendation (and action) in scope; 404 when unknown or outside the scope, 403 without the right to write.</summary>
    async Task<IActionResult?> LoadAsync(int? rekomendasi, int? id, CancellationToken ct)
    {
        var action = id is { } actionId ? await db.FollowUpActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId, ct) : null;
        var recommendationId = action?.RecommendationId ?? (id is null ? rekomendasi : null);
        var found = recommendationId is { } rid
            ? await db.Recommendations.AsNoTracking().Where(r => r.Id == rid)
                .Select(r => new { r.Id, r.Number, r.Component, r.Text, r.Year, r.Verification, Unit = db.Units.First(u => u.Id == r.UnitId) }).FirstOrDefaultAsync(ct)
            : null;
        var access = UnitAccess.Of(HttpContext);
        if (found is null || !access.CanRead(found.Unit.Path))
        {
            return NotFound();
        }
        if (!access.CanEditPerformance(found.Unit.Path))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var evidence = action is null ? 0 : await db.EvaluationEvidence.CountAsync(e => e.FollowUpActionId == action.Id && e.RemovedAt == null, ct);
        var unit = new UnitRef(found.Unit.Id, found.Unit.Code, found.Unit.Name, found.Unit.ShortName, found.Unit.Path, found.Unit.DataVersion);
        Target = new View(unit, found.Year, found.Id, found.Number, found.Component, found.Text, found.Verification == VerificationStatus.Closed,
            action is null ? null : FollowUpQueries.ActionView.Of(action, evidence, DateOnly.FromDateTime(clock.GetLocalNow().Date)));
        return null;
    }

    public sealed record View(
        UnitRef Unit, int Year, int RecommendationId, string Number, string? Component, string Text, bool Closed, FollowUpQueries.ActionView? Action);

    public sealed class Input
    {
        [Display(Name = "Rencana aksi")]
        [Required(ErrorMessage = "Rencana aksi wajib diisi.")]
        [TextLimit(TextField.Analysis, Label = "Rencana aksi")]
        public string? Rencana { get; set; }

        [Display(Name = "Penanggung jawab")]
        [TextLimit(TextField.Responsible)]
        public string? PenanggungJawab { get; set; }

        [Display(Name = "Batas waktu")]
        public DateOnly? BatasWaktu { get; set; }

        [Display(Name = "Status")]
        public string? Status { get; set; } = Codes.Of(FollowUpStatus.NotStarted);

        [Display(Name = "Hasil tindak lanjut")]
        [TextLimit(TextField.Analysis, Label = "Hasil tindak lanjut")]
        public string? Hasil { get; set; }

        /// <summary>The action's version the form was opened with; none for a new action.</summary>
        public int? Versi { get; set; }

        public static Input From(FollowUpQueries.ActionView a) => new()
        {
            Rencana = a.Plan,
            PenanggungJawab = a.Responsible,
            BatasWaktu = a.DueDate,
            Status = Codes.Of(a.Status),
            Hasil = a.Result,
            Versi = a.Version,
        };

        public static string FieldOf(string problemField) => problemField switch
        {
            FollowUpAction.PlanField => "Form.Rencana",
            FollowUpAction.ResponsibleField => "Form.PenanggungJawab",
            FollowUpAction.DueDateField => "Form.BatasWaktu",
            FollowUpAction.ResultField => "Form.Hasil",
            _ => string.Empty,
        };
    }
}
