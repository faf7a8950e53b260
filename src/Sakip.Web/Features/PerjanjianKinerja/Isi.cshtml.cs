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

    /// <summary>"Simpan tetap": the user saw the warnings (e.g. the signing date) and saves as typed.</summary>
    [BindProperty]
    public bool Konfirmasi { get; set; }

    /// <summary>True when the only problems left are warnings, so the form offers "Simpan tetap".</summary>
    public bool NeedsConfirmation { get; private set; }

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
        var draft = Form.ToDraft(Screen, ModelState) with { Confirmed = Konfirmasi };
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await AddRuleProblemsAsync(draft, tahun, ct);
            return Page();
        }
        var (saved, problems, conflict) = await AgreementWrites.SaveAsync(db, Screen.Unit, tahun, draft, Form.Versi, UnitAccess.Of(HttpContext), clock.GetUtcNow(), ct);
        Confirmation.AddTo(ModelState, problems, Input.FieldOf);
        NeedsConfirmation = Confirmation.NeedsConfirmation(problems);
        if (conflict)
        {
            // The form keeps what was typed and now carries the version in force: saving again is a deliberate revision of it.
            await LoadAsync(instansi, tahun, ct);
            ModelState.Remove("Form.Versi");
            Form.Versi = Screen.Current?.Version ?? 0;
        }
        if (saved is null)
        {
            Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
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
