using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Evaluation;
using Sakip.Core.Scales;
namespace Sakip.Data.Evaluation;

/// <summary>
/// The evaluation results of the units in a scope as a Core <see cref="Dataset"/> (final and component scores, SKM with
/// responses, other assessments, unit groups, scales) and the units' names: the input of the recap rules for the
/// Evaluasi pages and API (the whole installation for Admin and Evaluator; a unit and those below it for others), and of
/// the recap indicators, which count units across the whole installation.
/// </summary>
public static class RecapData
{
    public sealed record Loaded(Dataset Data, IReadOnlyDictionary<string, string> Names)
    {
        public string Name(string code) => Names.GetValueOrDefault(code, code);

        public IReadOnlyList<int> ScoreYears => [.. Data.Evaluations.Select(e => e.Year).Distinct().OrderDescending()];

        public IReadOnlyList<int> SkmYears => [.. Data.SkmResults.Select(e => e.Year).Distinct().OrderDescending()];

        /// <summary>The members of a group in scope; null when no group has that code.</summary>
        public IReadOnlyCollection<string>? Group(string? code) =>
            code is null ? null : Data.UnitGroups.FirstOrDefault(g => g.Code == code)?.Units.ToHashSet(StringComparer.Ordinal);
    }

    public static async Task<Loaded> LoadAsync(SakipDb db, string scopePath, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(scopePath))
            .Select(u => new { u.Id, u.Code, u.Name, u.ShortName }).ToListAsync(ct);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var ids = codes.Keys.ToList();
        var scores = await db.EvaluationScores.AsNoTracking().Where(e => ids.Contains(e.UnitId)).OrderBy(e => e.Id)
            .Select(e => new { e.UnitId, e.Year, e.Component, e.Weight, e.Score, e.PrintedGrade }).ToListAsync(ct);
        var skm = await db.SkmResults.AsNoTracking().Where(s => ids.Contains(s.UnitId)).OrderBy(s => s.Id).ToListAsync(ct);
        var skmIds = skm.Select(s => s.Id).ToList();
        var responses = await db.SkmResponses.AsNoTracking().Where(r => skmIds.Contains(r.SkmResultId)).OrderBy(r => r.Id)
            .Select(r => new { r.SkmResultId, r.Answers }).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.UnitId)).OrderBy(a => a.Id).ToListAsync(ct);
        var groups = await db.UnitGroups.AsNoTracking().Include(g => g.Members).OrderBy(g => g.Code).ToListAsync(ct);
        var bands = await db.ScaleBands.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);
        var byId = skm.ToDictionary(s => s.Id);
        var data = new Dataset
        {
            Evaluations = [.. scores.Select(e => new EvaluationScore(codes[e.UnitId], e.Year, e.Component, e.Weight, e.Score, e.PrintedGrade))],
            SkmResults = [.. skm.Where(s => SkmWrites.Means(s).All(m => m is not null))
                .Select(s => new SkmResult(codes[s.UnitId], s.Year, s.Service, [.. SkmWrites.Means(s).Select(m => m!.Value)], s.Respondents))],
            SkmResponses = [.. responses.Select(r => new SkmResponse(codes[byId[r.SkmResultId].UnitId], byId[r.SkmResultId].Year, byId[r.SkmResultId].Service,
                [.. r.Answers.Select(c => c - '0')]))],
            Assessments = [.. assessments.Select(a => new Assessment(codes[a.UnitId], a.Year, a.Kind, a.Value, a.Label, a.Source))],
            // A group keeps only its members in scope: a recap never counts units the caller cannot see.
            UnitGroups = [.. groups.Select(g => new UnitGroup(g.Code, g.Name, [.. g.Members.Where(m => codes.ContainsKey(m.UnitId)).Select(m => codes[m.UnitId])]))],
            Scales = [.. bands.GroupBy(b => b.Scale).Select(g => Scale.Create(g.Key, [.. g.OrderBy(b => b.Order).Select(b => new Band(b.Label, b.Lower, b.Upper))], out _)).OfType<Scale>()],
        };
        return new Loaded(data, units.ToDictionary(u => u.Code, u => Core.Organisation.Unit.DisplayNameOf(u.Name, u.ShortName)));
    }
}
