using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Core.Explaining;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Packages.Values;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Rekap;

/// <summary>
/// Whether an indicator takes its realisasi from a recap (SAKIP grades, IKM, another assessment; over all units or a
/// group) and what the recap gives per year, explained; a stored realisasi is shown as the one used. The Admin or the
/// Perencana of the indicator's unit sets it; others in scope read.
/// </summary>
public sealed class IndikatorModel(SakipDb db) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public View Setting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? kode, CancellationToken ct)
    {
        if (!await LoadAsync(kode, ct))
        {
            return NotFound();
        }
        Form = Setting.Current is { } c ? new Input
        {
            Sumber = c.Source,
            Ukuran = c.Measure,
            Predikat = c.MinGrade,
            Ambang = Formats.Input(c.Threshold),
            Jenis = c.Kind,
            Kelompok = c.Group,
        } : new Input();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? kode, string? hapus, CancellationToken ct)
    {
        if (!await LoadAsync(kode, ct))
        {
            return NotFound();
        }
        if (!Setting.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (hapus is not null)
        {
            await RecapIndicatorWrites.DeleteAsync(db, Setting.Indicator.Id, ct);
            TempData["Pesan"] = "Indikator tidak lagi mengambil realisasi dari rekapitulasi.";
            return Redirect(Link(Setting.Indicator.Code));
        }
        var threshold = NumberReader.Read(Form.Ambang, NumberConvention.Indonesian);
        if (threshold.Problem is { } problem)
        {
            ModelState.AddModelError("Form.Ambang", $"{problem} (contoh: 80)");
        }
        var result = ModelState.IsValid
            ? await RecapIndicatorWrites.SaveAsync(db, Setting.Indicator.Id, Form.Sumber, Form.Ukuran, Form.Predikat, threshold.Value, Form.Jenis, Form.Kelompok, ct)
            : null;
        if (result is { Saved: true })
        {
            TempData["Pesan"] = "Pengaturan rekapitulasi indikator disimpan.";
            return Redirect(Link(Setting.Indicator.Code));
        }
        foreach (var p in result?.Problems ?? [])
        {
            ModelState.AddModelError(p.Field switch
            {
                RecapIndicatorWrites.GradeField => "Form.Predikat",
                RecapIndicatorWrites.ThresholdField => "Form.Ambang",
                RecapIndicatorWrites.KindField => "Form.Jenis",
                RecapIndicatorWrites.GroupField => "Form.Kelompok",
                _ => string.Empty,
            }, p.Message);
        }
        Response.StatusCode = result?.Conflict == true ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    public static string Link(string indicator) => $"/Evaluasi/Rekap/Indikator?kode={Uri.EscapeDataString(indicator)}";

    async Task<bool> LoadAsync(string? kode, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (await IndicatorLookup.ResolveAsync(db, access, kode, ct) is not { } indicator)
        {
            return false;
        }
        var stored = await db.RecapIndicators.AsNoTracking().Where(r => r.IndicatorId == indicator.Id)
            .Select(r => new { r.Source, r.Measure, r.MinGrade, r.Threshold, r.Kind, Group = db.UnitGroups.Where(g => g.Id == r.GroupId).Select(g => g.Code).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var current = stored is null ? null : new RecapIndicator(indicator.Code, stored.Source, stored.Measure, stored.MinGrade, stored.Threshold, stored.Kind, stored.Group);
        // A recap indicator counts units across the installation (e.g. every Perangkat Daerah evaluated), not only the caller's scope.
        var source = await RecapData.LoadAsync(db, "/", ct);
        var realisations = await db.Realisations.AsNoTracking().Where(r => r.IndicatorId == indicator.Id && r.Period == Core.Measurement.Period.Annual)
            .Select(r => new { r.Year, r.Value }).ToListAsync(ct);
        var data = source.Data with { Realisations = [.. realisations.Select(r => new Core.Measurement.Realisation(indicator.Code, r.Year, Core.Measurement.Period.Annual, r.Value))] };
        var years = current is null ? [] : RecapIndicatorRule.Years(current, data).OrderDescending().Select(y => (y, RecapRealisations.Explain(current, y, data))).ToList();
        Setting = new View(indicator, current, years, [.. source.Data.UnitGroups.Select(g => g.Code)], access.CanEditPerformance(indicator.Unit.Path));
        return true;
    }

    public sealed record View(IndicatorRef Indicator, RecapIndicator? Current, IReadOnlyList<(int Year, Explained<decimal?> Figure)> Years, IReadOnlyList<string> Groups, bool CanEdit);

    public sealed class Input
    {
        [Display(Name = "Sumber rekapitulasi")]
        public RecapSource Sumber { get; set; }

        [Display(Name = "Ukuran")]
        public RecapMeasure Ukuran { get; set; } = RecapMeasure.Percent;

        [Display(Name = "Predikat minimal")]
        public string? Predikat { get; set; }

        [Display(Name = "Ambang (di atas)")]
        public string? Ambang { get; set; }

        [Display(Name = "Jenis penilaian")]
        public string? Jenis { get; set; }

        [Display(Name = "Kelompok")]
        public string? Kelompok { get; set; }
    }
}
