using Microsoft.EntityFrameworkCore;
using Sakip.Core.Agreements;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Reporting;
using Sakip.Data.Agreements;

namespace Sakip.Data.Exchange;

/// <summary>
/// The records only a report needs (<see cref="DatasetLoader"/>): the Perjanjian Kinerja in force, narratives, staff,
/// facilities and comparison values of the scope's own units, one query per list.
/// </summary>
static class ReportContentLoader
{
    /// <summary>The current version of each unit's PK per year, and its programs with the anggaran code they name.</summary>
    public static async Task<(IReadOnlyList<Agreement> Agreements, IReadOnlyList<AgreementProgram> Programs)> AgreementsAsync(
        SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.IsCurrent && scope.OwnIds.Contains(a.UnitId) && (from == null || a.Year >= from) && (to == null || a.Year <= to))
            .OrderBy(a => a.Id).ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var programs = await db.Set<AgreementProgramEntity>().AsNoTracking().Where(p => ids.Contains(p.AgreementId)).OrderBy(p => p.Id)
            .Select(p => new { p.AgreementId, p.Name, p.Amount, BudgetLine = db.BudgetLines.Where(b => b.Id == p.BudgetLineId).Select(b => b.Code).FirstOrDefault() })
            .ToListAsync(ct);
        var byId = agreements.ToDictionary(a => a.Id);
        return (
            [.. agreements.Select(a => new Agreement(scope.Code(a.UnitId), a.Year,
                new Party(a.FirstPartyName, a.FirstPartyNip, a.FirstPartyPosition, a.FirstPartyActing),
                new Party(a.SecondPartyName, a.SecondPartyNip, a.SecondPartyPosition, a.SecondPartyActing),
                a.SignedOn, a.Place, a.Version))],
            [.. programs.Select(p => new AgreementProgram(scope.Code(byId[p.AgreementId].UnitId), byId[p.AgreementId].Year, p.Name, p.Amount, p.BudgetLine))]);
    }

    public static async Task<IReadOnlyList<Narrative>> NarrativesAsync(
        SakipDb db, UnitScope scope, IReadOnlyDictionary<int, string> planCodes, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var rows = await db.Narratives.AsNoTracking()
            .Where(n => scope.OwnIds.Contains(n.UnitId) && (from == null || n.Year >= from) && (to == null || n.Year <= to))
            .OrderBy(n => n.Id).Select(n => new { n.UnitId, n.Year, n.Section, n.Text, n.PlanElementId }).ToListAsync(ct);
        // A sasaran a narrative analyses is one of its unit's own, so it is among the loaded plan elements.
        return [.. rows.Select(n => new Narrative(scope.Code(n.UnitId), n.Year, n.Section, n.Text, n.PlanElementId is { } p ? planCodes[p] : null))];
    }

    public static async Task<IReadOnlyList<StaffCount>> StaffAsync(SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var rows = await db.StaffCounts.AsNoTracking()
            .Where(s => scope.OwnIds.Contains(s.UnitId) && (from == null || s.Year >= from) && (to == null || s.Year <= to))
            .OrderBy(s => s.Id).ToListAsync(ct);
        return [.. rows.Select(s => new StaffCount(scope.Code(s.UnitId), s.Year, s.Count, s.Position, s.Rank, s.Education, s.Gender))];
    }

    public static async Task<IReadOnlyList<Facility>> FacilitiesAsync(SakipDb db, UnitScope scope, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var rows = await db.Facilities.AsNoTracking()
            .Where(f => scope.OwnIds.Contains(f.UnitId) && (from == null || f.Year >= from) && (to == null || f.Year <= to))
            .OrderBy(f => f.Id).ToListAsync(ct);
        return [.. rows.Select(f => new Facility(scope.Code(f.UnitId), f.Year, f.Name, f.Quantity, f.Measure, f.Condition, f.Note))];
    }

    /// <param name="indicatorCodes">The scope's indicators by id: the values of exactly those are loaded.</param>
    public static async Task<IReadOnlyList<ComparisonValue>> ComparisonsAsync(
        SakipDb db, IReadOnlyDictionary<int, string> indicatorCodes, YearRange years, CancellationToken ct)
    {
        var (from, to) = years;
        var ids = indicatorCodes.Keys.ToList();
        var rows = await db.ComparisonValues.AsNoTracking()
            .Where(c => ids.Contains(c.IndicatorId) && (from == null || c.Year >= from) && (to == null || c.Year <= to))
            .OrderBy(c => c.Id).ToListAsync(ct);
        return [.. rows.Select(c => new ComparisonValue(indicatorCodes[c.IndicatorId], c.Year, c.Value, c.Source))];
    }
}
