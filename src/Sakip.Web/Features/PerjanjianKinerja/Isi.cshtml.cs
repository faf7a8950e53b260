using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>Drawing up the Perjanjian Kinerja of a unit and year, or revising the current one (a new version with a reason).</summary>
public sealed partial class IsiModel(SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int tahun, CancellationToken ct)
    {
        if (await LoadAsync(instansi, tahun, ct) is { } missing)
        {
            return missing;
        }
        Form = Input.From(Screen);
        return Page();
    }

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
        var draft = Form.ToDraft(Screen, ModelState);
        if (!ModelState.IsValid)
        {
            await AddRuleProblemsAsync(draft, tahun, ct);
            return Page();
        }
        var access = UnitAccess.Of(HttpContext);
        var (saved, problems) = await AgreementWrites.SaveAsync(db, Screen.Unit, tahun, draft, access.DisplayName, clock.GetUtcNow(), ct);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(Input.FieldOf(problem.Field), problem.Message);
        }
        if (saved is null)
        {
            return Page();
        }
        TempData["Pesan"] = saved.Version == 1 ? "Perjanjian Kinerja tersimpan." : $"Revisi Perjanjian Kinerja tersimpan sebagai versi {saved.Version}.";
        return Redirect($"/PerjanjianKinerja?instansi={Uri.EscapeDataString(Screen.Unit.Code)}&tahun={tahun}");
    }

    /// <summary>
    /// The rule problems of what could be read, beside the reading errors, so the form lists every error at once instead
    /// of one stage per submit. "No target" is left out when targets were typed but could not be read: those already say why.
    /// </summary>
    async Task AddRuleProblemsAsync(AgreementDraft draft, int tahun, CancellationToken ct)
    {
        var typedTargets = Form.Target.Any(t => !string.IsNullOrWhiteSpace(t.Nilai));
        foreach (var problem in await AgreementWrites.ProblemsAsync(db, Screen.Unit, tahun, draft, ct))
        {
            if (!(problem.Field == "target" && draft.Targets.Count == 0 && typedTargets))
            {
                ModelState.AddModelError(Input.FieldOf(problem.Field), problem.Message);
            }
        }
    }

    async Task<IActionResult?> LoadAsync(string? instansi, int tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var current = await AgreementQueries.LoadAsync(db, unit.Id, tahun, null, ct);
        Screen = new View(unit, tahun, current,
            await AgreementQueries.IndicatorsAsync(db, unit.Id, tahun, ct), await AgreementQueries.ProgramsAsync(db, unit, tahun, ct),
            access.CanEditPerformance(unit.Path), current is null ? await AgreementCascade.ParentPartyAsync(db, unit, tahun, ct) : null);
        return null;
    }

    /// <param name="Current">The PK in force, which the form revises; null when the year has none yet.</param>
    /// <param name="Parent">For a first PK only: the pihak pertama of the unit above's current PK, proposed as pihak kedua.</param>
    public sealed record View(
        UnitRef Unit, int Year, AgreementView? Current, IReadOnlyList<AgreementQueries.IndicatorOption> Indicators,
        IReadOnlyList<AgreementQueries.BudgetOption> Programs, bool CanEdit, AgreementCascade.ParentParty? Parent);
}
