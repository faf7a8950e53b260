using Microsoft.EntityFrameworkCore;
using Sakip.Data.Evaluation;
using Sakip.Core;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Data.Exchange;

/// <summary>
/// Loads the records of a unit subtree (and optionally one year) as a Core <see cref="Dataset"/>, the input of every
/// rule. Ancestor units and plan elements that the subtree refers to are included, so an export reads back valid.
/// </summary>
public static class DatasetLoader
{
    /// <param name="unitPath">The unit's path; null for the whole installation.</param>
    /// <param name="descendants">Whether the records of units below the unit are included.</param>
    public static async Task<Dataset> LoadAsync(SakipDb db, string? unitPath = null, int? year = null, bool descendants = true, CancellationToken ct = default)
    {
        var years = YearRange.Only(year);
        return await LoadAllAsync(db, unitPath, descendants, years, years, years, ct);
    }

    /// <summary>How many years before the report's year an LKjIP compares with (PermenPAN-RB 53/2014 asks for at least three).</summary>
    public const int ReportHistoryYears = 4;

    /// <summary>
    /// Everything the LKjIP, PK and monev of a unit (and the units below it) for a year are built from: realisations,
    /// components, budget, agreements and comparison values of that year and the <see cref="ReportHistoryYears"/>
    /// before it (the multi-year comparison); targets of every year (the Renstra end target may lie years ahead);
    /// evaluations and recommendations of every year (the last evaluation and the follow-up of its recommendations);
    /// narratives, staff and facilities of that year. Null when no unit has that code.
    /// </summary>
    public static async Task<Dataset?> LoadForReportAsync(SakipDb db, string unitCode, int year, CancellationToken ct = default)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Code == unitCode).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is null ? null
            : await WithRecapRealisationsAsync(db,
                await LoadAllAsync(db, path, descendants: true, new(year - ReportHistoryYears, year), YearRange.All, YearRange.Only(year), ct), ct);
    }

    /// <param name="years">The years of realisations, components, budget, agreements and comparison values.</param>
    /// <param name="plans">The years of targets, evaluations and recommendations.</param>
    /// <param name="content">The years of narratives, staff and facilities.</param>
    static async Task<Dataset> LoadAllAsync(
        SakipDb db, string? unitPath, bool descendants, YearRange years, YearRange plans, YearRange content, CancellationToken ct)
    {
        var (data, scope, planCodes, indicatorCodes) = await LoadMeasurementAsync(db, unitPath, years, plans, descendants, ct);
        var (agreements, programs) = await ReportContentLoader.AgreementsAsync(db, scope, years, ct);
        var (skm, skmResponses) = await EvaluationWorkLoader.SkmAsync(db, scope, plans, ct);
        var (recaps, groups) = await EvaluationWorkLoader.RecapsAsync(db, scope, indicatorCodes, wholeInstallation: unitPath is null, ct);
        return data with
        {
            // Group members join the scope's units, so the units are read again after the groups.
            Units = scope.Units,
            BudgetLines = await BudgetAsync(db, scope, planCodes, indicatorCodes, years, ct),
            Evaluations = await EvaluationsAsync(db, scope, plans, ct),
            Recommendations = await RecommendationsAsync(db, scope, plans, ct),
            Agreements = agreements,
            AgreementPrograms = programs,
            Narratives = await ReportContentLoader.NarrativesAsync(db, scope, planCodes, content, ct),
            Staff = await ReportContentLoader.StaffAsync(db, scope, content, ct),
            Facilities = await ReportContentLoader.FacilitiesAsync(db, scope, content, ct),
            Comparisons = await ReportContentLoader.ComparisonsAsync(db, indicatorCodes, years, ct),
            LkeAnswers = await EvaluationWorkLoader.LkeAnswersAsync(db, scope, plans, ct),
            SkmResults = skm,
            SkmResponses = skmResponses,
            Assessments = await EvaluationWorkLoader.AssessmentsAsync(db, scope, plans, ct),
            UnitGroups = groups,
            RecapIndicators = recaps,
        };
    }

    /// <summary>
    /// Only what capaian is computed from (units, plan, indicators, targets, realisations, components, scales), all
    /// years: what the dashboard, the measurement pages and the capaian API need, without the budget and evaluation queries.
    /// </summary>
    public static async Task<Dataset> LoadPerformanceAsync(SakipDb db, string unitPath, bool descendants, CancellationToken ct = default)
    {
        var (data, scope, _, indicatorCodes) = await LoadMeasurementAsync(db, unitPath, YearRange.All, YearRange.All, descendants, ct);
        var (recaps, _) = await EvaluationWorkLoader.RecapsAsync(db, scope, indicatorCodes, wholeInstallation: false, ct);
        return await WithRecapRealisationsAsync(db, data with { RecapIndicators = recaps }, ct);
    }

    /// <summary>
    /// The realisasi of the indicators that take it from a recap, computed from every unit's results (a recap counts
    /// units across the installation, not only the ones loaded). Only the computing loads do this: an export writes what
    /// is stored, so a derived value never comes back as a stored one.
    /// </summary>
    static async Task<Dataset> WithRecapRealisationsAsync(SakipDb db, Dataset data, CancellationToken ct) =>
        data.RecapIndicators.Count == 0 ? data
            : Core.Evaluation.Recaps.RecapRealisations.Apply(data, (await RecapData.LoadAsync(db, "/", ct)).Data);

    static async Task<(Dataset Data, UnitScope Scope, Dictionary<int, string> PlanCodes, Dictionary<int, string> IndicatorCodes)> LoadMeasurementAsync(
        SakipDb db, string? unitPath, YearRange years, YearRange targetYears, bool descendants, CancellationToken ct)
    {
        var (from, to) = years;
        var (targetsFrom, targetsTo) = targetYears;
        var scope = await UnitScope.ResolveAsync(db, unitPath, descendants, ct);
        var plan = await PlanElementsAsync(db, scope, ct);
        var planIds = plan.Select(p => p.Id).ToHashSet();
        var indicators = await db.Indicators.AsNoTracking().Where(i => planIds.Contains(i.PlanElementId)).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.PlanElementId, Row = new Indicator(i.Code, "", i.Name, i.Measure, i.Direction, i.Aggregation, i.IsKey, i.Formula, i.Numerator, i.Denominator, i.DataSource, i.Responsible, i.Order, i.EvidenceRequired) })
            .ToListAsync(ct);
        var planCodes = plan.ToDictionary(p => p.Id, p => p.Code);
        var indicatorIds = indicators.Select(i => i.Id).ToHashSet();
        var indicatorCodes = indicators.ToDictionary(i => i.Id, i => i.Row.Code);

        var data = new Dataset
        {
            Units = scope.Units,
            PlanElements = [.. plan.Select(p => p.Row)],
            Indicators = [.. indicators.Select(i => i.Row with { PlanElement = planCodes[i.PlanElementId] })],
            // Indicator ids become codes here rather than by a join: the codes are already loaded.
            Targets = [.. (await db.Targets.AsNoTracking().Where(t => indicatorIds.Contains(t.IndicatorId) && (targetsFrom == null || t.Year >= targetsFrom) && (targetsTo == null || t.Year <= targetsTo)).OrderBy(t => t.Id)
                .Select(t => new { t.IndicatorId, t.Year, t.Kind, t.Value, t.Max, t.Text }).ToListAsync(ct))
                .Select(t => new Target(indicatorCodes[t.IndicatorId], t.Year, t.Kind, t.Value, t.Max, t.Text))],
            Realisations = [.. (await db.Realisations.AsNoTracking().Where(r => indicatorIds.Contains(r.IndicatorId) && (from == null || r.Year >= from) && (to == null || r.Year <= to)).OrderBy(r => r.Id)
                .Select(r => new { r.IndicatorId, r.Year, r.Period, r.Value, r.Text, r.PrintedCapaian, r.Note, r.SupportingFactors, r.InhibitingFactors, r.Solutions, r.Status })
                .ToListAsync(ct))
                .Select(r => new Realisation(indicatorCodes[r.IndicatorId], r.Year, r.Period, r.Value, r.Text, r.PrintedCapaian, r.Note)
                {
                    Analysis = r.SupportingFactors is null && r.InhibitingFactors is null && r.Solutions is null ? null : new(r.SupportingFactors, r.InhibitingFactors, r.Solutions),
                    // Draft is where every entry starts, so it reads as "not recorded": a package without statuses round-trips.
                    Status = r.Status == ApprovalStatus.Draft ? null : r.Status,
                })],
            Components = [.. (await db.Components.AsNoTracking().Where(c => indicatorIds.Contains(c.IndicatorId) && (from == null || c.Year >= from) && (to == null || c.Year <= to)).OrderBy(c => c.Id)
                .Select(c => new { c.IndicatorId, c.Year, c.Period, c.Kind, c.Value, c.Source }).ToListAsync(ct))
                .Select(c => new RatioComponent(indicatorCodes[c.IndicatorId], c.Year, c.Period, c.Kind, c.Value, c.Source))],
            Scales = await ScalesAsync(db, ct),
        };
        return (data, scope, planCodes, indicatorCodes);
    }

    /// <summary>The scope's plan elements and every ancestor element they hang under, in insertion order.</summary>
    static async Task<List<(int Id, string Code, PlanElement Row)>> PlanElementsAsync(SakipDb db, UnitScope scope, CancellationToken ct)
    {
        var found = await PlanRows(db.PlanElements.Where(p => scope.OwnIds.Contains(p.UnitId))).ToListAsync(ct);
        var byId = found.ToDictionary(p => p.Id);
        for (var missing = MissingParents(byId); missing.Count > 0; missing = MissingParents(byId))
        {
            foreach (var parent in await PlanRows(db.PlanElements.Where(p => missing.Contains(p.Id))).ToListAsync(ct))
            {
                byId[parent.Id] = parent;
            }
        }
        await scope.IncludeAsync(db, byId.Values.Select(p => p.UnitId), ct);
        return [.. byId.Values.OrderBy(p => p.Id).Select(p => (p.Id, p.Code,
            new PlanElement(p.Code, scope.Code(p.UnitId), p.Kind, p.ParentId is { } parent ? byId[parent].Code : null, p.Statement, p.PeriodStart, p.PeriodEnd)))];
    }

    static IQueryable<PlanRow> PlanRows(IQueryable<Planning.PlanElementEntity> elements) =>
        elements.AsNoTracking().Select(p => new PlanRow(p.Id, p.ParentId, p.UnitId, p.Code, p.Kind, p.Statement, p.PeriodStart, p.PeriodEnd));

    static HashSet<int> MissingParents(Dictionary<int, PlanRow> byId) =>
        byId.Values.Where(p => p.ParentId is { } parent && !byId.ContainsKey(parent)).Select(p => p.ParentId!.Value).ToHashSet();

    sealed record PlanRow(int Id, int? ParentId, int UnitId, string Code, PlanElementKind Kind, string Statement, int? PeriodStart, int? PeriodEnd);

    static async Task<IReadOnlyList<BudgetLine>> BudgetAsync(
        SakipDb db, UnitScope scope, Dictionary<int, string> planCodes, Dictionary<int, string> indicatorCodes, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var lines = await db.BudgetLines.AsNoTracking().Where(b => scope.OwnIds.Contains(b.UnitId) && (from == null || b.Year >= from) && (to == null || b.Year <= to)).OrderBy(b => b.Id).ToListAsync(ct);
        var codes = lines.ToDictionary(b => b.Id, b => b.Code);
        return [.. lines.Select(b => new BudgetLine(
            b.Code, scope.Code(b.UnitId), b.Year, b.Level, b.ParentId is { } p ? codes.GetValueOrDefault(p) : null, b.Name, b.Ceiling, b.Spent,
            b.PlanElementId is { } e ? planCodes.GetValueOrDefault(e) : null, b.IndicatorId is { } i ? indicatorCodes.GetValueOrDefault(i) : null, b.PrintedPercent)
        {
            Quarters = b.SpentQ1 is null && b.SpentQ2 is null && b.SpentQ3 is null && b.SpentQ4 is null ? null : new(b.SpentQ1, b.SpentQ2, b.SpentQ3, b.SpentQ4),
        })];
    }

    static async Task<IReadOnlyList<EvaluationScore>> EvaluationsAsync(SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var rows = await db.EvaluationScores.AsNoTracking().Where(e => scope.OwnIds.Contains(e.UnitId) && (from == null || e.Year >= from) && (to == null || e.Year <= to))
            .OrderBy(e => e.Id).ToListAsync(ct);
        return [.. rows.Select(e => new EvaluationScore(scope.Code(e.UnitId), e.Year, e.Component, e.Weight, e.Score, e.PrintedGrade))];
    }

    static async Task<IReadOnlyList<Recommendation>> RecommendationsAsync(SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var rows = await db.Recommendations.AsNoTracking().Where(r => scope.OwnIds.Contains(r.UnitId) && (from == null || r.Year >= from) && (to == null || r.Year <= to))
            .OrderBy(r => r.Id).ToListAsync(ct);
        return [.. rows.Select(r => new Recommendation(scope.Code(r.UnitId), r.Year, r.Number, r.Component, r.Text, r.FollowUp, r.Status, r.PrintedStatus))];
    }

    static async Task<IReadOnlyList<Scale>> ScalesAsync(SakipDb db, CancellationToken ct)
    {
        var bands = await db.ScaleBands.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);
        return [.. bands.GroupBy(b => b.Scale).Select(g => Scale.Create(g.Key, [.. g.OrderBy(b => b.Order).Select(b => new Band(b.Label, b.Lower, b.Upper))], out _)).OfType<Scale>()];
    }
}
