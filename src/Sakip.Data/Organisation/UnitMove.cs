using Microsoft.EntityFrameworkCore;

namespace Sakip.Data.Organisation;

/// <summary>
/// Moving a unit under another parent: the materialised paths of the unit and of everything below it, and the data
/// versions that depend on them. Runs in the caller's transaction, after the new parent id has been saved.
/// </summary>
static class UnitMove
{
    /// <summary>
    /// Rewrites the path prefix of the unit's subtree in one statement (the subtree of a Dinas can hold hundreds of
    /// units; <see cref="UnitPaths.RefreshAsync"/> would load every unit of the installation).
    /// </summary>
    public static async Task RewritePathsAsync(SakipDb db, UnitEntity unit, string? newParentPath, CancellationToken ct)
    {
        var oldPath = unit.Path;
        var oldLength = oldPath.Length;
        var newPath = Queries.ChildPath(newParentPath ?? "/", unit.Id);
#pragma warning disable CA1845 // the expression becomes SQL (substr/substring); spans cannot be translated
        await db.Units.WithinPath(oldPath)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Path, u => newPath + u.Path.Substring(oldLength)), ct);
#pragma warning restore CA1845

        // The rewrite is not tracked, so no save sees it: move the versions of what it changed here, after it, rather
        // than rely on what the earlier save of the parent id happened to move. Every page below the unit now shows a
        // different trail, and the units above it, old and new, roll up a different set of units.
        var ancestors = UnitPaths.Ids(oldPath).Concat(UnitPaths.Ids(newParentPath ?? "/")).Distinct().ToList();
        await db.Units.Where(u => ancestors.Contains(u.Id) || u.Path.StartsWith(newPath))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DataVersion, u => u.DataVersion + 1), ct);

        // The row changed behind the change tracker: stop tracking it, so no later save writes the old path back.
        db.Entry(unit).State = EntityState.Detached;
        unit.Path = newPath;
    }
}
