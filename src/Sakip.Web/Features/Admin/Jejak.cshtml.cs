using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Audit;
using Sakip.Data.Workflow;
using Sakip.Packages.Csv;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Admin;

/// <summary>
/// The audit trail (jejak audit), Admin and Evaluator only: who did what, when, from where, with the values before
/// and after; searched by unit, user, object, action and date, and downloaded as CSV. Nothing here changes it.
/// </summary>
public sealed class JejakModel(SakipDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Input Saring { get; set; } = new();

    public IReadOnlyList<JejakQuery.Row> Rows { get; private set; } = [];

    public bool More { get; private set; }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public IReadOnlyList<(string Table, string Label)> Objects { get; private set; } = [];

    public static IReadOnlyList<string> Actions { get; } =
        ["tambah", "ubah", "hapus", "ajukan", "kembalikan", "setujui", "buka", "impor", "ekspor", "masuk", "gagal_masuk", "keluar"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).CanEvaluate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Zone = await Schedules.ZoneAsync(db, ct);
        Objects = ObjectsOf(db);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (rows, problems) = await JejakQuery.SearchAsync(db, Saring.ToFilter(), Zone, ct);
        if (rows is null)
        {
            problems.ToList().ForEach(p => ModelState.AddModelError(p.Field, p.Message));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        (Rows, More) = await JejakQuery.PageAsync(rows, Saring.Halaman, ct);
        return Page();
    }

    /// <summary>The filtered trail as CSV, newest first, at most <see cref="JejakQuery.MaxCsvRows"/> rows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).CanEvaluate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        var zone = await Schedules.ZoneAsync(db, ct);
        var (rows, problems) = await JejakQuery.SearchAsync(db, Saring.ToFilter(), zone, ct);
        if (rows is null)
        {
            return BadRequest(string.Join(" ", problems.Select(p => p.Message)));
        }
        var list = await rows.Take(JejakQuery.MaxCsvRows).ToListAsync(ct);
        var content = new MemoryStream();
        CsvWriter.Write(content, ["waktu", "zona", "pengguna", "id_pengguna", "alamat", "aksi", "objek", "kunci", "instansi", "ringkasan", "nilai_lama", "nilai_baru"],
            list.Select(r => (IReadOnlyList<string>)
            [
                Local(r.At, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), zone.Id, r.UserName, r.UserId ?? "", r.Address ?? "",
                r.Action, r.Entity, r.Key ?? "", r.UnitCode ?? "", r.Summary, r.OldValues ?? "", r.NewValues ?? "",
            ]));
        content.Position = 0;
        return File(content, "text/csv; charset=utf-8", "jejak-audit.csv");
    }

    public static DateTimeOffset Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone);

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page) => QueryString(Saring with { Halaman = page });

    public string CsvLink() => QueryString(Saring with { Halaman = 1 }, "Csv");

    static string QueryString(Input input, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["instansi"] = input.Instansi,
            ["pengguna"] = input.Pengguna,
            ["objek"] = input.Objek,
            ["aksi"] = input.Aksi,
            ["dari"] = input.Dari?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sampai"] = input.Sampai?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["halaman"] = input.Halaman == 1 ? null : input.Halaman.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Admin/Jejak", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    /// <summary>The kinds of record in the trail, by the name a reader knows them, for the object filter.</summary>
    static List<(string Table, string Label)> ObjectsOf(SakipDb db) =>
    [
        .. AuditObjects.Labels
            .Select(l => (Table: db.Model.FindEntityType(l.Key)?.GetTableName(), l.Value))
            .Where(l => l.Table is not null).Select(l => (l.Table!, l.Value)),
        (PackageAudit.Entity, "Paket data (impor/ekspor)"),
    ];

    /// <remarks>A record, so a page link is the same search with another page number.</remarks>
    public sealed record Input
    {
        [FromQuery(Name = "instansi")]
        [StringLength(50, ErrorMessage = "Kode instansi terlalu panjang.")]
        public string? Instansi { get; set; }

        [FromQuery(Name = "pengguna")]
        [StringLength(256, ErrorMessage = "Pengguna terlalu panjang.")]
        public string? Pengguna { get; set; }

        [FromQuery(Name = "objek")]
        [StringLength(64, ErrorMessage = "Objek terlalu panjang.")]
        public string? Objek { get; set; }

        [FromQuery(Name = "aksi")]
        [StringLength(32, ErrorMessage = "Aksi terlalu panjang.")]
        public string? Aksi { get; set; }

        [FromQuery(Name = "dari")]
        public DateOnly? Dari { get; set; }

        [FromQuery(Name = "sampai")]
        public DateOnly? Sampai { get; set; }

        [FromQuery(Name = "halaman")]
        [Range(1, JejakQuery.MaxPage, ErrorMessage = "Halaman harus antara 1 dan 100.000.")]
        public int Halaman { get; set; } = 1;

        public JejakQuery.Filter ToFilter() => new(Instansi, Pengguna, Objek, Aksi, Dari, Sampai);
    }
}
