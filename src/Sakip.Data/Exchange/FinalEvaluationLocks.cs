using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Data.Evaluation;

namespace Sakip.Data.Exchange;

/// <summary>
/// evaluasi.csv and rekomendasi.csv against the LHE issued in Sakip: the scores and recommendations a final evaluation
/// wrote are the LHE's and stay as issued, so a package may repeat them (an export read back) but not change or add to
/// them. Each problem names the file and row.
/// </summary>
static class FinalEvaluationLocks
{
    public static async Task<List<Problem>> CheckAsync(SakipDb db, Dataset data, CancellationToken ct)
    {
        var problems = new List<Problem>();
        if (data.Evaluations.Count == 0 && data.Recommendations.Count == 0)
        {
            return problems;
        }
        var finals = await (
                from e in db.Evaluations.AsNoTracking()
                where e.Status == EvaluationStatus.Final
                join u in db.Units on e.UnitId equals u.Id
                select new { u.Code, e.Year, e.UnitId, e.Id })
            .ToDictionaryAsync(f => (f.Code, f.Year), ct);
        if (finals.Count == 0)
        {
            return problems;
        }
        var unitIds = finals.Values.Select(f => f.UnitId).Distinct().ToList();
        var scores = await db.EvaluationScores.AsNoTracking().Where(s => unitIds.Contains(s.UnitId)).ToListAsync(ct);
        var evaluationIds = finals.Values.Select(f => (int?)f.Id).ToList();
        var issued = await db.Recommendations.AsNoTracking().Where(r => evaluationIds.Contains(r.EvaluationId)).ToListAsync(ct);
        foreach (var record in data.Evaluations)
        {
            if (finals.TryGetValue((record.Unit, record.Year), out var final)
                && !scores.Any(s => s.UnitId == final.UnitId && s.Year == record.Year && s.Component == record.Component && s.Score == record.Score && s.Weight == record.Weight))
            {
                problems.Add(new(Where(record.Origin, "evaluasi.csv"),
                    $"Nilai evaluasi {record.Unit} tahun {record.Year} berasal dari LHE yang sudah final; paket tidak boleh mengubahnya."));
            }
        }
        foreach (var record in data.Recommendations)
        {
            if (finals.TryGetValue((record.Unit, record.Year), out var final)
                && !issued.Any(r => r.EvaluationId == final.Id && r.Number == record.Number && r.Text == record.Text && r.Component == record.Component))
            {
                problems.Add(new(Where(record.Origin, "rekomendasi.csv"),
                    $"Rekomendasi {record.Number} {record.Unit} tahun {record.Year}: LHE-nya sudah final; paket tidak boleh mengubah atau menambah rekomendasinya."));
            }
        }
        return problems;
    }

    static string Where(Origin? origin, string file) => origin?.ToString() ?? file;
}
