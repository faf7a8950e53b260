using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Skm;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Skm;

/// <summary>
/// The SKM (PermenPAN-RB 14/2017) of a unit and year: its services with U1…U9, IKM and mutu; the 9 means typed or the
/// respondents' answers uploaded (CSV <c>u1..u9</c>, all or nothing); and the recap of every service in the caller's
/// scope above a threshold. The unit's Perencana and the Admin write; others in scope read.
/// </summary>
public sealed partial class IndexModel(SakipDb db, TimeProvider clock) : PageModel
{
    /// <summary>A survey file of one service is small; 2 MB holds far more than <see cref="SkmResponseSheet.MaxRows"/> rows.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    [BindProperty]
    public Input Form { get; set; } = new();

    public View Skm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, decimal? ambang, int? ubah, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, tahun, ambang, ct))
        {
            return NotFound();
        }
        if (ubah is { } id && Skm.CanEdit)
        {
            var row = await db.SkmResults.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.UnitId == Skm.Unit.Id && s.Year == Skm.Year, ct);
            Form = row is null ? Form : Input.From(row);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        if (await Guard(instansi, tahun, ct) is { } refused)
        {
            return refused;
        }
        var means = Form.Means(ModelState);
        if (!ModelState.IsValid)
        {
            return Status(StatusCodes.Status400BadRequest);
        }
        var result = await SkmWrites.SaveMeansAsync(db, Skm.Unit.Id, Skm.Year, Form.Id, Form.Layanan, means, Form.Responden, Form.Versi,
            UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        return Outcome(result, $"Hasil SKM \"{Form.Layanan?.Trim()}\" disimpan.");
    }

    public async Task<IActionResult> OnPostUnggahAsync(string? instansi, int? tahun, IFormFile? berkas, CancellationToken ct)
    {
        if (await Guard(instansi, tahun, ct) is { } refused)
        {
            return refused;
        }
        if (await ReadAsync(berkas, ct) is not { } text)
        {
            return Status(StatusCodes.Status400BadRequest);
        }
        var responses = SkmResponseSheet.Parse(text, out var problems);
        if (responses is null)
        {
            AddProblems(problems, file: true);
            return Status(StatusCodes.Status400BadRequest);
        }
        var result = await SkmWrites.ReplaceResponsesAsync(db, Skm.Unit.Id, Skm.Year, Form.Layanan, responses,
            UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        return Outcome(result, $"{responses.Count} jawaban responden layanan \"{Form.Layanan?.Trim()}\" disimpan; jawaban sebelumnya diganti.");
    }

    public async Task<IActionResult> OnPostHapusAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        if (await Guard(instansi, tahun, ct) is { } refused)
        {
            return refused;
        }
        var result = await SkmWrites.DeleteAsync(db, Skm.Unit.Id, Skm.Year, Form.Id ?? 0, Form.Versi, ct);
        return Outcome(result, "Hasil SKM dihapus.");
    }

    /// <summary>404 outside the scope, 403 for a reader; null when the caller may write.</summary>
    async Task<IActionResult?> Guard(string? instansi, int? tahun, CancellationToken ct) =>
        !await LoadAsync(instansi, tahun, null, ct) ? NotFound()
        : !Skm.CanEdit ? StatusCode(StatusCodes.Status403Forbidden)
        : null;

    IActionResult Outcome(RecapWrite<SkmResultEntity> result, string saved)
    {
        if (result.Saved)
        {
            TempData["Pesan"] = saved;
            return Redirect(Link(Skm.Unit.Code, Skm.Year));
        }
        AddProblems(result.Problems, file: false);
        if (result.Conflict)
        {
            ModelState.Remove("Form.Versi");
            Form.Versi = result.Row?.Version;
        }
        return Status(result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    void AddProblems(IEnumerable<Problem> problems, bool file)
    {
        foreach (var p in problems)
        {
            ModelState.AddModelError(file ? "berkas" : Input.FieldOf(p.Field), file && p.Field.Length > 0 ? $"{p.Field}: {p.Message}" : p.Message);
        }
    }

    PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The uploaded file as UTF-8 text, or null with the reason in the model state.</summary>
    async Task<string?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        var problem = file is null || file.Length == 0 ? "Pilih berkas CSV jawaban responden."
            : file.Length > MaxFileBytes ? "Ukuran berkas melebihi batas 2 MB."
            : !string.Equals(Path.GetExtension(file.FileName), ".csv", StringComparison.OrdinalIgnoreCase) ? "Berkas harus CSV (.csv) dengan judul kolom u1..u9."
            : null;
        if (problem is null)
        {
            using var buffer = new MemoryStream();
            await file!.CopyToAsync(buffer, ct);
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
            }
            catch (DecoderFallbackException)
            {
                problem = "Isi berkas bukan teks CSV (UTF-8) yang sah.";
            }
        }
        ModelState.AddModelError("berkas", problem);
        return null;
    }

    public static string Link(string unit, int year) => $"/Evaluasi/Skm?instansi={Uri.EscapeDataString(unit)}&tahun={year}";

    async Task<bool> LoadAsync(string? instansi, int? tahun, decimal? ambang, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || ambang is < 0m or > 100m || access.ScopePath is not { } scope
            || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return false;
        }
        var source = await RecapData.LoadAsync(db, scope, ct);
        var years = source.SkmYears;
        var year = tahun ?? (years.Count > 0 ? years[0] : clock.GetLocalNow().Year);
        var recap = SkmRecap.For(year, source.Data.SkmResults, source.Data.SkmResponses, source.Data.ScaleSet().IkmQuality, ambang ?? SkmRecap.DefaultThreshold);
        var rows = await db.SkmResults.AsNoTracking().Where(s => s.UnitId == unit.Id && s.Year == year).OrderBy(s => s.Service)
            .Select(s => new Stored(s.Id, s.Service, s.Version, s.UpdatedBy)).ToListAsync(ct);
        Skm = new View(unit, year, DataYears.Offered(years, year), recap, rows, source, access.CanEditPerformance(unit.Path));
        return true;
    }

    public sealed record Stored(int Id, string Service, int Version, string? UpdatedBy);

    public sealed record View(UnitRef Unit, int Year, IReadOnlyList<int> Years, SkmRecap Recap, IReadOnlyList<Stored> Rows, RecapData.Loaded Source, bool CanEdit)
    {
        public SkmServiceScore? Score(Stored row) => Recap.Services.FirstOrDefault(s => s.Unit == Unit.Code && s.Service == row.Service);
    }
}
