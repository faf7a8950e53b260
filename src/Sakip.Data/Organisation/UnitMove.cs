using Microsoft.EntityFrameworkCore;

namespace Sakip.Data.Organisation;

/// <summary>
/// Moving a unit under another parent: the materialised paths of the unit and of everything below it. Runs in the
/// caller's transaction, after the new parent id has been saved; that save already moved the data versions the move
/// changes (the unit's subtree, its old ancestors through its old path, the new parent and its ancestors: see
/// <see cref="UnitDataVersions"/>), and they commit together with the new paths.
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

        // The row changed behind the change tracker: stop tracking it, so no later save writes the old path back.
        db.Entry(unit).State = EntityState.Detached;
        unit.Path = newPath;
    }
}
