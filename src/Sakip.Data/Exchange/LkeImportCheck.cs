using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Problems;
using Sakip.Data.Evaluation;

namespace Sakip.Data.Exchange;

/// <summary>
/// lke.csv against the database before anything is imported: the template must exist (the newest active version of its
/// code, or the version a stored evaluation already uses), every criterion must be in it with an answer of its type,
/// and an evaluation whose LHE is final is never changed. Each problem names the file and row.
/// </summary>
static class LkeImportCheck
{
    public static async Task<List<Problem>> CheckAsync(SakipDb db, Dataset data, CancellationToken ct)
    {
        var problems = new List<Problem>();
        if (data.LkeAnswers.Count == 0)
        {
            return problems;
        }
        var unitCodes = data.LkeAnswers.Select(a => a.Unit).Distinct().ToList();
        var unitIds = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var ids = unitIds.Values.ToList();
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.UnitId)).ToDictionaryAsync(e => (e.UnitId, e.Year), ct);
        var templates = new TemplateCache(db);
        foreach (var worksheet in data.LkeAnswers.GroupBy(a => (a.Unit, a.Year)))
        {
            var first = worksheet.First();
            var stored = unitIds.TryGetValue(first.Unit, out var unitId) ? evaluations.GetValueOrDefault((unitId, first.Year)) : null;
            var template = stored is null ? await templates.NewestAsync(first.Template, ct) : await templates.ByIdAsync(stored.TemplateId, ct);
            if (template is null)
            {
                problems.Add(new(Where(first.Origin, "templat"), $"Templat LKE \"{first.Template}\" tidak ada atau tidak aktif."));
                continue;
            }
            if (template.Code != first.Template)
            {
                problems.Add(new(Where(first.Origin, "templat"),
                    $"LKE {first.Unit} tahun {first.Year} sudah memakai templat \"{template.Code}\" versi {template.Version}; templat tidak dapat diganti lewat impor."));
                continue;
            }
            if (template.Worksheet is not { } read)
            {
                problems.Add(new(Where(first.Origin, "templat"), $"Templat LKE \"{template.Code}\" versi {template.Version} yang tersimpan tidak dapat dibaca."));
                continue;
            }
            problems.AddRange(worksheet.SelectMany(a => Answer(a, read, template.Version)));
            if (stored is { Status: EvaluationStatus.Final } && await ChangesAsync(db, stored.Id, worksheet, ct) is { } changed)
            {
                problems.Add(new(Where(changed.Origin, "kriteria"),
                    $"Evaluasi {first.Unit} tahun {first.Year} sudah final (LHE terbit); impor tidak boleh mengubah jawaban LKE-nya."));
            }
        }
        return problems;
    }

    static IEnumerable<Problem> Answer(LkeAnswerRecord answer, LkeTemplate template, int version)
    {
        if (template.Criterion(answer.Criterion) is not { } criterion)
        {
            yield return new(Where(answer.Origin, "kriteria"), $"Kriteria \"{answer.Criterion}\" tidak ada pada templat {answer.Template} versi {version}.");
            yield break;
        }
        foreach (var (column, value) in new[] { ("nilai_usulan", answer.SelfAnswer), ("nilai_penetapan", answer.EvaluatorAnswer) })
        {
            if (value is not null && LkeAnswers.Value(criterion.AnswerType, value) is null)
            {
                yield return new(Where(answer.Origin, column),
                    $"Jawaban \"{value}\" tidak sesuai kriteria {criterion.Code}, yang dijawab {LkeAnswers.Describe(criterion.AnswerType)}.");
            }
        }
    }

    /// <summary>The first row that would add or change an answer of the evaluation, or null.</summary>
    static async Task<LkeAnswerRecord?> ChangesAsync(SakipDb db, int evaluationId, IEnumerable<LkeAnswerRecord> rows, CancellationToken ct)
    {
        var stored = await db.LkeAnswers.AsNoTracking().Where(a => a.EvaluationId == evaluationId).ToDictionaryAsync(a => a.Criterion, StringComparer.Ordinal, ct);
        return rows.FirstOrDefault(r => LkeAnswerImport.Changes(r, stored.GetValueOrDefault(r.Criterion)));
    }

    static string Where(Origin? origin, string column) => origin is null ? $"lke.csv:{column}" : $"{origin.File}:{origin.Line}:{column}";

    /// <summary>A stored template version: its code and version as stored, and the worksheet its JSON holds (null when unreadable).</summary>
    sealed record StoredTemplate(string Code, int Version, LkeTemplate? Worksheet);

    /// <summary>Templates read once per import, by id or as the newest active version of a code.</summary>
    sealed class TemplateCache(SakipDb db)
    {
        readonly Dictionary<int, StoredTemplate?> byId = [];

        public async Task<StoredTemplate?> NewestAsync(string code, CancellationToken ct)
        {
            var id = await db.LkeTemplates.AsNoTracking().Where(t => t.Code == code && t.Active)
                .OrderByDescending(t => t.Version).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
            return id is { } found ? await ByIdAsync(found, ct) : null;
        }

        public async Task<StoredTemplate?> ByIdAsync(int id, CancellationToken ct)
        {
            if (!byId.TryGetValue(id, out var template))
            {
                var row = await db.LkeTemplates.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Code, t.Version, t.Json }).FirstOrDefaultAsync(ct);
                template = row is null ? null : new StoredTemplate(row.Code, row.Version, LkeTemplateJson.Read(row.Json, out _));
                byId[id] = template;
            }
            return template;
        }
    }
}
