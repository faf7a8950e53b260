namespace Sakip.Data.Audit;

/// <summary>
/// Writes every create, change and delete of a save to the audit trail, with the old and new values, in the save's
/// transaction. (Being completed: issue #10, audit trail.)
/// </summary>
sealed class AuditTrail
{
    readonly List<AuditEntryEntity> entries = [];

    /// <summary>What the pending changes are, read before they are saved; null when nothing is to be recorded.</summary>
    public static AuditTrail? Capture(SakipDb db) => null;

    /// <summary>Writes the entries; call after the save, inside its transaction.</summary>
    public Task WriteAsync(SakipDb db, CancellationToken ct)
    {
        db.AuditEntries.AddRange(entries);
        return Task.CompletedTask;
    }
}
