using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Scales;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;

namespace Sakip.Data.Exchange;

/// <summary>
/// The steps of one import, in reference order. Each step matches records by their package key, assigns every
/// field, and lets EF's snapshot change tracking tell what was added, changed or left as it was.
/// </summary>
sealed partial class ImportSteps(SakipDb db, string? user, DateTimeOffset now)
{
    Dictionary<string, UnitEntity> units = [];
    Dictionary<string, PlanElementEntity> plan = [];
    Dictionary<string, IndicatorEntity> indicators = [];

    public async Task<ImportCount> UnitsAsync(IReadOnlyList<Unit> records, CancellationToken ct)
    {
        units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var count = await UpsertAsync("instansi.csv", records, units, r => r.Code,
            (r, e) => (e.Code, e.Name, e.Kind, e.ShortName) = (r.Code, r.Name, r.Kind, r.ShortName), ct,
            link: (r, e) => e.ParentId = r.Parent is null ? null : units[r.Parent].Id);
        await UnitPaths.RefreshAsync(db, ct);
        return count;
    }

    public async Task<ImportCount> ScalesAsync(IReadOnlyList<Scale> scales, CancellationToken ct)
    {
        var existing = await db.ScaleBands.ToDictionaryAsync(b => (b.Scale, b.Label), ct);
        var bands = scales.SelectMany(s => s.Bands.Select((b, i) => (Scale: s.Name, Order: i, Band: b))).ToList();
        return await UpsertAsync("skala.csv", bands, existing, b => (b.Scale, b.Band.Label), (r, e) =>
            (e.Scale, e.Order, e.Label, e.Lower, e.Upper) = (r.Scale, r.Order, r.Band.Label, r.Band.Lower, r.Band.Upper), ct);
    }

    public async Task<ImportCount> PlanAsync(IReadOnlyList<PlanElement> records, CancellationToken ct)
    {
        plan = await db.PlanElements.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct);
        return await UpsertAsync("rencana.csv", records, plan, r => r.Code, (r, e) =>
        {
            (e.Code, e.Kind, e.Statement, e.PeriodStart, e.PeriodEnd) = (r.Code, r.Kind, r.Statement, r.PeriodStart, r.PeriodEnd);
            e.UnitId = units[r.Unit].Id;
        }, ct, link: (r, e) => e.ParentId = r.Parent is null ? null : plan[r.Parent].Id);
    }

    public async Task<ImportCount> IndicatorsAsync(IReadOnlyList<Indicator> records, CancellationToken ct)
    {
        indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        return await UpsertAsync("indikator.csv", records, indicators, r => r.Code, (r, e) =>
        {
            (e.Code, e.Name, e.Measure, e.Direction, e.Aggregation, e.IsKey) = (r.Code, r.Name, r.Measure, r.Direction, r.Aggregation, r.IsKey);
            (e.Formula, e.Numerator, e.Denominator, e.DataSource, e.Responsible, e.Order) = (r.Formula, r.Numerator, r.Denominator, r.DataSource, r.Responsible, r.Order);
            e.EvidenceRequired = r.EvidenceRequired;
            e.PlanElementId = plan[r.PlanElement].Id;
        }, ct);
    }

    public async Task<ImportCount> TargetsAsync(IReadOnlyList<Target> records, CancellationToken ct)
    {
        var ids = IndicatorIds(records.Select(r => r.Indicator));
        var existing = await db.Targets.Where(t => ids.Contains(t.IndicatorId)).ToDictionaryAsync(t => (t.IndicatorId, t.Year, t.Kind), ct);
        return await UpsertAsync("target.csv", records, existing, r => (indicators[r.Indicator].Id, r.Year, r.Kind), (r, e) =>
            (e.IndicatorId, e.Year, e.Kind, e.Value, e.Max, e.Text) = (indicators[r.Indicator].Id, r.Year, r.Kind, r.Value, r.Max, r.Text), ct);
    }

    /// <remarks>
    /// A package without analysis (<see cref="Realisation.Analysis"/> null, e.g. one written before the columns existed)
    /// leaves the stored analysis as it is. <see cref="Realisation.Status"/> is never imported: approval happens in the
    /// application, by a verifier, so a package cannot submit or approve anything. A new realisation starts as draft,
    /// a stored one keeps its status, and <see cref="ImportLocks"/> refuses a package that changes an approved one.
    /// </remarks>
    public async Task<ImportCount> RealisationsAsync(IReadOnlyList<Realisation> records, CancellationToken ct)
    {
        var ids = IndicatorIds(records.Select(r => r.Indicator));
        var existing = await db.Realisations.Where(r => ids.Contains(r.IndicatorId)).ToDictionaryAsync(r => (r.IndicatorId, r.Year, r.Period), ct);
        return await UpsertAsync("realisasi.csv", records, existing, r => (indicators[r.Indicator].Id, r.Year, r.Period), (r, e) =>
        {
            (e.IndicatorId, e.Year, e.Period, e.Value, e.Text, e.PrintedCapaian, e.Note) =
                (indicators[r.Indicator].Id, r.Year, r.Period, r.Value, r.Text, r.PrintedCapaian, r.Note);
            if (r.Analysis is { } analysis)
            {
                (e.SupportingFactors, e.InhibitingFactors, e.Solutions) = (analysis.SupportingFactors, analysis.InhibitingFactors, analysis.Solutions);
            }
            if (e.Id == 0)
            {
                (e.UpdatedAt, e.UpdatedBy) = (now, user);
            }
        }, ct);
    }

    public async Task<ImportCount> ComponentsAsync(IReadOnlyList<RatioComponent> records, CancellationToken ct)
    {
        var ids = IndicatorIds(records.Select(r => r.Indicator));
        var existing = await db.Components.Where(c => ids.Contains(c.IndicatorId)).ToDictionaryAsync(c => (c.IndicatorId, c.Year, c.Period, c.Kind), ct);
        return await UpsertAsync("komponen.csv", records, existing, r => (indicators[r.Indicator].Id, r.Year, r.Period, r.Kind), (r, e) =>
            (e.IndicatorId, e.Year, e.Period, e.Kind, e.Value, e.Source) = (indicators[r.Indicator].Id, r.Year, r.Period, r.Kind, r.Value, r.Source), ct);
    }

    /// <remarks>A line without quarterly figures (<see cref="BudgetLine.Quarters"/> null) keeps the quarters stored, as entered on the budget page.</remarks>
    public async Task<ImportCount> BudgetAsync(IReadOnlyList<BudgetLine> records, CancellationToken ct)
    {
        var unitIds = records.Select(r => units[r.Unit].Id).ToHashSet();
        var existing = await db.BudgetLines.Where(b => unitIds.Contains(b.UnitId)).ToDictionaryAsync(b => (b.UnitId, b.Year, b.Code), ct);
        return await UpsertAsync("anggaran.csv", records, existing, r => (units[r.Unit].Id, r.Year, r.Code), (r, e) =>
        {
            (e.Code, e.UnitId, e.Year, e.Level, e.Name) = (r.Code, units[r.Unit].Id, r.Year, r.Level, r.Name);
            (e.Ceiling, e.Spent, e.PrintedPercent) = (r.Ceiling, r.Spent, r.PrintedPercent);
            if (r.Quarters is { } q)
            {
                (e.SpentQ1, e.SpentQ2, e.SpentQ3, e.SpentQ4) = (q.Q1, q.Q2, q.Q3, q.Q4);
            }
            e.PlanElementId = r.PlanElement is null ? null : plan[r.PlanElement].Id;
            e.IndicatorId = r.Indicator is null ? null : indicators[r.Indicator].Id;
        }, ct, link: (r, e) => e.ParentId = r.Parent is null ? null : existing[(units[r.Unit].Id, r.Year, r.Parent)].Id);
    }

    public async Task<ImportCount> EvaluationsAsync(IReadOnlyList<EvaluationScore> records, CancellationToken ct)
    {
        var existing = await db.EvaluationScores.ToDictionaryAsync(e => (e.UnitId, e.Year, e.Component ?? ""), ct);
        return await UpsertAsync("evaluasi.csv", records, existing, r => (units[r.Unit].Id, r.Year, r.Component ?? ""), (r, e) =>
            (e.UnitId, e.Year, e.Component, e.Weight, e.Score, e.PrintedGrade) = (units[r.Unit].Id, r.Year, r.Component, r.Weight, r.Score, r.PrintedGrade), ct);
    }

    public async Task<ImportCount> RecommendationsAsync(IReadOnlyList<Recommendation> records, CancellationToken ct)
    {
        var existing = await db.Recommendations.ToDictionaryAsync(r => (r.UnitId, r.Year, r.Number), ct);
        // A recommendation followed up in Sakip takes its status and text from its actions (FollowUpWrites); a package
        // cannot overwrite them, as it cannot approve a realisation.
        var followedUp = (await db.FollowUpActions.Select(a => a.RecommendationId).Distinct().ToListAsync(ct)).ToHashSet();
        return await UpsertAsync("rekomendasi.csv", records, existing, r => (units[r.Unit].Id, r.Year, r.Number), (r, e) =>
        {
            (e.UnitId, e.Year, e.Number, e.Component, e.Text) = (units[r.Unit].Id, r.Year, r.Number, r.Component, r.Text);
            if (!followedUp.Contains(e.Id))
            {
                (e.FollowUp, e.Status, e.PrintedStatus) = (r.FollowUp, r.Status, r.PrintedStatus);
            }
        }, ct);
    }

    HashSet<int> IndicatorIds(IEnumerable<string> codes) => codes.Distinct().Select(c => indicators[c].Id).ToHashSet();

    /// <remarks>
    /// Parent links (<paramref name="link"/>) are set in a second pass once every row has an id: EF would otherwise
    /// insert parents before children and the rows would lose their package order.
    /// </remarks>
    async Task<ImportCount> UpsertAsync<TRecord, TKey, TEntity>(
        string file, IReadOnlyList<TRecord> records, Dictionary<TKey, TEntity> existing, Func<TRecord, TKey> key, Action<TRecord, TEntity> assign,
        CancellationToken ct, Action<TRecord, TEntity>? link = null)
        where TKey : notnull
        where TEntity : class, new()
    {
        var touched = new List<TEntity>();
        var added = 0;
        foreach (var record in records)
        {
            var k = key(record);
            if (!existing.TryGetValue(k, out var entity))
            {
                entity = new TEntity();
                existing[k] = entity;
                db.Add(entity);
                added++;
            }
            else
            {
                touched.Add(entity);
            }
        }
        var changed = await ApplyAsync(records, existing, key, assign, touched, ct);
        if (link is not null)
        {
            changed.UnionWith(await ApplyAsync(records, existing, key, link, touched, ct));
        }
        return new ImportCount(file, added, changed.Count, touched.Count - changed.Count);
    }

    /// <summary>Applies one pass to every record, saves, and returns the existing entities it changed.</summary>
    async Task<HashSet<TEntity>> ApplyAsync<TRecord, TKey, TEntity>(
        IReadOnlyList<TRecord> records, Dictionary<TKey, TEntity> existing, Func<TRecord, TKey> key, Action<TRecord, TEntity> apply, List<TEntity> touched, CancellationToken ct)
        where TKey : notnull
        where TEntity : class
    {
        foreach (var record in records)
        {
            apply(record, existing[key(record)]);
        }
        db.ChangeTracker.DetectChanges();
        var changed = new HashSet<TEntity>(touched.Where(e => db.Entry(e).State == EntityState.Modified), ReferenceEqualityComparer.Instance);
        await db.SaveChangesAsync(ct);
        return changed;
    }
}
