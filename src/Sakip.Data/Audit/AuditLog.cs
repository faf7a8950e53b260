namespace Sakip.Data.Audit;

/// <summary>
/// Records an action that is not a row change (a submission, approval, import, export, sign-in …) in the audit trail,
/// saved with the caller's next save, in the name of <see cref="AuditActor.Current"/>.
/// </summary>
public static class AuditLog
{
    /// <param name="oldValues">A JSON object of the values before, or null.</param>
    /// <param name="newValues">A JSON object of the values after, or null.</param>
    public static void Add(
        SakipDb db, DateTimeOffset at, string action, string entity, string? key, int? unitId, string summary, string? oldValues = null, string? newValues = null) =>
        db.AuditEntries.Add(Entry(at, AuditActor.Current, action, entity, key, unitId, summary, oldValues, newValues));

    /// <summary>An entry in the name of a given actor (a sign-in, where the request has no signed-in user yet).</summary>
    public static void Add(SakipDb db, DateTimeOffset at, AuditActor actor, string action, string entity, string? key, int? unitId, string summary, string? newValues = null) =>
        db.AuditEntries.Add(Entry(at, actor, action, entity, key, unitId, summary, null, newValues));

    internal static AuditEntryEntity Entry(
        DateTimeOffset at, AuditActor actor, string action, string entity, string? key, int? unitId, string summary, string? oldValues, string? newValues) => new()
        {
            // UTC always: PostgreSQL's timestamptz takes no other offset, and SQLite compares the stored text.
            At = at.ToUniversalTime(),
            UserId = actor.UserId,
            UserName = Clip(actor.UserName, 256),
            Address = actor.Address is { } address ? Clip(address, 64) : null,
            Action = action,
            Entity = entity,
            EntityKey = key is null ? null : Clip(key, 200),
            UnitId = unitId,
            Summary = Clip(summary, 500),
            OldValues = oldValues,
            NewValues = newValues,
        };

    static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
