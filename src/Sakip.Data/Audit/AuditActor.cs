namespace Sakip.Data.Audit;

/// <summary>
/// Who is acting in the current flow (a web request, a CLI run), so every audit entry written in it names them without
/// every caller passing them along.
/// </summary>
/// <param name="UserId">The account's id; null when no one is signed in (a failed sign-in, the first start).</param>
/// <param name="UserName">The account's display name, or the e-mail tried, or the OS user of the CLI.</param>
/// <param name="Address">The client's IP address, or <c>cli</c>.</param>
public sealed record AuditActor(string? UserId, string UserName, string? Address)
{
    static readonly AsyncLocal<AuditActor?> current = new();

    /// <summary>Used when nothing set an actor (the app's own first start and background work).</summary>
    public static readonly AuditActor System = new(null, "sistem", null);

    public static AuditActor Current => current.Value ?? System;

    /// <summary>Sets the actor for the rest of this flow; disposing restores the one before.</summary>
    public static IDisposable Use(AuditActor actor)
    {
        var before = current.Value;
        current.Value = actor;
        return new Restore(before);
    }

    sealed class Restore(AuditActor? before) : IDisposable
    {
        public void Dispose() => current.Value = before;
    }
}
