using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;

namespace Sakip.Data.Exchange;

/// <summary>The steps of the evaluation side: LKE answers, SKM, other assessments, unit groups and recap indicators.</summary>
sealed partial class ImportSteps
{
    Dictionary<string, UnitGroupEntity> groups = [];

    /// <remarks>
    /// A unit and year without an evaluation gets a draft one made with the newest active version of the template;
    /// <see cref="LkeImportCheck"/> has already refused unknown templates and criteria and any change to a final one.
    /// </remarks>
    public async Task<ImportCount> LkeAnswersAsync(IReadOnlyList<LkeAnswerRecord> records, CancellationToken ct)
    {
        var unitIds = records.Select(r => units[r.Unit].Id).ToHashSet();
        var evaluations = await db.Evaluations.Where(e => unitIds.Contains(e.UnitId)).ToDictionaryAsync(e => (e.UnitId, e.Year), ct);
        var codes = records.Select(r => r.Template).Distinct().ToList();
        var newest = (await db.LkeTemplates.AsNoTracking().Where(t => codes.Contains(t.Code) && t.Active).Select(t => new { t.Id, t.Code, t.Version }).ToListAsync(ct))
            .GroupBy(t => t.Code).ToDictionary(g => g.Key, g => g.MaxBy(t => t.Version)!.Id, StringComparer.Ordinal);
        foreach (var worksheet in records.GroupBy(r => (units[r.Unit].Id, r.Year)).Where(w => !evaluations.ContainsKey(w.Key)))
        {
            var evaluation = new EvaluationEntity
            {
                UnitId = worksheet.Key.Item1,
                Year = worksheet.Key.Year,
                TemplateId = newest[worksheet.First().Template],
                Status = EvaluationStatus.Draft,
                UpdatedAt = now,
                UpdatedBy = user,
            };
            db.Add(evaluation);
            evaluations[worksheet.Key] = evaluation;
        }
        await db.SaveChangesAsync(ct);
        var ids = evaluations.Values.Select(e => e.Id).ToList();
        var existing = await db.LkeAnswers.Where(a => ids.Contains(a.EvaluationId)).ToDictionaryAsync(a => (a.EvaluationId, a.Criterion), ct);
        return await UpsertAsync("lke.csv", records, existing, r => (evaluations[(units[r.Unit].Id, r.Year)].Id, r.Criterion), (r, e) =>
        {
            e.EvaluationId = evaluations[(units[r.Unit].Id, r.Year)].Id;
            if (e.Id == 0 || LkeAnswerImport.Changes(r, e))
            {
                LkeAnswerImport.Assign(r, e);
                (e.UpdatedAt, e.UpdatedBy) = (now, user);
            }
        }, ct);
    }

    /// <remarks>
    /// A service that only has responses gets a result row without means (they are computed from the responses), so
    /// an export writes it back to skm_jawaban.csv only. A service's responses in the package replace its stored ones.
    /// </remarks>
    public async Task<(ImportCount Results, ImportCount Responses)> SkmAsync(IReadOnlyList<SkmResult> results, IReadOnlyList<SkmResponse> responses, CancellationToken ct)
    {
        var unitIds = results.Select(r => r.Unit).Concat(responses.Select(r => r.Unit)).Select(u => units[u].Id).ToHashSet();
        var existing = await db.SkmResults.Where(s => unitIds.Contains(s.UnitId)).ToDictionaryAsync(s => (s.UnitId, s.Year, s.Service), ct);
        var resultCount = await UpsertAsync("skm.csv", results, existing, r => (units[r.Unit].Id, r.Year, r.Service), (r, e) =>
        {
            decimal?[] means = [e.U1, e.U2, e.U3, e.U4, e.U5, e.U6, e.U7, e.U8, e.U9];
            if (e.Id == 0 || e.Respondents != r.Respondents || !means.SequenceEqual(r.Elements.Select(x => (decimal?)x)))
            {
                (e.UnitId, e.Year, e.Service, e.Respondents) = (units[r.Unit].Id, r.Year, r.Service, r.Respondents);
                (e.U1, e.U2, e.U3, e.U4, e.U5, e.U6, e.U7, e.U8, e.U9) =
                    (r.Elements[0], r.Elements[1], r.Elements[2], r.Elements[3], r.Elements[4], r.Elements[5], r.Elements[6], r.Elements[7], r.Elements[8]);
                (e.UpdatedAt, e.UpdatedBy) = (now, user);
            }
        }, ct);
        var services = responses.GroupBy(r => (units[r.Unit].Id, r.Year, r.Service)).ToList();
        foreach (var service in services.Where(s => !existing.ContainsKey(s.Key)))
        {
            var result = new SkmResultEntity { UnitId = service.Key.Item1, Year = service.Key.Year, Service = service.Key.Service, UpdatedAt = now, UpdatedBy = user };
            db.Add(result);
            existing[service.Key] = result;
        }
        await db.SaveChangesAsync(ct);
        var resultIds = services.Select(s => existing[s.Key].Id).ToList();
        var stored = (await db.SkmResponses.Where(r => resultIds.Contains(r.SkmResultId)).OrderBy(r => r.Id).ToListAsync(ct)).ToLookup(r => r.SkmResultId);
        var (added, unchanged) = (0, 0);
        foreach (var service in services)
        {
            var result = existing[service.Key];
            var answers = service.Select(r => string.Concat(r.Answers)).ToList();
            var before = stored[result.Id].ToList();
            if (before.Select(r => r.Answers).SequenceEqual(answers, StringComparer.Ordinal))
            {
                unchanged += before.Count;
                continue;
            }
            db.RemoveRange(before);
            db.AddRange(answers.Select(a => new SkmResponseEntity { SkmResultId = result.Id, Answers = a }));
            (result.UpdatedAt, result.UpdatedBy) = (now, user);
            added += answers.Count;
        }
        await db.SaveChangesAsync(ct);
        return (resultCount, new ImportCount("skm_jawaban.csv", added, 0, unchanged));
    }

    public async Task<ImportCount> AssessmentsAsync(IReadOnlyList<Assessment> records, CancellationToken ct)
    {
        var unitIds = records.Select(r => units[r.Unit].Id).ToHashSet();
        var existing = await db.Assessments.Where(a => unitIds.Contains(a.UnitId)).ToDictionaryAsync(a => (a.UnitId, a.Year, a.Kind), ct);
        return await UpsertAsync("penilaian.csv", records, existing, r => (units[r.Unit].Id, r.Year, r.Kind), (r, e) =>
        {
            if (e.Id == 0 || (e.Value, e.Label, e.Source) != (r.Value, r.Label, r.Source))
            {
                (e.UnitId, e.Year, e.Kind, e.Value, e.Label, e.Source) = (units[r.Unit].Id, r.Year, r.Kind, r.Value, r.Label, r.Source);
                (e.UpdatedAt, e.UpdatedBy) = (now, user);
            }
        }, ct);
    }

    /// <remarks>A group in the package gets exactly the package's members; groups it does not name are left as they are.</remarks>
    public async Task<ImportCount> UnitGroupsAsync(IReadOnlyList<UnitGroup> records, CancellationToken ct)
    {
        groups = await db.UnitGroups.Include(g => g.Members).ToDictionaryAsync(g => g.Code, StringComparer.Ordinal, ct);
        return await UpsertAsync("kelompok.csv", records, groups, r => r.Code, (r, e) =>
        {
            (e.Code, e.Name) = (r.Code, r.Name);
            var members = r.Units.Select(u => units[u].Id).ToList();
            if (!e.Members.Select(m => m.UnitId).Order().SequenceEqual(members.Order()))
            {
                e.Members.RemoveAll(m => !members.Contains(m.UnitId));
                e.Members.AddRange(members.Where(id => e.Members.All(m => m.UnitId != id)).Select(id => new UnitGroupMemberEntity { UnitId = id }));
            }
        }, ct);
    }

    /// <remarks>Runs after <see cref="UnitGroupsAsync"/>, which has read every stored group.</remarks>
    public async Task<ImportCount> RecapIndicatorsAsync(IReadOnlyList<RecapIndicator> records, CancellationToken ct)
    {
        var ids = IndicatorIds(records.Select(r => r.Indicator));
        var existing = await db.RecapIndicators.Where(r => ids.Contains(r.IndicatorId)).ToDictionaryAsync(r => r.IndicatorId, ct);
        return await UpsertAsync("rekap_indikator.csv", records, existing, r => indicators[r.Indicator].Id, (r, e) =>
        {
            (e.IndicatorId, e.Source, e.Measure, e.MinGrade, e.Threshold, e.Kind) = (indicators[r.Indicator].Id, r.Source, r.Measure, r.MinGrade, r.Threshold, r.Kind);
            e.GroupId = r.Group is null ? null : groups[r.Group].Id;
        }, ct);
    }
}
