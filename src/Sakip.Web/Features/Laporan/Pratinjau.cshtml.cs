using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Reports.Rendering.Html;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// A document as it will be printed, inside the app: the renderer's HTML body in the page and its stylesheet served
/// by <see cref="OnGetGaya"/>, with the list of sections still to write.
/// </summary>
public sealed partial class PratinjauModel(SakipDb db, ReportRendering rendering, TimeProvider clock, UnitResultCache cache, ILogger<PratinjauModel> logger) : PageModel
{
    public UnitRef Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public ReportKind Kind { get; private set; } = null!;

    public IHtmlContent? Body { get; private set; }

    public IReadOnlyList<string> Missing { get; private set; } = [];

    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, string? dokumen, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || ReportKind.Parse(dokumen) is not { } kind || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        (Unit, Kind) = (unit, kind);
        Year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        var built = rendering.Build(kind, await ReportRendering.LoadAsync(db, unit, Year, ct), unit, Year);
        if (built.Value is not { } document)
        {
            return Unavailable(built.Failure!);
        }
        Missing = [.. document.Missing.Select(m => m.Section)];
        try
        {
            Body = new HtmlString(HtmlRenderer.Body(document));
        }
        catch (NotImplementedException)
        {
            return Unavailable("Pratinjau belum dapat dibuat oleh versi Sakip ini.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            PreviewFailed(logger, e);
            return Unavailable("Pratinjau tidak dapat dibuat. Unduh dokumen dalam format lain, lalu hubungi admin.");
        }
        return Page();
    }

    /// <summary>The report stylesheet, scoped to the preview; cached by the browser for an hour.</summary>
    public IActionResult OnGetGaya()
    {
        Response.Headers.CacheControl = "private, max-age=3600";
        return Content(ReportPreview.Stylesheet, "text/css", Encoding.UTF8);
    }

    PageResult Unavailable(string failure)
    {
        Failure = failure;
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The HTML preview could not be rendered.")]
    static partial void PreviewFailed(ILogger logger, Exception exception);
}
