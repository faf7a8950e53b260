using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Problems;
using Sakip.Data.Concurrency;
using Sakip.Data.Configurations;

namespace Sakip.Data.Evaluation;

/// <summary>Which column of the worksheet an edit writes: the unit's nilai usulan or the evaluator's nilai penetapan.</summary>
public enum WorksheetColumn
{
    Self,
    Evaluator,
}

/// <summary>One criterion as typed in a worksheet form, with the version of the answer row the form was opened with.</summary>
public sealed record AnswerEdit(string Criterion, string? Answer, string? Note, int? Version);

/// <summary>The outcome of a worksheet write: saved, refused with problems, or lost to someone else's save (409).</summary>
public sealed record WorksheetWriteResult(bool Conflict, IReadOnlyList<Problem> Problems)
{
    public static readonly WorksheetWriteResult Saved = new(false, []);

    public bool Ok => !Conflict && Problems.Count == 0;

    public static WorksheetWriteResult Refused(params Problem[] problems) => new(false, problems);

    public static WorksheetWriteResult Lost(Problem problem) => new(true, [problem]);
}

/// <summary>
/// Writing an evaluation's worksheet: starting it with a template version, saving answers of one column, and the LHE
/// fields. Every write checks the version the editor opened; a lost race is a <see cref="WorksheetWriteResult.Conflict"/>.
/// </summary>
public static class WorksheetWrites
{
    public const string ConflictField = "versi";
    public const int NumberLength = 100;
    public const int NameLength = 200;
    public const int NipLength = 30;
    public const int NoteLength = EvaluationWorkConfiguration.NoteLength;
    public const int NarrativeLength = EvaluationWorkConfiguration.NarrativeLength;

    /// <summary>Starts the evaluation of a unit and year with an active template version: one answer row per criterion.</summary>
    public static async Task<WorksheetWriteResult> StartAsync(SakipDb db, int unitId, int year, int templateId, string? by, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.LkeTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, ct);
        if (row is not { Active: true } || LkeTemplateJson.Read(row.Json, out _) is not { } template)
        {
            return WorksheetWriteResult.Refused(new Problem("Templat", "pilih templat LKE yang aktif"));
        }
        if (await db.Evaluations.AnyAsync(e => e.UnitId == unitId && e.Year == year, ct))
        {
            return WorksheetWriteResult.Lost(new Problem(ConflictField, $"evaluasi tahun {year} untuk unit ini sudah dimulai"));
        }
        var evaluation = new EvaluationEntity { UnitId = unitId, Year = year, TemplateId = row.Id, Status = EvaluationStatus.Draft, UpdatedAt = now, UpdatedBy = by };
        db.Evaluations.Add(evaluation);
        if (!await db.TrySaveChangesAsync(ct))
        {
            return WorksheetWriteResult.Lost(new Problem(ConflictField, $"evaluasi tahun {year} untuk unit ini baru saja dimulai pengguna lain"));
        }
        db.LkeAnswers.AddRange(template.Criteria.Select(c => new LkeAnswerEntity { EvaluationId = evaluation.Id, Criterion = c.Code, UpdatedAt = now, UpdatedBy = by }));
        await db.SaveChangesAsync(ct);
        return WorksheetWriteResult.Saved;
    }

    /// <summary>
    /// Saves the answers and notes of one column. Only criteria whose answer or note changed are written; each must
    /// still have the version the form was opened with. Nilai usulan can change only while the evaluation is a draft,
    /// and nothing changes once it is final.
    /// </summary>
    public static Task<WorksheetWriteResult> SaveAnswersAsync(
        SakipDb db, int evaluationId, WorksheetColumn column, IReadOnlyList<AnswerEdit> edits, string? by, DateTimeOffset now, CancellationToken ct) =>
        SaveAnswersAsync(db, evaluationId, [.. edits.Select(e => (column, e))], by, now, ct);

    /// <summary>Saves edits of both columns at once (an Admin may fill both); each is checked as above.</summary>
    public static async Task<WorksheetWriteResult> SaveAnswersAsync(
        SakipDb db, int evaluationId, IReadOnlyList<(WorksheetColumn Column, AnswerEdit Edit)> edits, string? by, DateTimeOffset now, CancellationToken ct)
    {
        var evaluation = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evaluationId, ct);
        if (evaluation is null || await TemplateAsync(db, evaluation, ct) is not { } template)
        {
            return WorksheetWriteResult.Refused(new Problem("", "evaluasi tidak ditemukan"));
        }
        if (evaluation.Status == EvaluationStatus.Final)
        {
            return WorksheetWriteResult.Refused(new Problem("", "LHE sudah difinalisasi; lembar kerja tidak dapat diubah"));
        }
        var problems = Check(template, edits);
        if (problems.Count > 0)
        {
            return new WorksheetWriteResult(false, problems);
        }
        var codes = edits.Select(e => e.Edit.Criterion).Distinct().ToList();
        var rows = await db.LkeAnswers.Where(a => a.EvaluationId == evaluationId && codes.Contains(a.Criterion)).ToDictionaryAsync(a => a.Criterion, ct);
        var stale = new List<LkeAnswerEntity>();
        foreach (var (column, edit) in edits)
        {
            if (!rows.TryGetValue(edit.Criterion, out var row))
            {
                return WorksheetWriteResult.Lost(new Problem(ConflictField, $"kriteria {edit.Criterion} tidak ada di lembar kerja ini; muat ulang halaman"));
            }
            var answer = LkeAnswers.Normalise(template.Criterion(edit.Criterion)!.AnswerType, edit.Answer);
            var note = string.IsNullOrWhiteSpace(edit.Note) ? null : edit.Note.Trim();
            var (oldAnswer, oldNote) = column == WorksheetColumn.Self ? (row.SelfAnswer, row.SelfNote) : (row.EvaluatorAnswer, row.EvaluatorNote);
            if (answer == oldAnswer && note == oldNote)
            {
                continue;
            }
            if (edit.Version is { } version && version != row.Version)
            {
                if (!stale.Contains(row))
                {
                    stale.Add(row);
                }
                continue;
            }
            db.Expect(row, edit.Version);
            if (column == WorksheetColumn.Self)
            {
                (row.SelfAnswer, row.SelfNote) = (answer, note);
            }
            else
            {
                (row.EvaluatorAnswer, row.EvaluatorNote) = (answer, note);
            }
            (row.UpdatedAt, row.UpdatedBy) = (now, by);
        }
        if (stale.Count > 0)
        {
            db.ChangeTracker.Clear();
            return WorksheetWriteResult.Lost(Stale(stale));
        }
        return await db.TrySaveChangesAsync(ct) ? WorksheetWriteResult.Saved
            : WorksheetWriteResult.Lost(new Problem(ConflictField, "jawaban telah diubah pengguna lain pada saat yang sama; perubahan Anda belum disimpan, periksa lalu simpan lagi"));
    }

    /// <summary>Saves the LHE fields of a draft evaluation opened at <paramref name="version"/>.</summary>
    public static async Task<WorksheetWriteResult> SaveLheAsync(SakipDb db, int evaluationId, int version, LheFields lhe, string? by, DateTimeOffset now, CancellationToken ct)
    {
        var evaluation = await db.Evaluations.FirstOrDefaultAsync(e => e.Id == evaluationId, ct);
        if (evaluation is null)
        {
            return WorksheetWriteResult.Refused(new Problem("", "evaluasi tidak ditemukan"));
        }
        if (evaluation.Status == EvaluationStatus.Final)
        {
            return WorksheetWriteResult.Refused(new Problem("", "LHE sudah difinalisasi dan tidak dapat diubah"));
        }
        if (evaluation.Version != version)
        {
            return WorksheetWriteResult.Lost(LheStale(evaluation));
        }
        var problems = WorksheetLhe.Lengths(lhe);
        if (problems.Count > 0)
        {
            return new WorksheetWriteResult(false, problems);
        }
        db.Expect(evaluation, version);
        Apply(evaluation, lhe, by, now);
        return await db.TrySaveChangesAsync(ct) ? WorksheetWriteResult.Saved
            : WorksheetWriteResult.Lost(new Problem(ConflictField, "LHE telah diubah pengguna lain pada saat yang sama; muat ulang lalu coba lagi"));
    }

    internal static void Apply(EvaluationEntity evaluation, LheFields lhe, string? by, DateTimeOffset now)
    {
        evaluation.LheNumber = Clean(lhe.Number);
        evaluation.LheDate = lhe.Date;
        evaluation.Narrative = Clean(lhe.Narrative);
        evaluation.SignerName = Clean(lhe.SignerName);
        evaluation.SignerPosition = Clean(lhe.SignerPosition);
        evaluation.SignerNip = Clean(lhe.SignerNip);
        (evaluation.UpdatedAt, evaluation.UpdatedBy) = (now, by);
    }

    internal static Problem LheStale(EvaluationEntity current) =>
        new(ConflictField, $"LHE telah diubah oleh {current.UpdatedBy ?? "pengguna lain"} sejak Anda membukanya (sekarang versi {current.Version}); " +
            "perubahan Anda belum disimpan, periksa lalu simpan lagi");

    internal static async Task<LkeTemplate?> TemplateAsync(SakipDb db, EvaluationEntity evaluation, CancellationToken ct) =>
        await TemplateVersions.ReadAsync(db, evaluation.TemplateId, ct);

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    static List<Problem> Check(LkeTemplate template, IReadOnlyList<(WorksheetColumn Column, AnswerEdit Edit)> edits)
    {
        var problems = new List<Problem>();
        foreach (var (_, edit) in edits)
        {
            if (template.Criterion(edit.Criterion) is not { } criterion)
            {
                problems.Add(new Problem(edit.Criterion, $"kriteria {edit.Criterion} tidak ada di templat"));
                continue;
            }
            if (!string.IsNullOrWhiteSpace(edit.Answer) && LkeAnswers.Value(criterion.AnswerType, edit.Answer) is null)
            {
                problems.Add(new Problem(edit.Criterion, $"jawaban kriteria {edit.Criterion} harus {LkeAnswers.Describe(criterion.AnswerType)}"));
            }
            if (edit.Note?.Length > EvaluationWorkConfiguration.NoteLength)
            {
                problems.Add(new Problem(edit.Criterion, $"catatan kriteria {edit.Criterion} paling banyak {EvaluationWorkConfiguration.NoteLength} karakter"));
            }
        }
        if (edits.GroupBy(e => (e.Column, e.Edit.Criterion)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add(new Problem(twice.Key.Criterion, $"kriteria {twice.Key.Criterion} dikirim lebih dari sekali"));
        }
        return problems;
    }

    static Problem Stale(List<LkeAnswerEntity> rows)
    {
        var first = rows[0];
        var by = first.UpdatedBy ?? "pengguna lain";
        return new Problem(ConflictField,
            $"kriteria {string.Join(", ", rows.Select(r => r.Criterion))} telah diubah oleh {by} sejak Anda membukanya " +
            $"(nilai usulan sekarang {first.SelfAnswer ?? "kosong"}, nilai penetapan sekarang {first.EvaluatorAnswer ?? "kosong"}); " +
            "perubahan Anda belum disimpan, periksa lalu simpan lagi");
    }
}
