using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sakip.Data.Concurrency;

/// <summary>
/// The one place that tells a write that lost a race from a bug: a row changed since it was read (its version moved)
/// or a row created at the same moment by someone else (a unique key taken). Write paths answer such a save with 409
/// and the current values instead of an exception page.
/// </summary>
public static class WriteConflicts
{
    /// <summary>SQLite's SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (extended codes of error 19).</summary>
    const int SqliteUnique = 2067;
    const int SqlitePrimaryKey = 1555;

    /// <summary>Whether <paramref name="exception"/> is a lost race rather than a bug.</summary>
    public static bool IsConflict(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsUniqueViolation(inner),
        _ => IsUniqueViolation(exception),
    };

    /// <summary>
    /// Saves, or returns false when the save lost a race (<see cref="IsConflict"/>); the pending changes are then
    /// dropped so the caller can read the winner's values with the same context.
    /// </summary>
    public static async Task<bool> TrySaveChangesAsync(this SakipDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (IsConflict(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    static bool IsUniqueViolation(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
