using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Organisation;

namespace Sakip.Web.Infrastructure;

/// <summary>Finds units for pages and endpoints, always through the caller's scope.</summary>
public static class UnitLookup
{
    /// <summary>
    /// The unit with this code when the caller may read it; otherwise null, so a unit outside the scope answers
    /// 404 exactly like one that does not exist. Without a code: the caller's own unit (or a root unit for
    /// installation-wide accounts).
    /// </summary>
    public static async Task<UnitRef?> ResolveAsync(SakipDb db, UnitAccess access, string? code, CancellationToken ct)
    {
        if (access.ScopePath is not { } scope)
        {
            return null;
        }
        var units = db.Units.AsNoTracking();
        var query = code is not null ? units.Where(u => u.Code == code)
            : scope == "/" ? units.Where(u => u.ParentId == null).OrderBy(u => u.Id)
            : units.Where(u => u.Path == scope);
        var unit = await query.Select(u => new UnitRef(u.Id, u.Code, u.Name, u.ShortName, u.Path, u.DataVersion)).FirstOrDefaultAsync(ct);
        return unit is not null && access.CanRead(unit.Path) ? unit : null;
    }

    /// <summary>The units directly below a unit, for navigation down the tree.</summary>
    public static Task<List<UnitRef>> ChildrenAsync(SakipDb db, int unitId, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.ParentId == unitId).OrderBy(u => u.Id)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.ShortName, u.Path, u.DataVersion)).ToListAsync(ct);

    /// <summary>
    /// The breadcrumb (the units from the top down to this one; callers keep those in their scope) and the units
    /// directly below, in one query.
    /// </summary>
    public static async Task<(List<UnitRef> Trail, List<UnitRef> Children)> NeighboursAsync(SakipDb db, UnitRef unit, CancellationToken ct)
    {
        var trailIds = UnitPaths.Ids(unit.Path).ToHashSet();
        var found = await db.Units.AsNoTracking().Where(u => trailIds.Contains(u.Id) || u.ParentId == unit.Id)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.ShortName, u.Path, u.DataVersion)).ToListAsync(ct);
        return ([.. found.Where(u => trailIds.Contains(u.Id)).OrderBy(u => u.Path.Length)], [.. found.Where(u => !trailIds.Contains(u.Id)).OrderBy(u => u.Id)]);
    }
}
