using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Data;
using Sakip.Data.Budget;
using Sakip.Data.Concurrency;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Anggaran;

/// <summary>
/// Editing one budget line: pagu and realisasi per triwulan of a leaf, and the sasaran/indikator it supports. A
/// program or kegiatan with rincian shows the sums of its children read-only (spec anggaran.csv).
/// </summary>
public sealed partial class UbahModel(SakipDb db) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    /// <summary>"Simpan tetap": the user saw the warnings on the amounts and saves them as typed.</summary>
    [BindProperty]
    public bool Konfirmasi { get; set; }

    /// <summary>True when the only problems left are warnings, so the form offers "Simpan tetap".</summary>
    public bool NeedsConfirmation { get; private set; }

    public View Line { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string instansi, int tahun, string kode, CancellationToken ct)
    {
        if (await LoadAsync(instansi, tahun, kode, ct) is not { } entity)
        {
            return NotFound();
        }
        Form = Input.From(entity, Line);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string instansi, int tahun, string kode, CancellationToken ct)
    {
        if (await LoadAsync(instansi, tahun, kode, ct) is not { } entity)
        {
            return NotFound();
        }
        if (!Line.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var warnings = new List<Core.Problems.Problem>();
        var edit = Form.Read(Line, ModelState, warnings);
        if (ModelState.IsValid && Confirmation.Blocks(warnings, Konfirmasi))
        {
            Confirmation.AddTo(ModelState, warnings, field => field);
            NeedsConfirmation = true;
        }
        if (!ModelState.IsValid || edit is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Form.Versi is { } opened && opened != entity.Version)
        {
            return Conflict(entity);
        }
        db.Expect(entity, Form.Versi);
        edit.ApplyTo(entity);
        if (!await db.TrySaveChangesAsync(ct))
        {
            return Conflict(await db.BudgetLines.AsNoTracking().FirstOrDefaultAsync(b => b.Id == entity.Id, ct));
        }
        TempData["Pesan"] = $"Anggaran {entity.Code} disimpan.";
        return Redirect($"/Anggaran?instansi={Uri.EscapeDataString(Line.Unit.Code)}&tahun={tahun}");
    }

    /// <summary>
    /// 409 naming the values someone else saved since the form was opened; the form keeps what was typed and now
    /// carries the stored version, so saving again is a deliberate overwrite.
    /// </summary>
    PageResult Conflict(BudgetLineEntity? current)
    {
        var what = $"Anggaran {Line.Code}";
        var problem = current is null ? EditConflict.Gone(what)
            : EditConflict.Problem(what, current.Version, $"pagu {Formats.Rupiah(current.Ceiling)}, realisasi {Formats.Rupiah(current.Spent)}");
        ModelState.AddModelError(string.Empty, problem.Message);
        ModelState.Remove("Form.Versi");
        Form.Versi = current?.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>The tracked line when it exists in the caller's scope (else null → 404), and <see cref="Line"/> for the page.</summary>
    async Task<BudgetLineEntity?> LoadAsync(string instansi, int tahun, string kode, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return null;
        }
        var entity = await db.BudgetLines.FirstOrDefaultAsync(b => b.UnitId == unit.Id && b.Year == tahun && b.Code == kode, ct);
        if (entity is null)
        {
            return null;
        }
        var lines = await db.BudgetLines.AsNoTracking().Where(b => b.UnitId == unit.Id && b.Year == tahun)
            .Select(b => new BudgetLine(b.Code, unit.Code, b.Year, b.Level, b.Parent != null ? b.Parent.Code : null, b.Name, b.Ceiling, b.Spent, null, null, null))
            .ToListAsync(ct);
        // A biro's programs serve the sasaran of the sekretariat above it (as in the demo anggaran.csv), so the
        // choices are the plan elements and indicators of the unit and of every unit above it.
        var planUnits = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var objectives = await db.PlanElements.AsNoTracking().Where(p => planUnits.Contains(p.UnitId)).OrderBy(p => p.Id)
            .Select(p => new Choice(p.Id, p.Code, p.Statement)).ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => planUnits.Contains(i.PlanElement.UnitId)).OrderBy(i => i.Id)
            .Select(i => new Choice(i.Id, i.Code, i.Name)).ToListAsync(ct);
        Line = new View(unit, entity.Year, entity.Code, entity.Name, entity.Level, BudgetRules.Rollup(lines)[new BudgetKey(unit.Code, entity.Year, entity.Code)], objectives, indicators, access.CanEditPerformance(unit.Path));
        return entity;
    }

    public sealed record View(
        UnitRef Unit, int Year, string Code, string Name, BudgetLevel Level, BudgetAmounts Amounts,
        IReadOnlyList<Choice> Objectives, IReadOnlyList<Choice> Indicators, bool CanEdit);

    public sealed record Choice(int Id, string Code, string Text);
}
