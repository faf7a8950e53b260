using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sakip.Web.Features.Beranda;

public sealed partial class IndexModel
{
    /// <summary>
    /// One chart of the dashboard as an SVG image (<c>?handler=Grafik&amp;jenis=indikator</c>). Its ETag is the unit's
    /// data version, the year and the drawing: a browser revalidates and gets 304 until the data changes.
    /// </summary>
    public async Task<IActionResult> OnGetGrafikAsync(string? instansi, int? tahun, string? jenis, CancellationToken ct)
    {
        if (await OnGetAsync(instansi, tahun, ct) is not PageResult || Charts.FirstOrDefault(c => c.Key == jenis) is not { } chart)
        {
            return NotFound();
        }
        var unit = Dashboard.Unit;
        var tag = string.Create(CultureInfo.InvariantCulture, $"\"{unit.Id}-{unit.DataVersion}-{Dashboard.Year}-{chart.Key}-{BerandaCharts.DrawingVersion}\"");
        Response.Headers.ETag = tag;
        Response.Headers.CacheControl = "private, no-cache";
        if (Request.Headers.IfNoneMatch.Contains(tag))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }
        return Content(BerandaCharts.Svg(chart), "image/svg+xml; charset=utf-8");
    }

    /// <summary>The address of a chart's image on this dashboard.</summary>
    public string ChartLink(BerandaCharts.Chart chart) =>
        $"/Beranda?handler=Grafik&instansi={Uri.EscapeDataString(Dashboard.Unit.Code)}&tahun={Dashboard.Year}&jenis={chart.Key}";
}
