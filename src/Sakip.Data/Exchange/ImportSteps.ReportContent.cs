using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Reporting;
using Sakip.Data.Reporting;

namespace Sakip.Data.Exchange;

/// <summary>The steps of the report's own content: narratives, staff, facilities and comparison values.</summary>
sealed partial class ImportSteps
{
    /// <remarks>A narrative is matched by unit, year, section and sasaran; a changed text moves its version, as an edit does.</remarks>
    public async Task<ImportCount> NarrativesAsync(IReadOnlyList<Narrative> records, CancellationToken ct)
    {
        var unitIds = records.Select(r => units[r.Unit].Id).ToHashSet();
        var existing = await db.Narratives.Where(n => unitIds.Contains(n.UnitId)).ToDictionaryAsync(n => (n.UnitId, n.Year, n.Section, n.PlanElementId), ct);
        return await UpsertAsync("narasi.csv", records, existing, r => (units[r.Unit].Id, r.Year, r.Section, r.PlanElement is null ? (int?)null : plan[r.PlanElement].Id), (r, e) =>
        {
            (e.UnitId, e.Year, e.Section, e.PlanElementId) = (units[r.Unit].Id, r.Year, r.Section, r.PlanElement is null ? null : plan[r.PlanElement].Id);
            if (e.Text != r.Text)
            {
                (e.Text, e.UpdatedAt, e.UpdatedBy) = (r.Text, now, user);
            }
        }, ct);
    }

    /// <remarks>Staff counts have no key of their own: a unit's counts of a year in the package replace the stored ones as a set.</remarks>
    public async Task<ImportCount> StaffAsync(IReadOnlyList<StaffCount> records, CancellationToken ct)
    {
        var unitIds = records.Select(r => units[r.Unit].Id).ToHashSet();
        var stored = await db.StaffCounts.Where(s => unitIds.Contains(s.UnitId)).OrderBy(s => s.Id).ToListAsync(ct);
        return await ReplaceSetsAsync("pegawai.csv", stored, s => (s.UnitId, s.Year), records, r => new StaffCountEntity
        {
            UnitId = units[r.Unit].Id,
            Year = r.Year,
            Count = r.Count,
            Position = r.Position,
            Rank = r.Rank,
            Education = r.Education,
            Gender = r.Gender,
        }, s => (s.Count, s.Position, s.Rank, s.Education, s.Gender), ct);
    }

    /// <remarks>As staff: a unit's facilities of a year in the package replace the stored ones as a set.</remarks>
    public async Task<ImportCount> FacilitiesAsync(IReadOnlyList<Facility> records, CancellationToken ct)
    {
        var unitIds = records.Select(r => units[r.Unit].Id).ToHashSet();
        var stored = await db.Facilities.Where(f => unitIds.Contains(f.UnitId)).OrderBy(f => f.Id).ToListAsync(ct);
        return await ReplaceSetsAsync("sarana.csv", stored, f => (f.UnitId, f.Year), records, r => new FacilityEntity
        {
            UnitId = units[r.Unit].Id,
            Year = r.Year,
            Name = r.Name,
            Quantity = r.Quantity,
            Measure = r.Measure,
            Condition = r.Condition,
            Note = r.Note,
        }, f => (f.Name, f.Quantity, f.Measure, f.Condition, f.Note), ct);
    }

    public async Task<ImportCount> ComparisonsAsync(IReadOnlyList<ComparisonValue> records, CancellationToken ct)
    {
        var ids = IndicatorIds(records.Select(r => r.Indicator));
        var existing = await db.ComparisonValues.Where(c => ids.Contains(c.IndicatorId)).ToDictionaryAsync(c => (c.IndicatorId, c.Year, c.Source), ct);
        return await UpsertAsync("pembanding.csv", records, existing, r => (indicators[r.Indicator].Id, r.Year, r.Source), (r, e) =>
            (e.IndicatorId, e.Year, e.Source, e.Value) = (indicators[r.Indicator].Id, r.Year, r.Source, r.Value), ct);
    }

    /// <summary>
    /// Replaces, per unit and year the package holds, the stored rows with the package's, unless they already say the
    /// same in the same order. Units and years the package does not hold are not touched.
    /// </summary>
    /// <returns>Rows of replaced sets as added; rows of sets already equal as unchanged.</returns>
    async Task<ImportCount> ReplaceSetsAsync<TRecord, TEntity, TContent>(
        string file, List<TEntity> stored, Func<TEntity, (int UnitId, int Year)> setOf, IReadOnlyList<TRecord> records, Func<TRecord, TEntity> create,
        Func<TEntity, TContent> content, CancellationToken ct)
        where TEntity : class
    {
        var storedSets = stored.ToLookup(setOf);
        var (added, unchanged) = (0, 0);
        foreach (var set in records.Select(create).GroupBy(setOf))
        {
            var before = storedSets[set.Key].ToList();
            if (before.Select(content).SequenceEqual(set.Select(content)))
            {
                unchanged += before.Count;
                continue;
            }
            db.RemoveRange(before);
            db.AddRange(set);
            added += set.Count();
        }
        await db.SaveChangesAsync(ct);
        return new ImportCount(file, added, 0, unchanged);
    }
}
