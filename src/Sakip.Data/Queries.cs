using Sakip.Data.Organisation;

namespace Sakip.Data;

/// <summary>Filters that repeat across pages and endpoints, as LINQ.</summary>
public static class Queries
{
    /// <summary>The unit with this path and every unit below it (materialised path prefix).</summary>
    public static IQueryable<UnitEntity> WithinPath(this IQueryable<UnitEntity> units, string path) =>
        units.Where(u => u.Path.StartsWith(path));

    /// <summary>The path of a unit below <paramref name="parentPath"/>.</summary>
    public static string ChildPath(string parentPath, int id) => $"{parentPath}{id}/";
}
