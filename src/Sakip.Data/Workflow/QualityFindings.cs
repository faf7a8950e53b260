using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Quality;

namespace Sakip.Data.Workflow;

/// <summary>
/// The data-quality findings shown before a cycle object is submitted, each with its reason. Errors (required evidence
/// missing) refuse the submission; warnings are shown and the unit decides. The checks are <see cref="DataQuality"/>;
/// this loads what they need of one unit's object.
/// </summary>
public static class QualityFindings
{
    /// <summary>How many years before the submitted one a realisation is compared with.</summary>
    const int HistoryYears = 3;

    static readonly TargetKind[] YearTargets = [TargetKind.Agreement, TargetKind.Q1, TargetKind.Q2, TargetKind.Q3, TargetKind.Q4];

    public static async Task<IReadOnlyList<Problem>> ForAsync(SakipDb db, int unitId, CycleObject kind, int year, Period period, CancellationToken ct) => kind switch
    {
        CycleObject.Realisation => DataQuality.ForRealisations(await RealisationsAsync(db, unitId, year, period, ct)),
        CycleObject.Targets => DataQuality.ForTargets(await TargetsAsync(db, unitId, year, YearTargets, ct)),
        CycleObject.Agreement => await AgreementAsync(db, unitId, year, ct),
        CycleObject.Budget => DataQuality.ForBudget(await BudgetAsync(db, unitId, year, ct)),
        CycleObject.Renstra or CycleObject.Iku or CycleObject.Lkjip => [],
    };

    static async Task<List<QualityIndicator>> IndicatorsAsync(SakipDb db, int unitId, CancellationToken ct) =>
        await db.Indicators.AsNoTracking().Where(i => i.PlanElement.UnitId == unitId)
            .OrderBy(i => i.Order).ThenBy(i => i.Code)
            .Select(i => new QualityIndicator(i.Code, i.Name, i.Measure,
                i.Numerator != null && i.Numerator.Trim() != "" && i.Denominator != null && i.Denominator.Trim() != "", i.EvidenceRequired))
            .ToListAsync(ct);

    static async Task<Dictionary<string, int>> IndicatorIdsAsync(SakipDb db, int unitId, CancellationToken ct) =>
        await db.Indicators.AsNoTracking().Where(i => i.PlanElement.UnitId == unitId).ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, ct);

    /// <remarks>
    /// A realisation is compared with the same period of the three years before (the annual realisations for a
    /// yearly one): a quarter of a cumulative indicator is not comparable with a whole year.
    /// </remarks>
    static async Task<List<RealisationFacts>> RealisationsAsync(SakipDb db, int unitId, int year, Period period, CancellationToken ct)
    {
        var indicators = await IndicatorsAsync(db, unitId, ct);
        var ids = await IndicatorIdsAsync(db, unitId, ct);
        var targetKind = Periods.QuarterTarget(period) ?? TargetKind.Agreement;
        var targeted = (await db.Targets.AsNoTracking()
            .Where(t => t.Indicator.PlanElement.UnitId == unitId && t.Year == year && t.Kind == targetKind && (t.Value != null || t.Max != null || t.Text != null))
            .Select(t => t.IndicatorId).ToListAsync(ct)).ToHashSet();
        var rows = await db.Realisations.AsNoTracking()
            .Where(r => r.Indicator.PlanElement.UnitId == unitId && r.Period == period && r.Year >= year - HistoryYears && r.Year <= year)
            .Select(r => new { r.Id, r.IndicatorId, r.Year, r.Value, r.Text }).ToListAsync(ct);
        var components = await db.Components.AsNoTracking()
            .Where(c => c.Indicator.PlanElement.UnitId == unitId && c.Year == year && c.Period == period)
            .Select(c => new { c.IndicatorId, c.Kind, c.Value }).ToListAsync(ct);
        var current = rows.Where(r => r.Year == year).Select(r => r.Id).ToList();
        var withEvidence = (await db.EvidenceFiles.AsNoTracking()
            .Where(f => f.RemovedAt == null && f.RealisationId != null && current.Contains(f.RealisationId.Value))
            .Select(f => f.RealisationId!.Value).ToListAsync(ct)).ToHashSet();
        return indicators.Select(i =>
        {
            var id = ids[i.Code];
            var row = rows.FirstOrDefault(r => r.IndicatorId == id && r.Year == year);
            decimal? Component(ComponentKind k) => components.FirstOrDefault(c => c.IndicatorId == id && c.Kind == k)?.Value;
            var history = rows.Where(r => r.IndicatorId == id && r.Year < year && r.Value != null)
                .OrderBy(r => r.Year).Select(r => new YearValue(r.Year, r.Value!.Value)).ToList();
            return new RealisationFacts(i, period, targeted.Contains(id), row is { Value: not null } or { Text: not null }, row?.Value,
                Component(ComponentKind.Numerator), Component(ComponentKind.Denominator), row is not null && withEvidence.Contains(row.Id), history);
        }).ToList();
    }

    /// <summary>The set targets of <paramref name="kinds"/> of the indicators whose evidence is required, each with whether its basis is attached.</summary>
    static async Task<List<TargetFacts>> TargetsAsync(SakipDb db, int unitId, int year, IReadOnlyCollection<TargetKind> kinds, CancellationToken ct)
    {
        var indicators = (await IndicatorsAsync(db, unitId, ct)).Where(i => i.EvidenceRequired).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.Indicator.PlanElement.UnitId == unitId && t.Indicator.EvidenceRequired && t.Year == year && kinds.Contains(t.Kind)
                && (t.Value != null || t.Max != null || t.Text != null))
            .OrderBy(t => t.Indicator.Order).ThenBy(t => t.Indicator.Code).ThenBy(t => t.Kind)
            .Select(t => new { t.Indicator.Code, t.Kind, HasEvidence = db.EvidenceFiles.Any(f => f.TargetId == t.Id && f.RemovedAt == null) })
            .ToListAsync(ct);
        return targets.Select(t => new TargetFacts(indicators[t.Code], $"{TargetLabel(t.Kind)} {year}", t.HasEvidence)).ToList();
    }

    /// <summary>The PK's indicators need the basis of their PK target; the PK itself should carry its signed scan.</summary>
    static async Task<IReadOnlyList<Problem>> AgreementAsync(SakipDb db, int unitId, int year, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.UnitId == unitId && a.Year == year && a.IsCurrent)
            .Select(a => new
            {
                a.Id,
                Indicators = a.Targets.Select(t => t.IndicatorId).ToList(),
                Signed = db.EvidenceFiles.Any(f => f.AgreementId == a.Id && f.RemovedAt == null),
            })
            .FirstOrDefaultAsync(ct);
        if (agreement is null)
        {
            return [];
        }
        var targets = await TargetsAsync(db, unitId, year, [TargetKind.Agreement], ct);
        var inAgreement = (await db.Indicators.AsNoTracking().Where(i => agreement.Indicators.Contains(i.Id)).Select(i => i.Code).ToListAsync(ct)).ToHashSet();
        return [.. DataQuality.ForTargets(targets.Where(t => inAgreement.Contains(t.Indicator.Code))), .. DataQuality.UnsignedAgreement(agreement.Signed, year) is { } p ? [p] : Array.Empty<Problem>()];
    }

    static async Task<List<BudgetLineFacts>> BudgetAsync(SakipDb db, int unitId, int year, CancellationToken ct) =>
        (await db.BudgetLines.AsNoTracking().Where(l => l.UnitId == unitId && l.Year == year).OrderBy(l => l.Code)
            .Select(l => new { l.Code, Parent = l.Parent == null ? null : l.Parent.Code, l.Ceiling, l.Spent, l.SpentQ1, l.SpentQ2, l.SpentQ3, l.SpentQ4 })
            .ToListAsync(ct))
        .Select(l => new BudgetLineFacts(l.Code, l.Parent, l.Ceiling, BudgetRules.AnnualSpent(l.Spent, [l.SpentQ1, l.SpentQ2, l.SpentQ3, l.SpentQ4])))
        .ToList();

    static string TargetLabel(TargetKind kind) => kind switch
    {
        TargetKind.Agreement => "target PK",
        TargetKind.Q1 => "target Triwulan I",
        TargetKind.Q2 => "target Triwulan II",
        TargetKind.Q3 => "target Triwulan III",
        TargetKind.Q4 => "target Triwulan IV",
        TargetKind.Baseline => "kondisi awal",
        TargetKind.Renstra => "target Renstra",
    };
}
