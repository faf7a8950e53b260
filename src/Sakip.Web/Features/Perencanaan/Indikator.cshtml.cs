using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>Creating (<c>?rencana=</c>), changing and deleting (<c>?kode=</c>) an indicator: its definition (IKU), baseline and Renstra targets.</summary>
public sealed partial class IndikatorModel(SakipDb db) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    /// <summary>"Simpan tetap": the user saw the warnings on the targets and saves them as typed.</summary>
    [BindProperty]
    public bool Konfirmasi { get; set; }

    /// <summary>True when the only problems left are warnings, so the form offers "Simpan tetap".</summary>
    public bool NeedsConfirmation { get; private set; }

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? rencana, string? kode, CancellationToken ct)
    {
        if (await LoadAsync(rencana, kode, ct) is { } missing)
        {
            return missing;
        }
        Form = Input.From(Screen, await TargetsAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? rencana, string? kode, CancellationToken ct)
    {
        if (await LoadAsync(rencana, kode, ct) is { } missing)
        {
            return missing;
        }
        if (!Screen.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var draft = Form.ToDraft(ModelState);
        var warnings = new List<Core.Problems.Problem>();
        var targets = Form.ToTargets(ModelState, warnings);
        if (ModelState.IsValid && Confirmation.Blocks(warnings, Konfirmasi))
        {
            Confirmation.AddTo(ModelState, warnings, field => field);
            NeedsConfirmation = true;
        }
        if (!ModelState.IsValid || draft is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var edit = new IndicatorWrites.Edit(Form.Versi, UnitAccess.Of(HttpContext).IsAdmin);
        var (saved, problems, conflict) = await IndicatorWrites.SaveAsync(db, Screen.Unit, draft, Screen.Existing?.Id, targets, edit, ct);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(Input.FieldOf(problem.Field), problem.Message);
        }
        if (conflict && Screen.Existing is { } opened)
        {
            // The form keeps what was typed and now carries the stored version: saving again is a deliberate overwrite.
            ModelState.Remove("Form.Versi");
            Form.Versi = await db.Indicators.AsNoTracking().Where(i => i.Id == opened.Id).Select(i => (int?)i.Version).FirstOrDefaultAsync(ct);
        }
        if (saved is null)
        {
            Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Pesan"] = $"Indikator {saved.Code} tersimpan.";
        return Redirect($"/Perencanaan?instansi={Uri.EscapeDataString(Screen.Unit.Code)}#rencana-{draft.PlanElement}");
    }

    public async Task<IActionResult> OnPostHapusAsync(string? kode, CancellationToken ct)
    {
        if (await LoadAsync(null, kode, ct) is not null || Screen.Existing is not { } existing)
        {
            return NotFound();
        }
        if (!Screen.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await IndicatorWrites.DeleteAsync(db, existing.Id, ct) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            Form = Input.From(Screen, await TargetsAsync(ct));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Pesan"] = $"Indikator {existing.Code} dihapus.";
        return Redirect($"/Perencanaan?instansi={Uri.EscapeDataString(Screen.Unit.Code)}");
    }

    /// <summary>The indicator (by code) or the element a new one goes under, and its unit; 404 when unknown or outside the scope.</summary>
    async Task<IActionResult?> LoadAsync(string? rencana, string? kode, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        var existing = kode is null ? null : await db.Indicators.AsNoTracking().Where(i => i.Code == kode)
            .Select(i => new Existing(i.Id, i.Code, i.PlanElement.Code, i.Name, i.Measure, i.Direction, i.Aggregation, i.IsKey, i.Formula,
                i.Numerator, i.Denominator, i.DataSource, i.Responsible, i.Order, i.Version, i.EvidenceRequired))
            .FirstOrDefaultAsync(ct);
        var elementCode = existing?.PlanElement ?? rencana;
        var element = await db.PlanElements.AsNoTracking().Where(p => p.Code == elementCode)
            .Select(p => new { p.Code, p.PeriodStart, p.PeriodEnd, Unit = p.Unit.Code }).FirstOrDefaultAsync(ct);
        if ((kode is not null && existing is null) || element is null
            || await UnitLookup.ResolveAsync(db, access, element.Unit, ct) is not { } unit)
        {
            return NotFound();
        }
        var elements = await db.PlanElements.AsNoTracking().Where(p => p.UnitId == unit.Id).OrderBy(p => p.Kind).ThenBy(p => p.Id)
            .Select(p => new ElementOption(p.Code, p.Kind, p.Statement)).ToListAsync(ct);
        var years = element.PeriodStart is { } start && element.PeriodEnd is { } end ? Enumerable.Range(start, end - start + 1).ToList() : [];
        Screen = new View(unit, existing, element.Code, access.CanEditPerformance(unit.Path), elements, years);
        return null;
    }

    async Task<List<Target>> TargetsAsync(CancellationToken ct) => Screen.Existing is not { } existing ? [] :
        await db.Targets.AsNoTracking().Where(t => t.IndicatorId == existing.Id && (t.Kind == TargetKind.Baseline || t.Kind == TargetKind.Renstra))
            .OrderBy(t => t.Year).Select(t => new Target(existing.Code, t.Year, t.Kind, t.Value, t.Max, t.Text)).ToListAsync(ct);

    /// <param name="Years">The plan period of the indicator's element: one Renstra target input per year.</param>
    public sealed record View(UnitRef Unit, Existing? Existing, string PlanElement, bool CanEdit, IReadOnlyList<ElementOption> Elements, IReadOnlyList<int> Years);

    public sealed record Existing(
        int Id, string Code, string PlanElement, string Name, string? Measure, Core.Planning.Direction Direction, Core.Planning.Aggregation Aggregation,
        bool IsKey, string? Formula, string? Numerator, string? Denominator, string? DataSource, string? Responsible, int? Order, int Version,
        bool EvidenceRequired);

    public sealed record ElementOption(string Code, Core.Planning.PlanElementKind Kind, string Statement);
}
