using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Packages.Values;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Penilaian;

/// <summary>
/// Other national assessments (Indeks Kelembagaan, maturitas SPIP, …) per unit and year: recorded by the unit's Perencana
/// or the Admin, and recapped per kind with the count and share above a threshold, for every unit in the caller's scope.
/// </summary>
public sealed partial class IndexModel(SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public View Assessments { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? tahun, string? jenis, decimal? ambang, int? ubah, CancellationToken ct)
    {
        if (!await LoadAsync(tahun, jenis, ambang, ct))
        {
            return NotFound();
        }
        var row = ubah is { } id ? await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) : null;
        var unit = row is null ? null : Assessments.Editable.FirstOrDefault(u => u.Id == row.UnitId);
        Form = row is not null && unit is not null ? Input.From(row, unit.Code) : new Input { Jenis = jenis };
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(int? tahun, CancellationToken ct)
    {
        if (!await LoadAsync(tahun, null, null, ct))
        {
            return NotFound();
        }
        if (Assessments.Editable.FirstOrDefault(u => u.Code == Form.Instansi) is not { } unit)
        {
            return Form.Instansi is null || !ModelState.IsValid ? Status(StatusCodes.Status400BadRequest) : StatusCode(StatusCodes.Status403Forbidden);
        }
        var value = NumberReader.Read(Form.Nilai, NumberConvention.Indonesian);
        if (value.Problem is { } problem)
        {
            ModelState.AddModelError("Form.Nilai", $"{problem} (contoh: 3,25)");
        }
        if (!ModelState.IsValid)
        {
            return Status(StatusCodes.Status400BadRequest);
        }
        var result = await AssessmentWrites.SaveAsync(db, unit.Id, Assessments.Year, Form.Id, Form.Kind, value.Value, Form.Label, Form.Sumber, Form.Versi,
            UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        return Outcome(result, "Hasil penilaian disimpan.");
    }

    public async Task<IActionResult> OnPostHapusAsync(int? tahun, CancellationToken ct)
    {
        if (!await LoadAsync(tahun, null, null, ct))
        {
            return NotFound();
        }
        var unitId = await db.Assessments.Where(a => a.Id == Form.Id).Select(a => (int?)a.UnitId).FirstOrDefaultAsync(ct);
        if (Assessments.Editable.All(u => u.Id != unitId))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return Outcome(await AssessmentWrites.DeleteAsync(db, unitId!.Value, Form.Id!.Value, Form.Versi, ct), "Hasil penilaian dihapus.");
    }

    IActionResult Outcome(RecapWrite<AssessmentEntity> result, string saved)
    {
        if (result.Saved)
        {
            TempData["Pesan"] = saved;
            return Redirect($"/Evaluasi/Penilaian?tahun={Assessments.Year}");
        }
        foreach (var p in result.Problems)
        {
            ModelState.AddModelError(Input.FieldOf(p.Field), p.Message);
        }
        if (result.Conflict)
        {
            ModelState.Remove("Form.Versi");
            Form.Versi = result.Row?.Version;
        }
        return Status(result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    async Task<bool> LoadAsync(int? tahun, string? jenis, decimal? ambang, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || ambang is < -1_000_000m or > 1_000_000m || access.ScopePath is not { } scope)
        {
            return false;
        }
        var source = await RecapData.LoadAsync(db, scope, ct);
        var years = source.Data.Assessments.Select(a => a.Year).Distinct().OrderDescending().ToList();
        var year = tahun ?? (years.Count > 0 ? years[0] : clock.GetLocalNow().Year);
        var kinds = source.Data.Assessments.Where(a => a.Year == year).Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        var recaps = kinds.Select(k => AssessmentRecap.For(k, year, source.Data.Assessments, k == jenis ? ambang : null)).ToList();
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(scope)).OrderBy(u => u.Name)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.ShortName, u.Path, u.DataVersion)).ToListAsync(ct);
        var ids = await db.Assessments.AsNoTracking().Where(a => a.Year == year).Select(a => new { a.Id, a.UnitId, a.Kind, a.Version }).ToListAsync(ct);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var stored = ids.Where(a => codes.ContainsKey(a.UnitId)).ToDictionary(a => (codes[a.UnitId], a.Kind), a => (a.Id, a.Version));
        Assessments = new View(year, DataYears.Offered(years, year), recaps, source, [.. units.Where(u => access.CanEditPerformance(u.Path))], stored, jenis, ambang);
        return true;
    }

    public sealed record View(int Year, IReadOnlyList<int> Years, IReadOnlyList<AssessmentRecap> Recaps, RecapData.Loaded Source,
        IReadOnlyList<UnitRef> Editable, IReadOnlyDictionary<(string Unit, string Kind), (int Id, int Version)> Stored, string? Kind, decimal? Threshold);
}
