using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;

namespace Sakip.Data.Exchange;

/// <summary>
/// The evaluation side of <see cref="DatasetLoader"/>: LKE answers of every evaluation, SKM results and responses,
/// other assessments and recap indicators of the scope's own units, and the unit groups.
/// </summary>
static class EvaluationWorkLoader
{
    /// <summary>The answers of every evaluation (draft or final) with the code of the template version it uses.</summary>
    public static async Task<IReadOnlyList<LkeAnswerRecord>> LkeAnswersAsync(SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (first, last) = years;
        var rows = await (
                from a in db.LkeAnswers.AsNoTracking()
                join e in db.Evaluations on a.EvaluationId equals e.Id
                join t in db.LkeTemplates on e.TemplateId equals t.Id
                where scope.OwnIds.Contains(e.UnitId) && (first == null || e.Year >= first) && (last == null || e.Year <= last)
                orderby e.Id, a.Id
                select new { e.UnitId, e.Year, t.Code, a.Criterion, a.SelfAnswer, a.EvaluatorAnswer, a.SelfNote, a.EvaluatorNote })
            .ToListAsync(ct);
        return [.. rows.Select(a => new LkeAnswerRecord(scope.Code(a.UnitId), a.Year, a.Code, a.Criterion, a.SelfAnswer, a.EvaluatorAnswer,
            LkeAnswerImport.Note(a.EvaluatorAnswer, a.SelfNote, a.EvaluatorNote)))];
    }

    /// <summary>The results with means as entered (a service with only responses has none) and every response.</summary>
    public static async Task<(IReadOnlyList<SkmResult> Results, IReadOnlyList<SkmResponse> Responses)> SkmAsync(
        SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var results = await db.SkmResults.AsNoTracking()
            .Where(s => scope.OwnIds.Contains(s.UnitId) && (from == null || s.Year >= from) && (to == null || s.Year <= to))
            .OrderBy(s => s.Id).ToListAsync(ct);
        var ids = results.Select(s => s.Id).ToList();
        var responses = await db.SkmResponses.AsNoTracking().Where(r => ids.Contains(r.SkmResultId)).OrderBy(r => r.SkmResultId).ThenBy(r => r.Id).ToListAsync(ct);
        var byId = results.ToDictionary(s => s.Id);
        return (
            [.. results.Select(s => (Row: s, Means: new[] { s.U1, s.U2, s.U3, s.U4, s.U5, s.U6, s.U7, s.U8, s.U9 }))
                .Where(s => s.Means.All(m => m is not null))
                .Select(s => new SkmResult(scope.Code(s.Row.UnitId), s.Row.Year, s.Row.Service, [.. s.Means.Select(m => m!.Value)], s.Row.Respondents))],
            [.. responses.Select(r => new SkmResponse(scope.Code(byId[r.SkmResultId].UnitId), byId[r.SkmResultId].Year, byId[r.SkmResultId].Service,
                [.. r.Answers.Select(c => c - '0')]))]);
    }

    public static async Task<IReadOnlyList<Assessment>> AssessmentsAsync(SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var rows = await db.Assessments.AsNoTracking()
            .Where(a => scope.OwnIds.Contains(a.UnitId) && (from == null || a.Year >= from) && (to == null || a.Year <= to))
            .OrderBy(a => a.Id).ToListAsync(ct);
        return [.. rows.Select(a => new Assessment(scope.Code(a.UnitId), a.Year, a.Kind, a.Value, a.Label, a.Source))];
    }

    /// <summary>
    /// The recap indicators of the scope's indicators, and the groups: every group for the whole installation, else the
    /// groups those indicators name. A group's members join the package's units (as ancestors do), so it reads back valid.
    /// </summary>
    public static async Task<(IReadOnlyList<RecapIndicator> Recaps, IReadOnlyList<UnitGroup> Groups)> RecapsAsync(
        SakipDb db, UnitScope scope, IReadOnlyDictionary<int, string> indicatorCodes, bool wholeInstallation, CancellationToken ct)
    {
        var ids = indicatorCodes.Keys.ToList();
        var recaps = await db.RecapIndicators.AsNoTracking().Where(r => ids.Contains(r.IndicatorId)).OrderBy(r => r.Id).ToListAsync(ct);
        if (recaps.Count == 0 && !wholeInstallation)
        {
            return ([], []); // the usual case on the dashboard's load: no group to read
        }
        var named = recaps.Where(r => r.GroupId is not null).Select(r => r.GroupId!.Value).ToHashSet();
        var groups = await db.UnitGroups.AsNoTracking().Include(g => g.Members)
            .Where(g => wholeInstallation || named.Contains(g.Id)).OrderBy(g => g.Id).ToListAsync(ct);
        await scope.IncludeAsync(db, groups.SelectMany(g => g.Members.Select(m => m.UnitId)), ct);
        var codes = groups.ToDictionary(g => g.Id, g => g.Code);
        return (
            [.. recaps.Select(r => new RecapIndicator(indicatorCodes[r.IndicatorId], r.Source, r.Measure, r.MinGrade, r.Threshold, r.Kind,
                r.GroupId is { } g ? codes[g] : null))],
            [.. groups.Select(g => new UnitGroup(g.Code, g.Name, [.. g.Members.OrderBy(m => m.Id).Select(m => scope.Code(m.UnitId))]))]);
    }
}
