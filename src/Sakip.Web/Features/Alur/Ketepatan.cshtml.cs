using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Core.Explaining;
using Sakip.Core.Fields;
using Sakip.Core.Workflow.Schedules;
using Sakip.Data;
using Sakip.Data.Workflow;
using Sakip.Packages.Csv;
using Sakip.Reports.Workflow;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Alur;

/// <summary>
/// The timeliness record of a year (<c>/Alur/Ketepatan?tahun=</c>): every reporting unit in scope against every
/// window an Admin set, on time / late / missing / not yet due, the score and the ranking, and the same as CSV.
/// </summary>
public sealed class KetepatanModel(SakipDb db, TimeProvider clock) : PageModel
{
    public View Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? tahun, CancellationToken ct)
    {
        if (!KetepatanData.MayRead(HttpContext))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (tahun is { } y && !YearRule.IsValid(y))
        {
            return NotFound();
        }
        var scope = UnitAccess.Of(HttpContext).ScopePath!;
        var year = tahun ?? await KetepatanData.DefaultYearAsync(db, clock.GetUtcNow(), ct);
        var table = await KetepatanData.LoadAsync(db, scope, year, clock.GetUtcNow(), ct);
        Record = new View(table, DataYears.Offered(await Schedules.YearsAsync(db, ct), year), scope == "/");
        return Page();
    }

    /// <summary>The table as CSV: one row per unit, one column per scheduled object/period (status codes), counts and the score.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int tahun, CancellationToken ct)
    {
        if (!KetepatanData.MayRead(HttpContext))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!YearRule.IsValid(tahun))
        {
            return NotFound();
        }
        var table = await KetepatanData.LoadAsync(db, UnitAccess.Of(HttpContext).ScopePath!, tahun, clock.GetUtcNow(), ct);
        return File(Csv(table), "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"ketepatan-waktu-{tahun}.csv"));
    }

    /// <remarks>Written by the package CSV writer, so a unit name that looks like a formula stays text in a spreadsheet.</remarks>
    internal static byte[] Csv(TimelinessTable table)
    {
        string[] header = ["peringkat", "instansi", "nama", .. table.Columns.Select(c => c.Key), "tepat", "terlambat", "tidak_ada", "belum_jatuh_tempo", "nilai"];
        var rows = table.Units.Select(u => (IReadOnlyList<string>)
        [
            u.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", u.Code, u.Name,
            .. u.Cells.Select(c => Timeliness.Code(c.Status)),
            .. new[] { TimelinessStatus.OnTime, TimelinessStatus.Late, TimelinessStatus.Missing, TimelinessStatus.NotDue }.Select(s => u.Count(s).ToString(CultureInfo.InvariantCulture)),
            u.Score.Value is { } v ? Display.Round(v).ToString("0.00", CultureInfo.InvariantCulture) : "",
        ]);
        using var stream = new MemoryStream();
        CsvWriter.Write(stream, header, rows);
        return stream.ToArray();
    }

    /// <summary>The colour of a status: the Bootstrap badge class.</summary>
    public static string BadgeClass(TimelinessStatus status) => status switch
    {
        TimelinessStatus.OnTime => "text-bg-success",
        TimelinessStatus.Late => "text-bg-warning",
        TimelinessStatus.Missing => "text-bg-danger",
        TimelinessStatus.NotDue => "text-bg-light border",
    };

    /// <summary>The word in a cell, short so that a year's nine windows fit on a laptop screen; the full label is its title.</summary>
    public static string ShortLabel(TimelinessStatus status) => status switch
    {
        TimelinessStatus.OnTime => "Tepat",
        TimelinessStatus.Late => "Terlambat",
        TimelinessStatus.Missing => "Tidak ada",
        TimelinessStatus.NotDue => "Belum",
    };

    /// <param name="Installation">The caller sees the whole installation (else only the units of their scope).</param>
    public sealed record View(TimelinessTable Table, IReadOnlyList<int> Years, bool Installation);
}
