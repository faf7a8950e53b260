using Microsoft.EntityFrameworkCore;
using Sakip.Core.Organisation;
using Sakip.Data.Organisation;

namespace Sakip.Data.Exchange;

/// <summary>
/// The units whose records are loaded (<see cref="OwnIds"/>) plus every unit those records refer to (ancestors, the
/// owners of parent plan elements), which a package needs as references. Queries touch only these units.
/// </summary>
sealed class UnitScope
{
    readonly Dictionary<int, UnitEntity> units = [];

    UnitScope(IReadOnlySet<int> ownIds) => OwnIds = ownIds;

    public IReadOnlySet<int> OwnIds { get; }

    public string Code(int unitId) => units[unitId].Code;

    public IReadOnlyList<Unit> Units => [.. units.Values.OrderBy(u => u.Id)
        .Select(u => new Unit(u.Code, u.Name, u.ParentId is { } p ? units[p].Code : null, u.Kind, u.ShortName))];

    /// <param name="path">A unit's path; null for the whole installation.</param>
    /// <param name="descendants">Whether units below the unit are included, or only the unit itself.</param>
    public static async Task<UnitScope> ResolveAsync(SakipDb db, string? path, bool descendants, CancellationToken ct)
    {
        if (path is not null && !descendants)
        {
            return await SingleAsync(db, path, ct);
        }
        var own = path is null ? db.Units : db.Units.WithinPath(path);
        var found = await own.AsNoTracking().ToListAsync(ct);
        var scope = new UnitScope(found.Select(u => u.Id).ToHashSet());
        scope.Add(found);
        await scope.IncludeAsync(db, found.Select(u => u.Id), ct);
        return scope;
    }

    /// <summary>One unit: it and its ancestors are the ids on its path, so one query finds them all.</summary>
    static async Task<UnitScope> SingleAsync(SakipDb db, string path, CancellationToken ct)
    {
        var ids = UnitPaths.Ids(path).ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        var scope = new UnitScope(units.Where(u => u.Path == path).Select(u => u.Id).ToHashSet());
        scope.Add(units);
        return scope;
    }

    /// <summary>Makes sure these units and all their ancestors are part of the package's units.</summary>
    public async Task IncludeAsync(SakipDb db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var missing = unitIds.Where(id => !units.ContainsKey(id)).ToHashSet();
        if (missing.Count > 0)
        {
            Add(await db.Units.AsNoTracking().Where(u => missing.Contains(u.Id)).ToListAsync(ct));
        }
        var ancestors = units.Values.SelectMany(u => UnitPaths.Ids(u.Path)).Where(id => !units.ContainsKey(id)).ToHashSet();
        if (ancestors.Count > 0)
        {
            Add(await db.Units.AsNoTracking().Where(u => ancestors.Contains(u.Id)).ToListAsync(ct));
        }
    }

    void Add(IEnumerable<UnitEntity> found)
    {
        foreach (var unit in found)
        {
            units.TryAdd(unit.Id, unit);
        }
    }
}
