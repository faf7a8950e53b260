using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// Downloads a document of a unit and year in a format. When it cannot be made (no Chromium for the PDF, a builder
/// missing) the page says why and offers the way back, with 503 — never an error page.
/// </summary>
public sealed class UnduhModel(SakipDb db, ReportRendering rendering, TimeProvider clock, UnitResultCache cache) : PageModel
{
    public string Failure { get; private set; } = "";

    public string Back { get; private set; } = "/Laporan";

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, string? dokumen, string? format, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || ReportKind.Parse(dokumen) is not { } kind || ReportRendering.ParseFormat(format) is not { } chosen
            || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        Back = IndexModel.Link(unit.Code, year);
        var built = rendering.Build(kind, await ReportRendering.LoadAsync(db, unit, year, ct), unit, year);
        var rendered = built.Value is { } document ? await rendering.RenderAsync(document, chosen, ct) : null;
        if (rendered?.Value is { } file)
        {
            return File(file.Content, file.ContentType, file.FileName);
        }
        Failure = built.Failure ?? rendered?.Failure ?? "";
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }
}
