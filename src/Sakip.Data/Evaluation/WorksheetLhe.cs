using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Problems;
using Sakip.Core.Scales;
using Sakip.Data.Concurrency;
using Sakip.Data.Configurations;

namespace Sakip.Data.Evaluation;

/// <summary>A recommendation as the evaluator types it in the LHE form.</summary>
/// <param name="Component">The component it concerns (its name), or null for a general one.</param>
public sealed record RecommendationDraft(string? Number, string? Component, string? Text);

/// <summary>
/// Finalising an evaluation into its LHE: refused while a nilai penetapan is missing, a logic check is broken or the
/// LHE lacks its number, date or signer. On success the evaluation is final, the unit's scores of the year are replaced
/// by one row per component plus the final score, and the recommendations are issued.
/// </summary>
public static class WorksheetLhe
{
    public const int RecommendationLength = 4000;
    public const int MaxRecommendations = 100;

    /// <summary>Length limits of the LHE fields (also checked by the form before they arrive here).</summary>
    public static List<Problem> Lengths(LheFields lhe)
    {
        var problems = new List<Problem>();
        Limit(lhe.Number, WorksheetWrites.NumberLength, "Nomor", "Nomor LHE", problems);
        Limit(lhe.Narrative, EvaluationWorkConfiguration.NarrativeLength, "Narasi", "Narasi", problems);
        Limit(lhe.SignerName, WorksheetWrites.NameLength, "Penandatangan", "Nama penandatangan", problems);
        Limit(lhe.SignerPosition, WorksheetWrites.NameLength, "Jabatan", "Jabatan penandatangan", problems);
        Limit(lhe.SignerNip, WorksheetWrites.NipLength, "Nip", "NIP penandatangan", problems);
        return problems;
    }

    /// <summary>Everything that keeps the evaluator's column and the LHE from being final, in worksheet order.</summary>
    public static List<Problem> Blockers(LkeTemplate template, LkeScore evaluator, LheFields lhe, IReadOnlyList<RecommendationDraft> recommendations)
    {
        var problems = Lengths(lhe);
        var answered = evaluator.Components.SelectMany(c => c.SubComponents).ToDictionary(s => s.SubComponent.Code, s => s.Answered, StringComparer.Ordinal);
        var missing = template.Components.SelectMany(c => c.SubComponents).Where(s => answered[s.Code] < s.Criteria.Count).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new Problem("", $"nilai penetapan belum diisi untuk {evaluator.CriteriaCount - evaluator.Answered} kriteria " +
                $"(sub-komponen {string.Join(", ", missing.Select(s => s.Code))})"));
        }
        problems.AddRange(evaluator.Violations.Select(v => new Problem(v.Rule.Criterion, v.Message)));
        Require(lhe.Number, "Nomor", "Nomor LHE wajib diisi", problems);
        if (lhe.Date is null)
        {
            problems.Add(new Problem("Tanggal", "Tanggal LHE wajib diisi"));
        }
        Require(lhe.SignerName, "Penandatangan", "Nama penandatangan LHE wajib diisi", problems);
        if (recommendations.Count > MaxRecommendations)
        {
            problems.Add(new Problem("Rekomendasi", $"paling banyak {MaxRecommendations} rekomendasi"));
        }
        foreach (var (r, i) in recommendations.Select((r, i) => (r, i + 1)))
        {
            Limit(r.Text, RecommendationLength, "Rekomendasi", $"Rekomendasi baris {i}", problems);
            Limit(r.Number, 20, "Rekomendasi", $"Nomor rekomendasi baris {i}", problems);
            Limit(r.Component, WorksheetWrites.NameLength, "Rekomendasi", $"Komponen rekomendasi baris {i}", problems);
        }
        return problems;
    }

    /// <summary>Finalises the evaluation opened at <paramref name="version"/> (see the class remarks).</summary>
    public static async Task<WorksheetWriteResult> FinaliseAsync(SakipDb db, int evaluationId, int version, LheFields lhe,
        IReadOnlyList<RecommendationDraft> recommendations, Scale grades, string? by, DateTimeOffset now, CancellationToken ct)
    {
        var evaluation = await db.Evaluations.FirstOrDefaultAsync(e => e.Id == evaluationId, ct);
        if (evaluation is null || await WorksheetWrites.TemplateAsync(db, evaluation, ct) is not { } template)
        {
            return WorksheetWriteResult.Refused(new Problem("", "evaluasi tidak ditemukan"));
        }
        if (evaluation.Status == EvaluationStatus.Final)
        {
            return WorksheetWriteResult.Refused(new Problem("", "LHE sudah difinalisasi"));
        }
        if (evaluation.Version != version)
        {
            return WorksheetWriteResult.Lost(WorksheetWrites.LheStale(evaluation));
        }
        var answers = await db.LkeAnswers.AsNoTracking().Where(a => a.EvaluationId == evaluationId)
            .ToDictionaryAsync(a => a.Criterion, a => a.EvaluatorAnswer, StringComparer.Ordinal, ct);
        var score = LkeScoring.Score(template, answers, grades);
        var written = recommendations.Where(r => !string.IsNullOrWhiteSpace(r.Text)).ToList();
        var problems = Blockers(template, score, lhe, written);
        if (problems.Count > 0)
        {
            return new WorksheetWriteResult(false, problems);
        }
        db.Expect(evaluation, version);
        WorksheetWrites.Apply(evaluation, lhe, by, now);
        (evaluation.Status, evaluation.FinalisedAt, evaluation.FinalisedBy) = (EvaluationStatus.Final, now, by);
        await ReplaceScoresAsync(db, evaluation, score, ct);
        db.Recommendations.AddRange(written.Select((r, i) => new RecommendationEntity
        {
            UnitId = evaluation.UnitId,
            Year = evaluation.Year,
            EvaluationId = evaluation.Id,
            Number = string.IsNullOrWhiteSpace(r.Number) ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Number.Trim(),
            Component = string.IsNullOrWhiteSpace(r.Component) ? null : r.Component.Trim(),
            Text = r.Text!.Trim(),
        }));
        return await db.TrySaveChangesAsync(ct) ? WorksheetWriteResult.Saved
            : WorksheetWriteResult.Lost(new Problem(WorksheetWrites.ConflictField, "evaluasi telah diubah pengguna lain pada saat yang sama; muat ulang lalu coba lagi"));
    }

    static async Task ReplaceScoresAsync(SakipDb db, EvaluationEntity evaluation, LkeScore score, CancellationToken ct)
    {
        db.EvaluationScores.RemoveRange(await db.EvaluationScores.Where(s => s.UnitId == evaluation.UnitId && s.Year == evaluation.Year).ToListAsync(ct));
        db.EvaluationScores.AddRange(score.Components.Select(c => new EvaluationScoreEntity
        {
            UnitId = evaluation.UnitId,
            Year = evaluation.Year,
            Component = c.Component.Name,
            Weight = c.Component.Weight,
            Score = c.Score.Value,
        }));
        db.EvaluationScores.Add(new EvaluationScoreEntity
        {
            UnitId = evaluation.UnitId,
            Year = evaluation.Year,
            Component = null,
            Weight = LkeTemplate.TotalWeight,
            Score = score.Total.Value,
        });
    }

    static void Require(string? text, string field, string message, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new Problem(field, message));
        }
    }

    static void Limit(string? text, int max, string field, string label, List<Problem> problems)
    {
        if (text?.Length > max)
        {
            problems.Add(new Problem(field, $"{label} paling banyak {max} karakter"));
        }
    }
}
