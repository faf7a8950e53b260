using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Organisation;
using Sakip.Core.Fields;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The year a page shows when none is asked for, and which years a page accepts at all: one rule for every page
/// taking <c>tahun</c>, so the heading, the year list and the figures agree, and no page renders year -5 or 99999.
/// </summary>
public static class DataYears
{
    /// <summary>A year a page may show: absent (the default applies) or within the years a data package accepts.</summary>
    public static bool IsPlausible(int? year) => year is not { } y || YearRule.IsValid(y);

    /// <summary>
    /// The latest year with a realisation of the unit or a unit below it; else with a PK or budget; else the latest
    /// target year up to this year (a Renstra runs years ahead, and those years have nothing to show yet); else this year.
    /// An installation-wide account on a top unit looks at the whole installation, as its scope is.
    /// </summary>
    /// <remarks>
    /// Up to four aggregates over the unit's subtree, on the page every user lands on: kept per unit data version (a save
    /// below the unit moves it), except for the whole installation, which no single unit's version follows.
    /// </remarks>
    public static async Task<int> DefaultAsync(SakipDb db, UnitResultCache cache, UnitRef unit, UnitAccess access, DateTimeOffset today, CancellationToken ct)
    {
        if (access.ScopePath == "/" && UnitPaths.Ids(unit.Path).Count() == 1)
        {
            return await LatestAsync(db, "/", today, ct);
        }
        var found = await cache.GetOrLoadAsync(unit, nameof(DataYears), today.Year, async () => new LatestYear(await LatestAsync(db, unit.Path, today, ct)));
        return found.Year;
    }

    static async Task<int> LatestAsync(SakipDb db, string path, DateTimeOffset today, CancellationToken ct)
    {
        var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
        return await db.Realisations.Where(r => units.Contains(r.Indicator.PlanElement.UnitId)).MaxAsync(r => (int?)r.Year, ct)
            ?? await db.Agreements.Where(a => units.Contains(a.UnitId)).MaxAsync(a => (int?)a.Year, ct)
            ?? await db.BudgetLines.Where(b => units.Contains(b.UnitId)).MaxAsync(b => (int?)b.Year, ct)
            ?? await db.Targets.Where(t => units.Contains(t.Indicator.PlanElement.UnitId) && t.Year <= today.Year).MaxAsync(t => (int?)t.Year, ct)
            ?? today.Year;
    }

    sealed record LatestYear(int Year);

    /// <summary>The years to offer, newest first, always with the year shown, so the list never contradicts the heading.</summary>
    public static IReadOnlyList<int> Offered(IEnumerable<int> years, int shown) => [.. years.Append(shown).Distinct().OrderDescending()];
}
