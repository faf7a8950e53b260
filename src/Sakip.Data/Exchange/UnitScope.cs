using Microsoft.EntityFrameworkCore;
using Sakip.Core.Organisation;

namespace Sakip.Data.Exchange;

/// <summary>The units of a subtree (<see cref="OwnIds"/>) plus their ancestors, which a package needs as references.</summary>
sealed record UnitScope(IReadOnlyList<Unit> Units, IReadOnlySet<int> OwnIds, IReadOnlyDictionary<int, string> Codes)
{
    public static async Task<UnitScope> ResolveAsync(SakipDb db, string? path, CancellationToken ct)
    {
        var all = await db.Units.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Code, u.Name, u.ParentId, u.Kind, u.ShortName, u.Path }).ToListAsync(ct);
        var byId = all.ToDictionary(u => u.Id);
        var own = all.Where(u => path is null || u.Path.StartsWith(path, StringComparison.Ordinal)).Select(u => u.Id).ToHashSet();
        var included = new HashSet<int>(own);
        foreach (var id in own)
        {
            for (var parent = byId[id].ParentId; parent is { } p && included.Add(p); parent = byId[p].ParentId)
            {
            }
        }
        var units = all.Where(u => included.Contains(u.Id))
            .Select(u => new Unit(u.Code, u.Name, u.ParentId is { } p ? byId[p].Code : null, u.Kind, u.ShortName)).ToList();
        return new UnitScope(units, own, all.ToDictionary(u => u.Id, u => u.Code));
    }
}
