using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Scales;

namespace Sakip.Data.Evaluation;

/// <summary>One criterion's stored answers, as the worksheet shows them.</summary>
public sealed record WorksheetAnswer(
    int Id, string Criterion, string? SelfAnswer, string? SelfNote, string? EvaluatorAnswer, string? EvaluatorNote,
    int Version, string? UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary>The LHE fields of an evaluation.</summary>
public sealed record LheFields(string? Number, DateOnly? Date, string? Narrative, string? SignerName, string? SignerPosition, string? SignerNip);

/// <summary>
/// An evaluation's worksheet: the template version it was made with, the answers of both columns, and both columns
/// scored the same way (<see cref="LkeScoring"/>), so the page, the API and the LHE show the same figures.
/// </summary>
public sealed record Worksheet(
    int Id, int UnitId, int Year, EvaluationStatus Status, int Version, int TemplateId, LkeTemplate Template, bool TemplateActive,
    LheFields Lhe, DateTimeOffset? FinalisedAt, string? FinalisedBy, IReadOnlyList<WorksheetAnswer> Answers)
{
    public WorksheetAnswer? Answer(string criterion) => Answers.FirstOrDefault(a => a.Criterion == criterion);

    /// <summary>The unit's column (nilai usulan).</summary>
    public LkeScore SelfScore(Scale grades) =>
        LkeScoring.Score(Template, Answers.ToDictionary(a => a.Criterion, a => a.SelfAnswer, StringComparer.Ordinal), grades);

    /// <summary>The evaluator's column (nilai penetapan), the one the LHE issues.</summary>
    public LkeScore EvaluatorScore(Scale grades) =>
        LkeScoring.Score(Template, Answers.ToDictionary(a => a.Criterion, a => a.EvaluatorAnswer, StringComparer.Ordinal), grades);

    /// <summary>The worksheet of a unit and year, or null when none was started (or its template no longer reads).</summary>
    public static async Task<Worksheet?> LoadAsync(SakipDb db, int unitId, int year, CancellationToken ct)
    {
        var evaluation = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.UnitId == unitId && e.Year == year, ct);
        if (evaluation is null)
        {
            return null;
        }
        var templateRow = await db.LkeTemplates.AsNoTracking().Where(t => t.Id == evaluation.TemplateId)
            .Select(t => new { t.Json, t.Active }).FirstAsync(ct);
        if (LkeTemplateJson.Read(templateRow.Json, out _) is not { } template)
        {
            return null;
        }
        var answers = await db.LkeAnswers.AsNoTracking().Where(a => a.EvaluationId == evaluation.Id)
            .Select(a => new WorksheetAnswer(a.Id, a.Criterion, a.SelfAnswer, a.SelfNote, a.EvaluatorAnswer, a.EvaluatorNote, a.Version, a.UpdatedBy, a.UpdatedAt))
            .ToListAsync(ct);
        var order = template.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return new Worksheet(evaluation.Id, evaluation.UnitId, evaluation.Year, evaluation.Status, evaluation.Version, evaluation.TemplateId,
            template, templateRow.Active,
            new LheFields(evaluation.LheNumber, evaluation.LheDate, evaluation.Narrative, evaluation.SignerName, evaluation.SignerPosition, evaluation.SignerNip),
            evaluation.FinalisedAt, evaluation.FinalisedBy,
            [.. answers.Where(a => order.ContainsKey(a.Criterion)).OrderBy(a => order[a.Criterion])]);
    }
}
