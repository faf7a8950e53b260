using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Lke;

/// <summary>
/// The LKE worksheet of a unit and year: nilai usulan (the unit's Perencana, while a draft) and nilai penetapan (the
/// Evaluator or Admin) side by side per criterion, scores and grade of both columns, logic checks, proof Sakip holds,
/// and the LHE the evaluator finalises. Each column is refused on the server to an account that may not change it.
/// </summary>
public sealed partial class IndexModel(SakipDb db, TimeProvider clock) : PageModel
{
    public WorksheetPage Sheet { get; private set; } = null!;

    public AnswersInput Jawaban { get; set; } = new();

    public LheInput Lhe { get; set; } = new();

    /// <summary>The component whose form was posted and came back (400/409), so its typed values are shown.</summary>
    public string? PostedComponent { get; private set; }

    public static string Link(string unit, int year) => $"/Evaluasi/Lke?instansi={Uri.EscapeDataString(unit)}&tahun={year}";

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, tahun, ct))
        {
            return NotFound();
        }
        Lhe = LheFrom(Sheet);
        return Page();
    }

    public async Task<IActionResult> OnPostMulaiAsync(string? instansi, int? tahun, int? templat, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, tahun, ct))
        {
            return NotFound();
        }
        if (!Sheet.CanStart)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var result = await WorksheetWrites.StartAsync(db, Sheet.Unit.Id, Sheet.Year, templat ?? 0, Who, clock.GetUtcNow(), ct);
        return await AfterAsync(result, "Lembar kerja evaluasi dimulai.", ct);
    }

    public async Task<IActionResult> OnPostSimpanAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, tahun, ct) || Sheet.Sheet is not { } sheet)
        {
            return NotFound();
        }
        // A column the account may not change is refused outright, even when the value posted equals the stored one.
        var keys = Request.Form.Keys;
        if ((!Sheet.CanEditSelf && keys.Any(k => k.EndsWith(".Usulan", StringComparison.Ordinal) || k.EndsWith(".CatatanUsulan", StringComparison.Ordinal)))
            || (!Sheet.CanEditEvaluator && (keys.Any(k => k.EndsWith(".Penetapan", StringComparison.Ordinal) || k.EndsWith(".CatatanPenetapan", StringComparison.Ordinal))
                || !string.IsNullOrEmpty(Request.Form["Jawaban.Gunakan"]))))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await TryUpdateModelAsync(Jawaban, nameof(Jawaban));
        PostedComponent = Jawaban.Komponen;
        Lhe = LheFrom(Sheet);
        if (!ModelState.IsValid)
        {
            return Refused(StatusCodes.Status400BadRequest);
        }
        if (Jawaban.Gunakan is { } code && Sheet.Proposals.TryGetValue(code, out var proposal) && Jawaban.Baris.FirstOrDefault(b => b.Kriteria == code) is { } row)
        {
            row.Penetapan = proposal.Answer;
            ModelState.Remove($"{nameof(Jawaban)}.Baris[{Jawaban.Baris.IndexOf(row)}].Penetapan");
        }
        var edits = new List<(WorksheetColumn, AnswerEdit)>();
        foreach (var b in Jawaban.Baris)
        {
            if (Sheet.CanEditSelf)
            {
                edits.Add((WorksheetColumn.Self, new AnswerEdit(b.Kriteria, b.Usulan, b.CatatanUsulan, b.Versi)));
            }
            if (Sheet.CanEditEvaluator)
            {
                edits.Add((WorksheetColumn.Evaluator, new AnswerEdit(b.Kriteria, b.Penetapan, b.CatatanPenetapan, b.Versi)));
            }
        }
        var result = await WorksheetWrites.SaveAnswersAsync(db, sheet.Id, edits, Who, clock.GetUtcNow(), ct);
        return await AfterAsync(result, $"Komponen {Jawaban.Komponen} disimpan.", ct, "#komponen-" + Jawaban.Komponen);
    }

    public async Task<IActionResult> OnPostLheAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, tahun, ct) || Sheet.Sheet is not { } sheet)
        {
            return NotFound();
        }
        if (!Sheet.CanEditEvaluator)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await TryUpdateModelAsync(Lhe, nameof(Lhe));
        if (!ModelState.IsValid)
        {
            return Refused(StatusCodes.Status400BadRequest);
        }
        switch (Lhe.Aksi)
        {
            case "tambah":
                Lhe.Rekomendasi.Add(new RecommendationRow());
                return Page();
            case { } remove when remove.StartsWith("hapus-", StringComparison.Ordinal) && int.TryParse(remove[6..], out var index) && index >= 0 && index < Lhe.Rekomendasi.Count:
                Lhe.Rekomendasi.RemoveAt(index);
                ModelState.Clear();
                return Page();
            case "finalisasi":
                var final = await WorksheetLhe.FinaliseAsync(db, sheet.Id, Lhe.Versi, Lhe.ToFields(), Lhe.Drafts(), WorksheetPage.Grades, Who, clock.GetUtcNow(), ct);
                return await AfterAsync(final, "LHE difinalisasi. Nilai dan rekomendasi telah diterbitkan.", ct, "#lhe");
            default:
                var saved = await WorksheetWrites.SaveLheAsync(db, sheet.Id, Lhe.Versi, Lhe.ToFields(), Who, clock.GetUtcNow(), ct);
                return await AfterAsync(saved, "Data LHE disimpan. Rekomendasi diterbitkan saat finalisasi.", ct, "#lhe", keepRecommendations: true);
        }
    }

    string Who => UnitAccess.Of(HttpContext).DisplayName;

    async Task<IActionResult> AfterAsync(WorksheetWriteResult result, string message, CancellationToken ct, string anchor = "", bool keepRecommendations = false)
    {
        if (result.Ok && !keepRecommendations)
        {
            TempData["Pesan"] = message;
            return Redirect(Link(Sheet.Unit.Code, Sheet.Year) + anchor);
        }
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(string.Empty, Sentence(problem));
        }
        // The page shows the stored state now (scores, versions); the typed values stay in the posted forms.
        Sheet = await WorksheetPage.LoadAsync(db, UnitAccess.Of(HttpContext), Sheet.Unit, Sheet.Year, ct);
        ModelState.Remove($"{nameof(Lhe)}.{nameof(LheInput.Versi)}");
        Lhe.Versi = Sheet.Sheet?.Version ?? 0;
        if (result.Ok)
        {
            ViewData["Pesan"] = message;
            return Page();
        }
        return Refused(result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    static string Sentence(Problem problem) => problem.Message.Length == 0 ? "" : char.ToUpperInvariant(problem.Message[0]) + problem.Message[1..] + ".";

    static LheInput LheFrom(WorksheetPage page) => page.Sheet is not { } s ? new LheInput() : new LheInput
    {
        Nomor = s.Lhe.Number,
        Tanggal = s.Lhe.Date,
        Narasi = s.Lhe.Narrative,
        Penandatangan = s.Lhe.SignerName,
        Jabatan = s.Lhe.SignerPosition,
        Nip = s.Lhe.SignerNip,
        Versi = s.Version,
        Rekomendasi = [new RecommendationRow(), new RecommendationRow(), new RecommendationRow()],
    };

    async Task<bool> LoadAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return false;
        }
        Sheet = await WorksheetPage.LoadAsync(db, access, unit, tahun ?? clock.GetLocalNow().Year - 1, ct);
        return true;
    }
}
