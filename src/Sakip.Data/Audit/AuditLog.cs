namespace Sakip.Data.Audit;

/// <summary>
/// Records an action that is not a row change (a submission, approval, import, export, sign-in …) in the audit trail,
/// saved with the caller's next save. (Being completed: issue #10, audit trail.)
/// </summary>
public static class AuditLog
{
    /// <param name="oldValues">A JSON object of the values before, or null.</param>
    /// <param name="newValues">A JSON object of the values after, or null.</param>
    public static void Add(
        SakipDb db, DateTimeOffset at, string action, string entity, string? key, int? unitId, string summary, string? oldValues = null, string? newValues = null) =>
        db.AuditEntries.Add(new AuditEntryEntity
        {
            At = at,
            Action = action,
            Entity = entity,
            EntityKey = key,
            UnitId = unitId,
            Summary = summary,
            OldValues = oldValues,
            NewValues = newValues,
        });
}
