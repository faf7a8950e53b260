using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Problems;

namespace Sakip.Data.Exchange;

/// <summary>
/// Approved figures stay as approved through an import too: a package that changes an approved realisation (its value
/// or its analysis), or a target, definition or pembilang/penyebut its capaian is computed from
/// (<see cref="ApprovalLock"/>), is refused whole, each problem at its file and line.
/// </summary>
static class ImportLocks
{
    public static async Task<List<Problem>> CheckAsync(SakipDb db, Dataset data, CancellationToken ct)
    {
        var approved = await db.Realisations.AsNoTracking().Where(r => r.Status == ApprovalStatus.Approved)
            .Select(r => new { r.IndicatorId, r.Indicator.Code, r.Year, r.Period, r.Value, r.Text, r.Status, r.SupportingFactors, r.InhibitingFactors, r.Solutions })
            .ToListAsync(ct);
        if (approved.Count == 0)
        {
            return [];
        }
        var locked = approved.GroupBy(a => a.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => new ApprovalLock.Realised(a.Year, a.Period, a.Status)).ToList(), StringComparer.Ordinal);
        var ids = approved.Select(a => a.IndicatorId).Distinct().ToList();
        // Indexed by key: a package and an installation can each hold a million rows, so no list is searched per row.
        var approvedValues = approved.ToDictionary(a => (a.Code, a.Year, a.Period),
            a => (a.Value, a.Text, Analysis: new RealisationAnalysis(a.SupportingFactors, a.InhibitingFactors, a.Solutions)));
        var problems = new List<Problem>();
        foreach (var r in data.Realisations.Where(r => locked.ContainsKey(r.Indicator)))
        {
            // The analysis is part of what was approved, as on the measurement page; a package without it leaves it as stored.
            if (approvedValues.TryGetValue((r.Indicator, r.Year, r.Period), out var stored)
                && ((stored.Value, stored.Text) != (r.Value, r.Text) || (r.Analysis is { } analysis && analysis != stored.Analysis)))
            {
                problems.Add(new(Where(r.Origin, "realisasi.csv"), $"Realisasi {r.Indicator} {Periods.Label(r.Period)} {r.Year} sudah disetujui dan terkunci; paket tidak boleh mengubahnya."));
            }
        }
        var targets = (await db.Targets.AsNoTracking().Where(t => ids.Contains(t.IndicatorId))
            .Select(t => new { t.Indicator.Code, t.Year, t.Kind, t.Value, t.Max, t.Text }).ToListAsync(ct))
            .ToDictionary(t => (t.Code, t.Year, t.Kind), t => (t.Value, t.Max, t.Text));
        foreach (var t in data.Targets.Where(t => locked.ContainsKey(t.Indicator)))
        {
            var stored = targets.GetValueOrDefault((t.Indicator, t.Year, t.Kind));
            var hasAgreement = targets.TryGetValue((t.Indicator, t.Year, TargetKind.Agreement), out var pk) && (pk.Value != null || pk.Text != null);
            if (stored != (t.Value, t.Max, t.Text)
                && ApprovalLock.ForTarget(t.Year, t.Kind, hasAgreement, locked[t.Indicator], isAdmin: false, Where(t.Origin, "target.csv")) is { } problem)
            {
                problems.Add(problem);
            }
        }
        var definitions = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new Indicator(i.Code, i.PlanElement.Code, i.Name, i.Measure, i.Direction, i.Aggregation, i.IsKey, i.Formula, i.Numerator, i.Denominator, null, null, null))
            .ToListAsync(ct);
        var definitionsByCode = definitions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        foreach (var i in data.Indicators.Where(i => locked.ContainsKey(i.Code)))
        {
            var before = definitionsByCode[i.Code];
            var where = Where(i.Origin, "indikator.csv");
            problems.AddRange(ApprovalLock.ForDefinition(before, i, locked[i.Code], isAdmin: false).Select(p => p with { Field = $"{where} ({p.Field})" }));
        }
        var components = (await db.Components.AsNoTracking().Where(c => ids.Contains(c.IndicatorId))
            .Select(c => new { c.Indicator.Code, c.Year, c.Period, c.Kind, c.Value }).ToListAsync(ct))
            .ToDictionary(c => (c.Code, c.Year, c.Period, c.Kind), c => c.Value);
        foreach (var c in data.Components.Where(c => locked.ContainsKey(c.Indicator)))
        {
            decimal? stored = components.TryGetValue((c.Indicator, c.Year, c.Period, c.Kind), out var value) ? value : null;
            if (stored != c.Value
                && ApprovalLock.ForComponent(c.Year, c.Period, locked[c.Indicator], isAdmin: false, Where(c.Origin, "komponen.csv")) is { } problem)
            {
                problems.Add(problem);
            }
        }
        return problems;
    }

    static string Where(Origin? origin, string file) => origin?.ToString() ?? file;
}
