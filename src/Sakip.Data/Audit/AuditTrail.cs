using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sakip.Core.Workflow;
using Sakip.Data.Measurement;
using Sakip.Data.Workflow;

namespace Sakip.Data.Audit;

/// <summary>
/// Writes every create, change and delete of a save to the audit trail (jejak audit), with the changed values before
/// and after, in the name of <see cref="AuditActor.Current"/>, in the save's transaction: the rows and their record
/// are committed together or not at all.
/// </summary>
/// <remarks>
/// A submission, return, approval or unlock is recorded through its workflow step: the step's action becomes the
/// entry's action (<c>ajukan</c>, <c>kembalikan</c>, <c>setujui</c>, <c>buka</c>) with its note.
/// </remarks>
sealed class AuditTrail
{
    public const string Added = "tambah";
    public const string Modified = "ubah";
    public const string Deleted = "hapus";

    static readonly ConditionalWeakTable<SakipDb, object> suspended = [];

    readonly List<Change> changes = [];

    /// <summary>
    /// Stops recording rows one by one on this context (a package import, which records itself as one <c>impor</c>
    /// entry); entries added with <see cref="AuditLog"/> are still saved.
    /// </summary>
    public static IDisposable Suspend(SakipDb db)
    {
        suspended.AddOrUpdate(db, db);
        return new Resume(db);
    }

    sealed class Resume(SakipDb db) : IDisposable
    {
        public void Dispose() => suspended.Remove(db);
    }

    /// <summary>
    /// What the pending changes are, read before they are saved; null when nothing is to be recorded. Throws when a
    /// save would change or delete an audit entry.
    /// </summary>
    public static AuditTrail? Capture(SakipDb db)
    {
        db.ChangeTracker.DetectChanges();
        var off = suspended.TryGetValue(db, out _);
        var trail = new AuditTrail();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntryEntity audit)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
                }
                // UTC always: PostgreSQL's timestamptz takes no other offset, and SQLite searches compare the stored text.
                audit.At = audit.At.ToUniversalTime();
                continue;
            }
            if (!off && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsRecorded(entry) && Change.Of(entry) is { } change)
            {
                trail.changes.Add(change);
            }
        }
        return trail.changes.Count == 0 ? null : trail;
    }

    /// <summary>Writes the entries; call after the save (keys of added rows are known only then), inside its transaction.</summary>
    public async Task WriteAsync(SakipDb db, CancellationToken ct)
    {
        foreach (var change in changes)
        {
            change.Saved();
        }
        var subjects = await AuditSubjects.LoadAsync(db, [.. changes.Select(c => (c.Type, c.Values))], ct);
        var actor = AuditActor.Current;
        var at = DateTimeOffset.UtcNow;
        var entries = changes.Select(c => AuditLog.Entry(at, actor, c.Action, c.Table, c.Key, subjects.UnitOf(c.Type, c.Values),
            subjects.Summary(c.Type, c.Values, c.Key), c.OldValues, c.NewValues)).ToList();
        db.AuditEntries.AddRange(entries);
        // Only the new entries are pending now, and Capture passes them over: this save records nothing of itself.
        await db.SaveChangesAsync(ct);
        foreach (var entry in entries)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Not recorded: the history rows realisations already keep, the outgoing mail, the data-protection keys, and
    /// Identity's claims, logins and tokens (sign-in machinery, recorded as <c>masuk</c>/<c>gagal_masuk</c>).
    /// </summary>
    static bool IsRecorded(EntityEntry entry) => entry.Entity is not (RealisationHistoryEntity or NotificationEntity or DataProtectionKey
        or IdentityUserClaim<string> or IdentityRoleClaim<string> or IdentityUserLogin<string> or IdentityUserToken<string>);

    sealed class Change
    {
        EntityEntry? added;

        public required Type Type { get; init; }
        public required string Table { get; init; }
        public required string Action { get; init; }
        public string? Key { get; private set; }
        public string? OldValues { get; private init; }
        public string? NewValues { get; private set; }

        /// <summary>The row's values (after a change, before a delete), to find its unit and summary.</summary>
        public IReadOnlyDictionary<string, object?> Values { get; private set; } = new Dictionary<string, object?>();

        public static Change? Of(EntityEntry entry)
        {
            var type = entry.Metadata.ClrType;
            var table = entry.Metadata.GetTableName() ?? type.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    return new Change { Type = type, Table = table, Action = ActionOfAdded(entry), added = entry };
                case EntityState.Modified:
                    var changed = AuditValues.Changed(entry);
                    if (changed.All(p => AuditValues.IsBookkeeping(p.Metadata.Name)))
                    {
                        return null;
                    }
                    return new Change
                    {
                        Type = type,
                        Table = table,
                        Action = Modified,
                        Key = KeyOf(entry, entry.OriginalValues),
                        Values = ValuesOf(entry.CurrentValues),
                        OldValues = AuditValues.Json(changed.Select(p => (p.Metadata.Name, p.OriginalValue))),
                        NewValues = AuditValues.Json(changed.Select(p => (p.Metadata.Name, p.CurrentValue))),
                    };
                default:
                    return new Change
                    {
                        Type = type,
                        Table = table,
                        Action = Deleted,
                        Key = KeyOf(entry, entry.OriginalValues),
                        Values = ValuesOf(entry.OriginalValues),
                        OldValues = AuditValues.Json(AuditValues.All(entry.OriginalValues)),
                    };
            }
        }

        /// <summary>An added row's key and values, read once the save has given it its key.</summary>
        public void Saved()
        {
            if (added is null)
            {
                return;
            }
            Key = KeyOf(added, added.CurrentValues);
            Values = ValuesOf(added.CurrentValues);
            NewValues = AuditValues.Json(AuditValues.All(added.CurrentValues));
            added = null;
        }

        /// <summary>A new workflow step is the submission, return, approval or unlock itself.</summary>
        static string ActionOfAdded(EntityEntry entry) => entry.Entity is WorkflowStepEntity step ? WorkflowActions.Code(step.Action) : Added;

        static string? KeyOf(EntityEntry entry, PropertyValues values) => entry.Metadata.FindPrimaryKey() is { } key
            ? string.Join(",", key.Properties.Select(p => Convert.ToString(values[p], System.Globalization.CultureInfo.InvariantCulture)))
            : null;

        static Dictionary<string, object?> ValuesOf(PropertyValues values) => values.Properties.ToDictionary(p => p.Name, p => values[p]);
    }
}
