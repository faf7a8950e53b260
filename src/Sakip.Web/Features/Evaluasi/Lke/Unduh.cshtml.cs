using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Reports.Evaluation;
using Sakip.Web.Features.Laporan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Lke;

/// <summary>Downloads the LHE of a final evaluation as DOCX or PDF; when it cannot be made the page says why (503), never an error page.</summary>
public sealed class UnduhModel(SakipDb db, ReportRendering rendering) : PageModel
{
    public string Failure { get; private set; } = "";

    public string Back { get; private set; } = "/Evaluasi";

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, string? format, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (tahun is not { } year || !DataYears.IsPlausible(year) || ReportRendering.ParseFormat(format) is not { } chosen
            || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit
            || await Worksheet.LoadAsync(db, unit.Id, year, ct) is not { Status: EvaluationStatus.Final } sheet)
        {
            return NotFound();
        }
        Back = IndexModel.Link(unit.Code, year);
        var document = LheDocument.Build(await LheContents.LoadAsync(db, unit, sheet, ct), unit.Code);
        var rendered = await rendering.RenderAsync(document, chosen, ct);
        if (rendered.Value is { } file)
        {
            return File(file.Content, file.ContentType, file.FileName);
        }
        Failure = rendered.Failure ?? "";
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }
}
