using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Audit;
using Sakip.Data.Exchange;
using Sakip.Packages;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.ImporEkspor;

/// <summary>
/// Import a data package (Admin only: a package can touch any unit) with validation, preview and confirmation;
/// export a unit in scope as a package (anyone who can read it).
/// </summary>
public sealed class IndexModel(SakipDb db, ReportingDb reporting, IFileStore files, IDataProtectionProvider protection, TimeProvider clock) : PageModel
{
    UploadedPackage Uploads => new(files, protection, clock);

    [BindProperty]
    public IFormFile? Paket { get; set; }

    [BindProperty]
    public string? Tiket { get; set; }

    /// <summary>The uploaded file's name, carried from the preview to the import for the audit trail's entry only.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(255)]
    public string? NamaBerkas { get; set; }

    public IReadOnlyList<UnitRef> Units { get; private set; } = [];

    public bool CanImport { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public ImportSummary? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnggahAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanImport)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var fileProblem = Paket is null ? "Pilih berkas paket (.zip berisi CSV atau .xlsx)." : UploadRules.Check(Paket, UploadRules.PackageTypes);
        if (Paket is null || fileProblem is not null)
        {
            ModelState.AddModelError(nameof(Paket), fileProblem!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        FileName = Path.GetFileName(Paket.FileName);
        var key = await Uploads.KeepAsync(Paket, ct);
        if (await CheckAsync(key, ct) is not { } data)
        {
            Uploads.Discard(key);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Preview = await DatasetImporter.PreviewAsync(db, data, ct);
        if (Preview.Locked is { Count: > 0 } locked)
        {
            return Refused(key, locked);
        }
        Tiket = Uploads.Ticket(key, User);
        return Page();
    }

    public async Task<IActionResult> OnPostImporAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanImport)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (Uploads.KeyOf(Tiket, User) is not { } key)
        {
            ModelState.AddModelError(string.Empty, "Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah paket kembali.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await CheckAsync(key, ct) is not { } data)
        {
            Uploads.Discard(key);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var summary = await DatasetImporter.ImportAsync(db, data, UnitAccess.Of(HttpContext).DisplayName, NamaBerkas is { Length: > 0 } named ? Path.GetFileName(named) : key, clock.GetUtcNow(), ct);
        if (summary.Locked is { Count: > 0 } locked)
        {
            return Refused(key, locked);
        }
        Uploads.Discard(key);
        TempData["Pesan"] = $"Paket diimpor: {summary.Added} ditambah, {summary.Changed} diubah.";
        return RedirectToPage();
    }

    /// <summary>409: the package would change approved figures, so nothing is imported (ImportLocks).</summary>
    PageResult Refused(string key, IReadOnlyList<Problem> locked)
    {
        Uploads.Discard(key);
        (Preview, Problems) = (null, [.. Problems, .. locked]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Downloads a unit (and the units below it) as a package: a ZIP of CSV files or an XLSX workbook.</summary>
    public async Task<IActionResult> OnGetUnduhAsync(string? instansi, int? tahun, string? format, CancellationToken ct)
    {
        var source = reporting.Db; // an export is a report: the replica when there is one
        if (string.IsNullOrWhiteSpace(instansi) || !DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(source, UnitAccess.Of(HttpContext), instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var data = await DatasetLoader.LoadAsync(source, unit.Path, tahun, descendants: true, ct);
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var content = new MemoryStream();
        if (xlsx)
        {
            PackageWriter.WriteWorkbook(data, content);
        }
        else
        {
            PackageWriter.WriteZip(data, content);
        }
        content.Position = 0;
        var name = $"sakip-{unit.Code.ToLowerInvariant()}-{(tahun is { } y ? y.ToString(Formats.Id) : "semua")}";
        // Recorded in the primary database: the export may have been read from a read-only replica.
        PackageAudit.AddExport(db, name + (xlsx ? ".xlsx" : ".zip"), unit.Id, unit.Code, tahun, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return xlsx ? File(content, UploadRules.PackageTypes[".xlsx"], name + ".xlsx") : File(content, UploadRules.PackageTypes[".zip"], name + ".zip");
    }

    /// <summary>Reads the stored package and checks it against the scope; the dataset, or null with <see cref="Problems"/> filled.</summary>
    async Task<Core.Dataset?> CheckAsync(string key, CancellationToken ct)
    {
        if (Uploads.Read(key, FileName ?? key) is not { } read)
        {
            Problems = [new Problem(string.Empty, "Berkas unggahan tidak ditemukan; unggah paket kembali.")];
            return null;
        }
        Problems = read.Problems;
        if (read.Data is not { } data)
        {
            return null;
        }
        var outside = await PackageScope.OutsideAsync(db, data, UnitAccess.Of(HttpContext), ct);
        Problems = [.. read.Problems, .. outside.Select(o => new Problem(string.Empty, o))];
        return outside.Count == 0 ? data : null;
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        CanImport = access.IsAdmin;
        Units = access.ScopePath is { } scope
            ? await db.Units.AsNoTracking().WithinPath(scope).OrderBy(u => u.Path)
                .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.ShortName, u.Path, u.DataVersion)).ToListAsync(ct)
            : [];
    }
}
