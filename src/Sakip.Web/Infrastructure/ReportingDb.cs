using Microsoft.EntityFrameworkCore;
using Sakip.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The database reporting reads go to: the API's GET endpoints, Perbandingan and package export. That is the
/// read-only replica named by <c>ConnectionStrings:SakipReadOnly</c> when there is one, else the primary.
/// </summary>
/// <remarks>
/// A replica lags the primary by its replication delay, so the pages that show what a user has just saved
/// (Beranda, Pengukuran, Perencanaan, Anggaran) read the primary. Results cached per unit data version stay right
/// on either: a version and the records it stands for reach the replica in one transaction.
/// </remarks>
public sealed class ReportingDb(SakipDb primary, ReportingDb.Replica replica) : IAsyncDisposable
{
    SakipDb? opened;

    public SakipDb Db => opened ??= replica.OpenReadOnly() ?? primary;

    /// <summary>Disposes the replica context it opened; the primary belongs to the request scope.</summary>
    public ValueTask DisposeAsync() => opened is { } db && db != primary ? db.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>How to open the replica, built once per app.</summary>
    public sealed class Replica(DatabaseOptions? options)
    {
        readonly Func<SakipDb>? factory = options is null ? null : DatabaseSetup.Factory(options);

        /// <summary>A new context on the replica, tracking nothing (nothing read there is saved); null without a replica.</summary>
        public SakipDb? OpenReadOnly()
        {
            if (factory is null)
            {
                return null;
            }
            var db = factory();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            return db;
        }
    }
}
