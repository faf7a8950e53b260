using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Fields;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Data.Reporting;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// Writing the narrative sections of a unit's LKjIP for a year, one section at a time: the list of sections (written
/// or not) beside the text of the one chosen. The Perencana of the unit and the Admin write; others in scope read.
/// </summary>
public sealed class NarasiModel(SakipDb db, UnitResultCache cache, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public View Narrative { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, string? bagian, string? sasaran, CancellationToken ct)
    {
        if (await LoadAsync(instansi, tahun, bagian, sasaran, ct) is not { } stored)
        {
            return NotFound();
        }
        Form = new Input { Teks = stored.Row?.Text, Versi = stored.Row?.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? instansi, int? tahun, string? bagian, string? sasaran, CancellationToken ct)
    {
        if (await LoadAsync(instansi, tahun, bagian, sasaran, ct) is null)
        {
            return NotFound();
        }
        if (!Narrative.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var slot = Narrative.Selected;
        var result = await NarrativeWrites.SaveAsync(db, new NarrativeKey(Narrative.Unit.Id, Narrative.Year, slot.Section, slot.PlanElementId),
            Form.Teks, Form.Versi ?? 0, UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        if (result.Conflict)
        {
            return Conflict(slot, result.Row);
        }
        if (result.Problems.Count > 0)
        {
            foreach (var problem in result.Problems)
            {
                ModelState.AddModelError(problem.Field == NarrativeWrites.TextField ? "Form.Teks" : string.Empty, problem.Message);
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Pesan"] = $"{slot.Title} disimpan.";
        return Redirect(Link(Narrative.Unit.Code, Narrative.Year, slot));
    }

    /// <summary>409 naming who saved the section since the form was opened; the typed text stays in the form.</summary>
    PageResult Conflict(NarrativeSections.Slot slot, NarrativeEntity? current)
    {
        var problem = current is null ? EditConflict.Gone(slot.Title)
            : EditConflict.Problem(slot.Title, current.Version, Excerpt(current.Text), current.UpdatedBy, current.UpdatedAt);
        ModelState.AddModelError(string.Empty, problem.Message);
        ModelState.Remove("Form.Versi");
        Form.Versi = current?.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    static string Excerpt(string text) => text.Length == 0 ? "(kosong)" : "\"" + (text.Length > 200 ? text[..200] + "…" : text) + "\"";

    public static string Link(string unit, int year, NarrativeSections.Slot slot) =>
        $"/Laporan/Narasi?instansi={Uri.EscapeDataString(unit)}&tahun={year}&bagian={slot.Code}"
        + (slot.Objective is { } code ? "&sasaran=" + Uri.EscapeDataString(code) : "");

    /// <summary>The unit in scope, the sections and the one chosen (null → 404: unknown unit, year, section or sasaran).</summary>
    async Task<Stored?> LoadAsync(string? instansi, int? tahun, string? bagian, string? sasaran, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return null;
        }
        var year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        var objectives = (await db.PlanElements.AsNoTracking().Where(p => p.UnitId == unit.Id && p.Kind == PlanElementKind.Objective)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Code, p.Statement }).ToListAsync(ct)).Select(p => (p.Id, p.Code, p.Statement)).ToList();
        var slots = NarrativeSections.Expected(objectives);
        var section = bagian is null ? slots[0].Section : NarrativeSections.Parse(bagian);
        // A sasaran's analysis without a sasaran named opens the first; a fixed section ignores the sasaran.
        var selected = slots.FirstOrDefault(s => s.Section == section && (s.Objective is null || sasaran is null || s.Objective == sasaran));
        if (selected is null)
        {
            return null;
        }
        var rows = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.Id && n.Year == year).ToListAsync(ct);
        var years = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.Id).Select(n => n.Year).Distinct().ToListAsync(ct);
        var row = rows.FirstOrDefault(n => n.Section == selected.Section && n.PlanElementId == selected.PlanElementId);
        var written = slots.Where(s => rows.Any(n => n.Section == s.Section && n.PlanElementId == s.PlanElementId && !string.IsNullOrWhiteSpace(n.Text))).ToHashSet();
        Narrative = new View(unit, year, DataYears.Offered(years, year), slots, written, selected, row?.UpdatedBy, row?.UpdatedAt, access.CanEditPerformance(unit.Path));
        return new Stored(row);
    }

    sealed record Stored(NarrativeEntity? Row);

    public sealed record View(
        UnitRef Unit, int Year, IReadOnlyList<int> Years, IReadOnlyList<NarrativeSections.Slot> Slots, IReadOnlySet<NarrativeSections.Slot> Written,
        NarrativeSections.Slot Selected, string? UpdatedBy, DateTimeOffset? UpdatedAt, bool CanEdit);

    public sealed class Input
    {
        [Display(Name = "Narasi")]
        [TextLimit(TextField.Narrative)]
        public string? Teks { get; set; }

        /// <summary>The version of the section the form was opened with; none when it had no text yet.</summary>
        public int? Versi { get; set; }
    }
}
