using Microsoft.AspNetCore.Http.HttpResults;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// <c>/api/v1/laporan/{instansi}/{tahun}/{dokumen}?format=pdf</c>: a document of a unit and year as a file, within the
/// caller's scope. A document or format that cannot be made now answers 503 with the reason.
/// </summary>
public static class LaporanApi
{
    public static RouteGroupBuilder MapLaporanApi(this RouteGroupBuilder api)
    {
        api.MapGet("/laporan/{instansi}/{tahun:int}/{dokumen}", Get).WithTags("Laporan");
        return api;
    }

    /// <param name="dokumen">lkjip, pk, iku, monev-1 … monev-4.</param>
    /// <param name="format">pdf, docx, xlsx or html; required, so a PDF (seconds of server time) is only made when asked for by name.</param>
    static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> Get(
        string instansi, int tahun, string dokumen, string? format, HttpContext http, SakipDb db, ReportRendering rendering, CancellationToken ct)
    {
        if (!DataYears.IsPlausible(tahun) || ReportKind.Parse(dokumen) is not { } kind
            || await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        if (ReportRendering.ParseFormat(format) is not { } chosen)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Format wajib diisi: pdf, docx, xlsx atau html."] });
        }
        var built = rendering.Build(kind, await ReportRendering.LoadAsync(db, unit, tahun, ct), unit, tahun);
        var rendered = built.Value is { } document ? await rendering.RenderAsync(document, chosen, ct) : null;
        return rendered?.Value is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.Problem(built.Failure ?? rendered?.Failure, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Dokumen tidak dapat dibuat.");
    }
}
