using Microsoft.EntityFrameworkCore;

namespace Sakip.Data.Organisation;

/// <summary>Keeps <see cref="UnitEntity.Path"/> in step with the parent links after units are added or moved.</summary>
public static class UnitPaths
{
    public static async Task RefreshAsync(SakipDb db, CancellationToken ct)
    {
        var all = await db.Units.ToListAsync(ct);
        var byId = all.ToDictionary(u => u.Id);
        foreach (var unit in all)
        {
            unit.Path = PathOf(unit, byId);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The ids on a path, from the top unit down to the unit itself.</summary>
    public static IEnumerable<int> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    /// <remarks>A parent cycle (rejected by validation) stops at the first repeated unit rather than looping.</remarks>
    static string PathOf(UnitEntity unit, Dictionary<int, UnitEntity> byId)
    {
        var chain = new List<int>();
        var seen = new HashSet<int>();
        for (UnitEntity? current = unit; current is not null && seen.Add(current.Id); current = current.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
        {
            chain.Add(current.Id);
        }
        chain.Reverse();
        return "/" + string.Concat(chain.Select(id => $"{id}/"));
    }
}
