using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Fields;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// The documents of a unit and year (LKjIP, PK, IKU, monev per triwulan) to preview and download in each format, the
/// narrative sections still empty, and the publications: a Pimpinan or Admin publishes, an Admin withdraws.
/// </summary>
public sealed class IndexModel(SakipDb db, UnitResultCache cache, TimeProvider clock, ReportRendering rendering) : PageModel
{
    public View Reports { get; private set; } = null!;

    [BindProperty]
    [Display(Name = "Alasan penarikan")]
    [TextLimit(TextField.Reason)]
    public string? Alasan { get; set; }

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct) =>
        await LoadAsync(instansi, tahun, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTerbitkanAsync(string? instansi, int? tahun, string? dokumen, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, tahun, ct) || ReportKind.Parse(dokumen) is not { Publishable: not null } kind)
        {
            return NotFound();
        }
        if (!Reports.CanPublish)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var access = UnitAccess.Of(HttpContext);
        var published = await Publications.PublishAsync(db, rendering, Reports.Unit, Reports.Year, kind, access.DisplayName, clock.GetUtcNow(), ct);
        if (published.Failure is { } failure)
        {
            ModelState.AddModelError(string.Empty, $"{kind.Title} belum diterbitkan. {failure}");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
        TempData["Pesan"] = $"{kind.Title} {Reports.Unit.DisplayName} {Reports.Year} diterbitkan dan tampil di halaman publik.";
        return Redirect(Link(Reports.Unit.Code, Reports.Year));
    }

    public async Task<IActionResult> OnPostTarikAsync(string? instansi, int? tahun, string? dokumen, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, tahun, ct) || ReportKind.Parse(dokumen) is not { Publishable: { } publishable } kind)
        {
            return NotFound();
        }
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (string.IsNullOrWhiteSpace(Alasan))
        {
            ModelState.AddModelError(nameof(Alasan), "Alasan penarikan wajib diisi.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var count = await Publications.WithdrawAsync(db, Reports.Unit.Id, Reports.Year, publishable, Alasan!.Trim(), UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        TempData["Pesan"] = count == 0 ? $"{kind.Title} tidak sedang diterbitkan." : $"{kind.Title} {Reports.Year} ditarik dari halaman publik.";
        return Redirect(Link(Reports.Unit.Code, Reports.Year));
    }

    public static string Link(string unit, int year) => $"/Laporan?instansi={Uri.EscapeDataString(unit)}&tahun={year}";

    async Task<bool> LoadAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return false;
        }
        var year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        var performance = await cache.PerformanceAsync(db, unit, ct);
        var objectives = (await db.PlanElements.AsNoTracking().Where(p => p.UnitId == unit.Id && p.Kind == PlanElementKind.Objective)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Code, p.Statement }).ToListAsync(ct)).Select(p => (p.Id, p.Code, p.Statement)).ToList();
        var written = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.Id && n.Year == year && n.Text != "")
            .Select(n => new { n.Section, n.PlanElementId, n.Text }).ToListAsync(ct);
        var missing = NarrativeSections.Expected(objectives)
            .Where(s => !written.Any(n => n.Section == s.Section && n.PlanElementId == s.PlanElementId && !string.IsNullOrWhiteSpace(n.Text))).ToList();
        var published = await Publications.CurrentAsync(db, db.PublishedReports.Where(p => p.UnitId == unit.Id && p.Year == year), ct);
        Reports = new View(unit, year, DataYears.Offered(performance.Years, year), missing, published,
            access.CanPublish(unit.Path), access.IsAdmin, access.CanEditPerformance(unit.Path));
        return true;
    }

    public sealed record View(
        UnitRef Unit, int Year, IReadOnlyList<int> Years, IReadOnlyList<NarrativeSections.Slot> Missing, IReadOnlyList<Publications.Listed> Published,
        bool CanPublish, bool CanWithdraw, bool CanWrite)
    {
        public Publications.Listed? PublishedAs(ReportKind kind) => Published.FirstOrDefault(p => p.Kind == kind.Publishable);

        public string DownloadLink(ReportKind kind, string format) =>
            $"/Laporan/Unduh?instansi={Uri.EscapeDataString(Unit.Code)}&tahun={Year}&dokumen={kind.Code}&format={format}";

        public string PreviewLink(ReportKind kind) => $"/Laporan/Pratinjau?instansi={Uri.EscapeDataString(Unit.Code)}&tahun={Year}&dokumen={kind.Code}";
    }
}
