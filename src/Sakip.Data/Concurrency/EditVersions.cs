using Microsoft.EntityFrameworkCore;
using Sakip.Data.Measurement;

namespace Sakip.Data.Concurrency;

/// <summary>
/// Optimistic concurrency for every editable row: its <c>Version</c> is a concurrency token that goes up by one on each
/// change, so an UPDATE whose row moved on since it was read changes nothing and the save fails as a conflict.
/// </summary>
public static class EditVersions
{
    public const string Property = "Version";

    /// <summary>Bumps the version of each changed row (realisations are bumped with their history by <see cref="RealisationVersions"/>).</summary>
    internal static void Bump(SakipDb db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && e.Entity is not RealisationEntity))
        {
            if (entry.Metadata.FindProperty(Property) is { IsConcurrencyToken: true } property)
            {
                var version = entry.Property(property).OriginalValue is int before ? before : 0;
                entry.Property(property).CurrentValue = version + 1;
            }
        }
    }

    /// <summary>
    /// Makes the next save of <paramref name="row"/> succeed only while the stored row still has the version the editor
    /// opened (<paramref name="expected"/>; null: no precondition, only the version read now).
    /// </summary>
    public static void Expect<T>(this SakipDb db, T row, int? expected) where T : class
    {
        if (expected is { } version)
        {
            db.Entry(row).Property(Property).OriginalValue = version;
        }
    }
}
