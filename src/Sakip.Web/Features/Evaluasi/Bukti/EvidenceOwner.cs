using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Bukti;

/// <summary>
/// What an evaluation evidence file belongs to — a follow-up action or an LKE answer — with the unit it belongs to and
/// whether the signed-in account may add or remove files there.
/// </summary>
/// <remarks>
/// A follow-up action: the unit's Perencana or an Admin write while the evaluator has not closed the recommendation;
/// everyone in scope (the Evaluator included) reads. An LKE answer: the unit's Perencana and any Evaluator or Admin
/// write while the evaluation is a draft; once the LHE is final the files are read-only.
/// </remarks>
/// <param name="MayWrite">The account's role and scope let it write here (else 403).</param>
/// <param name="Lock">Why the owner's state forbids writing now (else null): closed by the evaluator, or a final LHE (409).</param>
/// <param name="Writers">Who may write, for the read-only notice.</param>
public sealed record EvidenceOwner(
    int? FollowUpActionId, int? LkeAnswerId, string UnitPath, string Title, string Context, string BackUrl, string BackLabel, bool MayWrite, string? Lock, string Writers)
{
    public bool CanWrite => MayWrite && Lock is null;

    /// <summary>The query string naming this owner on the evidence page.</summary>
    public string Query => FollowUpActionId is { } action ? $"tindakLanjut={action}" : $"jawaban={LkeAnswerId}";

    /// <summary>The owner in the caller's scope, or null (404) when unknown or outside it.</summary>
    public static async Task<EvidenceOwner?> FindAsync(SakipDb db, UnitAccess access, int? tindakLanjut, int? jawaban, CancellationToken ct)
    {
        var owner = (tindakLanjut, jawaban) switch
        {
            ({ } action, null) => await ForActionAsync(db, access, action, ct),
            (null, { } answer) => await ForAnswerAsync(db, access, answer, ct),
            _ => null,
        };
        return owner is not null && access.CanRead(owner.UnitPath) ? owner : null;
    }

    /// <summary>The owner of a stored file, for download and removal.</summary>
    public static Task<EvidenceOwner?> OfFileAsync(SakipDb db, UnitAccess access, EvaluationEvidenceEntity file, CancellationToken ct) =>
        FindAsync(db, access, file.FollowUpActionId, file.LkeAnswerId, ct);

    static async Task<EvidenceOwner?> ForActionAsync(SakipDb db, UnitAccess access, int id, CancellationToken ct)
    {
        var found = await db.FollowUpActions.AsNoTracking().Where(a => a.Id == id)
            .Join(db.Recommendations, a => a.RecommendationId, r => r.Id, (a, r) => new { a.Plan, r.Id, r.Number, r.Year, r.Text, r.Verification, r.UnitId })
            .Join(db.Units, x => x.UnitId, u => u.Id, (x, u) => new { x.Plan, x.Id, x.Number, x.Year, x.Text, x.Verification, u.Code, u.Path })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var closed = found.Verification == VerificationStatus.Closed;
        var mayEdit = access.CanEditPerformance(found.Path);
        return new(id, null, found.Path, $"Bukti dukung tindak lanjut rekomendasi {found.Number}", $"Rencana aksi: {found.Plan}",
            TindakLanjut.IndexModel.Link(found.Code, found.Year) + "#rekomendasi-" + found.Id, $"Tindak lanjut {found.Code} {found.Year}", mayEdit,
            closed ? "Rekomendasi sudah ditutup evaluator; bukti dukungnya hanya dapat dibaca sampai dibuka kembali." : null,
            "Hanya Perencana unit ini atau Admin yang dapat menambah atau menghapus bukti dukung tindak lanjut.");
    }

    static async Task<EvidenceOwner?> ForAnswerAsync(SakipDb db, UnitAccess access, int id, CancellationToken ct)
    {
        var found = await db.LkeAnswers.AsNoTracking().Where(a => a.Id == id)
            .Join(db.Evaluations, a => a.EvaluationId, e => e.Id, (a, e) => new { a.Criterion, e.Year, e.Status, e.UnitId })
            .Join(db.Units, x => x.UnitId, u => u.Id, (x, u) => new { x.Criterion, x.Year, x.Status, u.Code, u.Path })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var final = found.Status == EvaluationStatus.Final;
        var mayEdit = access.CanEditPerformance(found.Path) || access.CanEvaluate;
        return new(null, id, found.Path, $"Bukti dukung kriteria LKE {found.Criterion}", $"Evaluasi {found.Code} tahun {found.Year}",
            $"/Evaluasi/Lke?instansi={Uri.EscapeDataString(found.Code)}&tahun={found.Year}", $"Kertas kerja LKE {found.Code} {found.Year}", mayEdit,
            final ? "LHE sudah final; bukti dukung kertas kerja hanya dapat dibaca." : null,
            "Hanya Perencana unit ini, Evaluator atau Admin yang dapat menambah atau menghapus bukti dukung LKE.");
    }
}
