using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Scales;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Packages.Lke;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Lke;

/// <summary>An active template version offered when an evaluation is started.</summary>
public sealed record TemplateOption(int Id, string Code, int Version, string Name);

/// <summary>
/// What the worksheet page shows: the unit and year, the worksheet (null before it is started) with both columns
/// scored, the proof Sakip holds with the answer it proposes, evidence counts, and what the account may change.
/// </summary>
public sealed record WorksheetPage(
    UnitRef Unit, int Year, Worksheet? Sheet, LkeScore? Self, LkeScore? Evaluator,
    IReadOnlyDictionary<string, LkeProposal> Proposals, IReadOnlyDictionary<int, int> EvidenceCounts,
    IReadOnlyList<TemplateOption> Templates, bool CanStart, bool CanEditSelf, bool CanEditEvaluator)
{
    public static Scale Grades => BuiltInScales.SakipGrade;

    public bool IsFinal => Sheet?.Status == EvaluationStatus.Final;

    /// <summary>The violations of a criterion in either column, labelled by column.</summary>
    public IEnumerable<(string Column, string Message)> ViolationsOf(string criterion) =>
        (Self?.Violations ?? []).Where(v => v.Rule.Criterion == criterion).Select(v => ("usulan", v.Message))
        .Concat((Evaluator?.Violations ?? []).Where(v => v.Rule.Criterion == criterion).Select(v => ("penetapan", v.Message)));

    public static async Task<WorksheetPage> LoadAsync(SakipDb db, UnitAccess access, UnitRef unit, int year, CancellationToken ct)
    {
        var sheet = await Worksheet.LoadAsync(db, unit.Id, year, ct);
        // PermenPAN-RB 88/2021 is the regulation in force, so it is offered first (the default); then other built-ins, then copies.
        var templates = await db.LkeTemplates.AsNoTracking().Where(t => t.Active)
            .OrderBy(t => t.Code == BuiltInLkeTemplates.Permenpanrb88Of2021 ? 0 : t.BuiltIn ? 1 : 2).ThenBy(t => t.Code).ThenByDescending(t => t.Version)
            .Select(t => new TemplateOption(t.Id, t.Code, t.Version, t.Name)).ToListAsync(ct);
        var draft = sheet is { Status: EvaluationStatus.Draft };
        if (sheet is null)
        {
            return new WorksheetPage(unit, year, null, null, null, new Dictionary<string, LkeProposal>(), new Dictionary<int, int>(), templates,
                access.CanEvaluate, false, false);
        }
        var facts = await ProofGathering.GatherAsync(db, unit.Id, unit.Code, year, ct);
        var proposals = LkeProposals.Propose(sheet.Template, facts).ToDictionary(p => p.Criterion, StringComparer.Ordinal);
        var answerIds = sheet.Answers.Select(a => a.Id).ToList();
        var evidence = await db.EvaluationEvidence.AsNoTracking().Where(e => e.LkeAnswerId != null && answerIds.Contains(e.LkeAnswerId.Value) && e.RemovedAt == null)
            .GroupBy(e => e.LkeAnswerId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new WorksheetPage(unit, year, sheet, sheet.SelfScore(Grades), sheet.EvaluatorScore(Grades), proposals, evidence, templates,
            false, draft && access.CanEditPerformance(unit.Path), draft && access.CanEvaluate);
    }
}
