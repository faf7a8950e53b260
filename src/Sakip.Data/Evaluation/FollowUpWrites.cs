using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Core.Fields;
using Sakip.Core.Problems;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Evaluation;

/// <summary>
/// Writing the follow-up (tindak lanjut) of recommendations, for the Evaluasi pages: the unit's action plans and the
/// evaluator's verification. Every action change derives the recommendation's own status and text from its actions
/// (<see cref="FollowUpProgress"/>) in the same save, so the LKjIP, the API and the package read what the actions say.
/// Stale edits are conflict results (the row's version moved), never exceptions.
/// </summary>
public static class FollowUpWrites
{
    public const string ConflictField = "versi";
    public const string StateField = "status";
    public const string NoteField = "catatan";
    public const string VerdictField = "keputusan";

    public static async Task<FollowUpWrite> AddAsync(
        SakipDb db, int recommendationId, FollowUpAction action, string? user, DateTimeOffset now, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == recommendationId, ct);
        if (recommendation is null)
        {
            return FollowUpWrite.Missing("Rekomendasi");
        }
        if (Refusal(recommendation, action) is { } refused)
        {
            return refused;
        }
        var row = new FollowUpActionEntity { RecommendationId = recommendationId };
        Assign(row, action, user, now);
        db.FollowUpActions.Add(row);
        return await SaveDerivedAsync(db, recommendation, row, null, ct);
    }

    /// <param name="openedVersion">The action's version the editor opened; null for no precondition.</param>
    public static async Task<FollowUpWrite> UpdateAsync(
        SakipDb db, int actionId, FollowUpAction action, int? openedVersion, string? user, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.FollowUpActions.FirstOrDefaultAsync(a => a.Id == actionId, ct);
        var recommendation = row is null ? null : await db.Recommendations.FirstOrDefaultAsync(r => r.Id == row.RecommendationId, ct);
        if (row is null || recommendation is null)
        {
            return FollowUpWrite.Missing("Rencana aksi");
        }
        if (openedVersion is { } opened && opened != row.Version)
        {
            return Conflicted(row, recommendation);
        }
        if (Refusal(recommendation, action) is { } refused)
        {
            return refused;
        }
        db.Expect(row, openedVersion);
        Assign(row, action, user, now);
        return await SaveDerivedAsync(db, recommendation, row, null, ct);
    }

    /// <summary>Removes an action; one with evidence files (even removed ones, whose rows are kept) stays.</summary>
    public static async Task<FollowUpWrite> RemoveAsync(SakipDb db, int actionId, int? openedVersion, CancellationToken ct)
    {
        var row = await db.FollowUpActions.FirstOrDefaultAsync(a => a.Id == actionId, ct);
        var recommendation = row is null ? null : await db.Recommendations.FirstOrDefaultAsync(r => r.Id == row.RecommendationId, ct);
        if (row is null || recommendation is null)
        {
            return FollowUpWrite.Missing("Rencana aksi");
        }
        if (openedVersion is { } opened && opened != row.Version)
        {
            return Conflicted(row, recommendation);
        }
        if (Closed(recommendation) is { } closed)
        {
            return closed;
        }
        if (await db.EvaluationEvidence.AnyAsync(e => e.FollowUpActionId == actionId, ct))
        {
            return new(FollowUpWrite.Outcome.Locked, row, recommendation,
                [new(StateField, "Rencana aksi yang memiliki bukti dukung tidak dapat dihapus (bukti dukung tetap tercatat); ubah isinya bila perlu.")]);
        }
        db.Expect(row, openedVersion);
        db.FollowUpActions.Remove(row);
        return await SaveDerivedAsync(db, recommendation, null, row, ct);
    }

    /// <summary>
    /// The evaluator's verdict: <see cref="VerificationStatus.Closed"/> (note optional) or
    /// <see cref="VerificationStatus.Reopened"/> (note required, only a closed recommendation).
    /// </summary>
    public static async Task<FollowUpWrite> VerifyAsync(
        SakipDb db, int recommendationId, VerificationStatus verdict, string? note, int? openedVersion, string? user, DateTimeOffset now, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == recommendationId, ct);
        if (recommendation is null)
        {
            return FollowUpWrite.Missing("Rekomendasi");
        }
        if (openedVersion is { } opened && opened != recommendation.Version)
        {
            return Conflicted(null, recommendation);
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (VerificationProblem(recommendation.Verification, verdict, note) is { } problem)
        {
            return new(problem.Field == StateField ? FollowUpWrite.Outcome.Locked : FollowUpWrite.Outcome.Invalid, null, recommendation, [problem]);
        }
        db.Expect(recommendation, openedVersion);
        (recommendation.Verification, recommendation.VerificationNote, recommendation.VerifiedAt, recommendation.VerifiedBy) = (verdict, note, now, user);
        return await db.TrySaveChangesAsync(ct)
            ? new(FollowUpWrite.Outcome.Saved, null, recommendation, [])
            : Conflicted(null, await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recommendationId, ct));
    }

    static Problem? VerificationProblem(VerificationStatus current, VerificationStatus verdict, string? note) => verdict switch
    {
        VerificationStatus.Open => new(VerdictField, "Pilih keputusan: tutup atau buka kembali."),
        VerificationStatus.Closed when current == VerificationStatus.Closed => new(StateField, "Rekomendasi ini sudah ditutup."),
        VerificationStatus.Reopened when current != VerificationStatus.Closed => new(StateField, "Hanya rekomendasi yang sudah ditutup yang dapat dibuka kembali."),
        VerificationStatus.Reopened when note is null => new(NoteField, "Catatan wajib diisi bila rekomendasi dibuka kembali: apa yang masih kurang."),
        _ => TextRules.Check(NoteField, TextField.Note, note, "Catatan verifikasi"),
    };

    static FollowUpWrite? Refusal(RecommendationEntity recommendation, FollowUpAction action) =>
        Closed(recommendation) ?? (action.Check() is { Count: > 0 } problems ? new(FollowUpWrite.Outcome.Invalid, null, recommendation, problems) : null);

    /// <summary>A closed recommendation's actions are read-only until the evaluator reopens it.</summary>
    static FollowUpWrite? Closed(RecommendationEntity recommendation) => recommendation.Verification == VerificationStatus.Closed
        ? new(FollowUpWrite.Outcome.Locked, null, recommendation,
            [new(StateField, "Rekomendasi ini sudah ditutup oleh evaluator; rencana aksinya tidak dapat diubah sampai dibuka kembali.")])
        : null;

    static void Assign(FollowUpActionEntity row, FollowUpAction action, string? user, DateTimeOffset now)
    {
        (row.Plan, row.Responsible, row.DueDate, row.Status, row.Result) =
            (action.Plan.Trim(), Clean(action.Responsible), action.DueDate, action.Status, Clean(action.Result));
        (row.UpdatedAt, row.UpdatedBy) = (now, user);
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Saves the action change with the recommendation's status and text derived from all its actions.</summary>
    static async Task<FollowUpWrite> SaveDerivedAsync(
        SakipDb db, RecommendationEntity recommendation, FollowUpActionEntity? saved, FollowUpActionEntity? removed, CancellationToken ct)
    {
        var stored = await db.FollowUpActions.Where(a => a.RecommendationId == recommendation.Id).ToListAsync(ct);
        var actions = stored.Where(a => a != removed && a != saved).Append(saved).OfType<FollowUpActionEntity>()
            .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.Id > 0 ? a.Id : int.MaxValue) // as the page lists them; a new action (no id yet) last
            .Select(ToCore).ToList();
        // Without actions left the recommendation keeps what it held before (an imported text and status stay as printed).
        if (actions.Count > 0)
        {
            (recommendation.Status, recommendation.FollowUp) = (FollowUpProgress.Status(actions), FollowUpProgress.Text(actions));
        }
        var actionId = saved?.Id;
        if (await db.TrySaveChangesAsync(ct))
        {
            return new(FollowUpWrite.Outcome.Saved, saved, recommendation, []);
        }
        var current = actionId is { } id and > 0 ? await db.FollowUpActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) : null;
        return Conflicted(current, await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recommendation.Id, ct));
    }

    public static FollowUpAction ToCore(FollowUpActionEntity a) => new(a.Plan, a.Responsible, a.DueDate, a.Status, a.Result);

    static FollowUpWrite Conflicted(FollowUpActionEntity? action, RecommendationEntity? recommendation)
    {
        var message = action is not null
            ? string.Create(CultureInfo.InvariantCulture,
                $"Rencana aksi ini telah diubah oleh {action.UpdatedBy ?? "pengguna lain"} sejak Anda membukanya (sekarang versi {action.Version}). Perubahan Anda belum disimpan; periksa isinya sekarang lalu simpan lagi bila tetap ingin mengubahnya.")
            : recommendation is not null
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Rekomendasi {recommendation.Number} telah diubah pengguna lain sejak Anda membukanya (sekarang versi {recommendation.Version}). Perubahan Anda belum disimpan; muat ulang lalu coba lagi.")
                : "Data telah dihapus atau diubah pengguna lain pada saat yang sama. Perubahan Anda belum disimpan; muat ulang lalu coba lagi.";
        return new(FollowUpWrite.Outcome.Conflict, action, recommendation, [new(ConflictField, message)]);
    }
}
