using Sakip.Core.Fields;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Measurement;
using Sakip.Packages.Values;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>Entering one realisation (indicator, year, period): value or pembilang/penyebut, analysis, evidence, approval.</summary>
public sealed class IsiModel(SakipDb db, UnitResultCache cache, TimeProvider clock, IFileStore files) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Bukti { get; set; }

    /// <summary>"Simpan tetap": the user saw the warnings on the values and saves them as typed.</summary>
    [BindProperty]
    public bool Konfirmasi { get; set; }

    /// <summary>True when the only problems left are warnings, so the form offers "Simpan tetap".</summary>
    public bool NeedsConfirmation { get; private set; }

    public View Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string indikator, int tahun, string periode, CancellationToken ct)
    {
        if (await LoadAsync(indikator, tahun, periode, ct) is { } missing)
        {
            return missing;
        }
        Form = Input.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(string indikator, int tahun, string periode, CancellationToken ct)
    {
        if (await LoadAsync(indikator, tahun, periode, ct) is { } missing)
        {
            return missing;
        }
        if (!MayEnter)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var values = Form.Parse(Entry.Indicator.IsRatio, ModelState);
        if (Bukti is not null && UploadRules.Check(Bukti, UploadRules.EvidenceTypes) is { } fileProblem)
        {
            ModelState.AddModelError(nameof(Bukti), fileProblem);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (outcome, problems, _) = await RealisationEntry.SaveAsync(
            db, Entry.Indicator, tahun, Entry.Period, values! with { Confirmed = Konfirmasi }, Form.Versi, UnitAccess.Of(HttpContext), clock.GetUtcNow(), ct);
        Confirmation.AddTo(ModelState, problems, Input.FieldOf);
        NeedsConfirmation = Confirmation.NeedsConfirmation(problems);
        if (outcome == RealisationEntry.Outcome.Conflict)
        {
            return await ConflictAsync(indikator, tahun, periode, ct);
        }
        if (outcome != RealisationEntry.Outcome.Saved)
        {
            Response.StatusCode = outcome == RealisationEntry.Outcome.Locked ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Bukti is not null)
        {
            await EvidenceFiles.AddAsync(db, files, Entry.Indicator.Id, tahun, Entry.Period, Bukti, UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        }
        TempData["Pesan"] = "Realisasi tersimpan.";
        return RedirectToPage(new { indikator, tahun, periode });
    }

    public Task<IActionResult> OnPostAjukanAsync(string indikator, int tahun, string periode, CancellationToken ct) =>
        TransitionAsync(indikator, tahun, periode, _ => MayEnter, (status, row) => Approval.Submit(status, row.Value is not null), "Realisasi diajukan untuk diverifikasi.", ct);

    public Task<IActionResult> OnPostSetujuiAsync(string indikator, int tahun, string periode, CancellationToken ct) =>
        TransitionAsync(indikator, tahun, periode, v => v.CanVerify, (status, _) => Approval.Approve(status), "Realisasi disetujui dan dikunci.", ct);

    public Task<IActionResult> OnPostKembalikanAsync(string indikator, int tahun, string periode, CancellationToken ct) =>
        TransitionAsync(indikator, tahun, periode, v => v.CanVerify, (status, row) =>
        {
            row.ReviewNote = Form.CatatanVerifikasi;
            return Approval.Return(status, Form.CatatanVerifikasi);
        }, "Realisasi dikembalikan dengan catatan.", ct);

    async Task<IActionResult> TransitionAsync(
        string indikator, int tahun, string periode, Func<View, bool> allowed,
        Func<ApprovalStatus, RealisationEntity, (ApprovalStatus, Core.Problems.Problem?)> transition, string done, CancellationToken ct)
    {
        if (await LoadAsync(indikator, tahun, periode, ct) is { } missing)
        {
            return missing;
        }
        if (!allowed(Entry))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var row = await db.Realisations.FirstOrDefaultAsync(r => r.IndicatorId == Entry.Indicator.Id && r.Year == tahun && r.Period == Entry.Period, ct);
        if (row is null)
        {
            KeepEntryFields();
            ModelState.AddModelError(string.Empty, "Realisasi belum diisi.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Form.Versi is { } opened && opened != row.Version)
        {
            ModelState.AddModelError(string.Empty, RealisationEntry.ConflictWith(row, Entry.Period, tahun).Message);
            return await ConflictAsync(indikator, tahun, periode, ct);
        }
        var (status, problem) = transition(row.Status, row);
        if (problem is not null)
        {
            KeepEntryFields();
            ModelState.AddModelError(Input.FieldOf(problem.Field), problem.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        (row.Status, row.UpdatedAt, row.UpdatedBy) = (status, clock.GetUtcNow(), UnitAccess.Of(HttpContext).DisplayName);
        if (!await db.TrySaveChangesAsync(ct))
        {
            var winner = await db.Realisations.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == Entry.Indicator.Id && r.Year == tahun && r.Period == Entry.Period, ct);
            ModelState.AddModelError(string.Empty, RealisationEntry.ConflictWith(winner, Entry.Period, tahun).Message);
            return await ConflictAsync(indikator, tahun, periode, ct);
        }
        TempData["Pesan"] = done;
        return RedirectToPage(new { indikator, tahun, periode });
    }

    /// <summary>
    /// 409 with the page showing what the other person saved; the form keeps what this user typed, and now carries the
    /// stored version, so saving again is a deliberate overwrite.
    /// </summary>
    async Task<IActionResult> ConflictAsync(string indikator, int tahun, string periode, CancellationToken ct)
    {
        await LoadAsync(indikator, tahun, periode, ct);
        ModelState.Remove($"{nameof(Form)}.{nameof(Input.Versi)}");
        Form.Versi = Entry.Row?.Version ?? 0;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>
    /// A submit, approve or return form posts only its own field, so after its message the entry form would come back
    /// empty: it shows the stored values again, and the return note keeps what the verifikator typed.
    /// </summary>
    void KeepEntryFields()
    {
        var note = Form.CatatanVerifikasi;
        Form = Input.From(Entry);
        Form.CatatanVerifikasi = note;
    }

    /// <summary>
    /// Whether the role may enter this unit's realisations (403 when not). A locked (approved) realisation is checked
    /// afterwards and answers 409 with its message, as the API does: the role may edit, the state forbids it.
    /// </summary>
    bool MayEnter => UnitAccess.Of(HttpContext).CanEditPerformance(Entry.Indicator.Unit.Path);

    /// <summary>Loads the view, or returns 404 when the indicator is unknown or outside the caller's scope.</summary>
    async Task<IActionResult?> LoadAsync(string indikator, int tahun, string periode, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        var indicator = await IndicatorLookup.ResolveAsync(db, access, indikator, ct);
        if (indicator is null || !DataYears.IsPlausible(tahun) || Codes.Parse<Period>(periode) is not { } period)
        {
            return NotFound();
        }
        var performance = await cache.PerformanceAsync(db, indicator.Unit, ct);
        var row = await db.Realisations.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Year == tahun && r.Period == period, ct);
        var components = await db.Components.AsNoTracking().Where(c => c.IndicatorId == indicator.Id && c.Year == tahun && c.Period == period).ToListAsync(ct);
        var history = row is null ? [] : await db.RealisationHistory.AsNoTracking().Where(h => h.RealisationId == row.Id).OrderByDescending(h => h.Version).ToListAsync(ct);
        var evidence = await EvidenceFiles.ListAsync(db, indicator.Id, tahun, period, ct);
        Entry = new View(indicator, tahun, period, performance.Calculator.For(indicator.Code, tahun, period), row,
            components.FirstOrDefault(c => c.Kind == ComponentKind.Numerator)?.Value, components.FirstOrDefault(c => c.Kind == ComponentKind.Denominator)?.Value,
            history, evidence, access.CanEditPerformance(indicator.Unit.Path) && Approval.CanEdit(row?.Status ?? ApprovalStatus.Draft, access.IsAdmin),
            access.CanVerify(indicator.Unit.Path));
        return null;
    }

    public sealed record View(
        IndicatorRef Indicator, int Year, Period Period, CapaianResult Result, RealisationEntity? Row, decimal? Numerator, decimal? Denominator,
        IReadOnlyList<RealisationHistoryEntity> History, IReadOnlyList<EvidenceRow> Evidence, bool CanEdit, bool CanVerify)
    {
        public ApprovalStatus Status => Row?.Status ?? ApprovalStatus.Draft;

        /// <summary>The return note while it still asks for a change: returned, or corrected but not yet submitted again.</summary>
        public string? CurrentReviewNote => Status is ApprovalStatus.Returned or ApprovalStatus.Draft ? ReviewNote : null;

        /// <summary>A return note already acted on (submitted again or approved since): history, not a request.</summary>
        public string? EarlierReviewNote => CurrentReviewNote is null ? ReviewNote : null;

        string? ReviewNote => string.IsNullOrWhiteSpace(Row?.ReviewNote) ? null : Row.ReviewNote;

        /// <summary>
        /// Every version, newest first: the stored row is the current version and the history rows are the earlier
        /// ones (each kept as it was before the change that replaced it).
        /// </summary>
        public IReadOnlyList<VersionRow> Versions =>
            Row is null ? []
            : [new VersionRow(Row.Version, true, Row.Value, Row.Status, Row.UpdatedAt == default ? null : Row.UpdatedAt, Row.UpdatedBy),
                .. History.Select(h => new VersionRow(h.Version, false, h.Value, h.Status, h.ChangedAt == default ? null : h.ChangedAt, h.ChangedBy))];
    }

    public sealed record VersionRow(int Version, bool IsCurrent, decimal? Value, ApprovalStatus Status, DateTimeOffset? At, string? By);

    public sealed class Input
    {
        [Display(Name = "Realisasi")]
        [TextLimit(TextField.ValueText, Label = "Realisasi")]
        public string? Nilai { get; set; }

        [Display(Name = "Pembilang")]
        public string? Pembilang { get; set; }

        [Display(Name = "Penyebut")]
        public string? Penyebut { get; set; }

        [Display(Name = "Faktor pendukung")]
        [TextLimit(TextField.Analysis, Label = "Faktor pendukung")]
        public string? FaktorPendukung { get; set; }

        [Display(Name = "Faktor penghambat")]
        [TextLimit(TextField.Analysis, Label = "Faktor penghambat")]
        public string? FaktorPenghambat { get; set; }

        [Display(Name = "Solusi")]
        [TextLimit(TextField.Analysis, Label = "Solusi")]
        public string? Solusi { get; set; }

        [Display(Name = "Catatan")]
        [TextLimit(TextField.Note)]
        public string? Catatan { get; set; }

        [Display(Name = "Catatan verifikasi")]
        [TextLimit(TextField.Note, Label = "Catatan verifikasi")]
        public string? CatatanVerifikasi { get; set; }

        /// <summary>The version of the realisation the form was opened with (0: none stored yet), so a stale save is refused.</summary>
        public int? Versi { get; set; }

        public static Input From(View view) => new()
        {
            Versi = view.Row?.Version ?? 0,
            Nilai = Formats.Input(view.Row?.Value),
            Pembilang = Formats.Input(view.Numerator),
            Penyebut = Formats.Input(view.Denominator),
            FaktorPendukung = view.Row?.SupportingFactors,
            FaktorPenghambat = view.Row?.InhibitingFactors,
            Solusi = view.Row?.Solutions,
            Catatan = view.Row?.Note,
        };

        /// <summary>Reads the numbers as typed in id-ID (3,0885 or 1.234.567), adding a field error for each that cannot be read.</summary>
        internal RealisationEntry.Values? Parse(bool isRatio, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
        {
            decimal? Read(string? text, string field)
            {
                var read = NumberReader.Read(text, NumberConvention.Indonesian);
                if (read.Problem is { } problem)
                {
                    state.AddModelError($"{nameof(Form)}.{field}", $"{problem} (contoh: 75,68)");
                }
                return read.Value;
            }
            var value = Read(Nilai, nameof(Nilai));
            var numerator = isRatio ? Read(Pembilang, nameof(Pembilang)) : null;
            var denominator = isRatio ? Read(Penyebut, nameof(Penyebut)) : null;
            return new RealisationEntry.Values(value, null, numerator, denominator, Trim(FaktorPendukung), Trim(FaktorPenghambat), Trim(Solusi), Trim(Catatan));
        }

        /// <summary>The form field a Core problem refers to.</summary>
        public static string FieldOf(string field) => field switch
        {
            "nilai" => $"{nameof(Form)}.{nameof(Nilai)}",
            "pembilang" => $"{nameof(Form)}.{nameof(Pembilang)}",
            "penyebut" => $"{nameof(Form)}.{nameof(Penyebut)}",
            "catatan" => $"{nameof(Form)}.{nameof(CatatanVerifikasi)}",
            _ => string.Empty,
        };

        static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

}
