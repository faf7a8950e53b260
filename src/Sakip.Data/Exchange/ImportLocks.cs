using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Problems;

namespace Sakip.Data.Exchange;

/// <summary>
/// Approved figures stay as approved through an import too: a package that changes an approved realisation, or a
/// target, definition or pembilang/penyebut its capaian is computed from (<see cref="ApprovalLock"/>), is refused
/// whole, each problem at its file and line.
/// </summary>
static class ImportLocks
{
    public static async Task<List<Problem>> CheckAsync(SakipDb db, Dataset data, CancellationToken ct)
    {
        var approved = await db.Realisations.AsNoTracking().Where(r => r.Status == ApprovalStatus.Approved)
            .Select(r => new { r.IndicatorId, r.Indicator.Code, r.Year, r.Period, r.Value, r.Text, r.Status }).ToListAsync(ct);
        if (approved.Count == 0)
        {
            return [];
        }
        var locked = approved.GroupBy(a => a.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => new ApprovalLock.Realised(a.Year, a.Period, a.Status)).ToList(), StringComparer.Ordinal);
        var ids = approved.Select(a => a.IndicatorId).Distinct().ToList();
        var problems = new List<Problem>();
        foreach (var r in data.Realisations.Where(r => locked.ContainsKey(r.Indicator)))
        {
            if (approved.FirstOrDefault(a => a.Code == r.Indicator && a.Year == r.Year && a.Period == r.Period) is { } stored && (stored.Value, stored.Text) != (r.Value, r.Text))
            {
                problems.Add(new(Where(r.Origin, "realisasi.csv"), $"Realisasi {r.Indicator} {Periods.Label(r.Period)} {r.Year} sudah disetujui dan terkunci; paket tidak boleh mengubahnya."));
            }
        }
        var targets = await db.Targets.AsNoTracking().Where(t => ids.Contains(t.IndicatorId))
            .Select(t => new { t.Indicator.Code, t.Year, t.Kind, t.Value, t.Max, t.Text }).ToListAsync(ct);
        foreach (var t in data.Targets.Where(t => locked.ContainsKey(t.Indicator)))
        {
            var stored = targets.FirstOrDefault(s => s.Code == t.Indicator && s.Year == t.Year && s.Kind == t.Kind);
            var hasAgreement = targets.Any(s => s.Code == t.Indicator && s.Year == t.Year && s.Kind == TargetKind.Agreement && (s.Value != null || s.Text != null));
            if ((stored?.Value, stored?.Max, stored?.Text) != (t.Value, t.Max, t.Text)
                && ApprovalLock.ForTarget(t.Year, t.Kind, hasAgreement, locked[t.Indicator], isAdmin: false, Where(t.Origin, "target.csv")) is { } problem)
            {
                problems.Add(problem);
            }
        }
        var definitions = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new Indicator(i.Code, i.PlanElement.Code, i.Name, i.Measure, i.Direction, i.Aggregation, i.IsKey, i.Formula, i.Numerator, i.Denominator, null, null, null))
            .ToListAsync(ct);
        foreach (var i in data.Indicators.Where(i => locked.ContainsKey(i.Code)))
        {
            var before = definitions.Single(d => d.Code == i.Code);
            var where = Where(i.Origin, "indikator.csv");
            problems.AddRange(ApprovalLock.ForDefinition(before, i, locked[i.Code], isAdmin: false).Select(p => p with { Field = $"{where} ({p.Field})" }));
        }
        var components = await db.Components.AsNoTracking().Where(c => ids.Contains(c.IndicatorId))
            .Select(c => new { c.Indicator.Code, c.Year, c.Period, c.Kind, c.Value }).ToListAsync(ct);
        foreach (var c in data.Components.Where(c => locked.ContainsKey(c.Indicator)))
        {
            var stored = components.FirstOrDefault(s => s.Code == c.Indicator && s.Year == c.Year && s.Period == c.Period && s.Kind == c.Kind);
            if (stored?.Value != c.Value
                && ApprovalLock.ForComponent(c.Year, c.Period, locked[c.Indicator], isAdmin: false, Where(c.Origin, "komponen.csv")) is { } problem)
            {
                problems.Add(problem);
            }
        }
        return problems;
    }

    static string Where(Origin? origin, string file) => origin?.ToString() ?? file;
}
