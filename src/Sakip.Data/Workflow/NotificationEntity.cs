namespace Sakip.Data.Workflow;

/// <summary>
/// An e-mail to send (outbox), written in the same transaction as what caused it and sent afterwards; the key makes a
/// reminder go out once. Nothing is queued when no SMTP server is configured.
/// </summary>
public sealed class NotificationEntity
{
    public int Id { get; set; }

    /// <summary>What it is about, unique per reminder (e.g. <c>pengingat:sebelum:realisasi:2021:tw1:15:user</c>); null for one-off notices.</summary>
    public string? Key { get; set; }

    public string Kind { get; set; } = "";
    public string ToAddress { get; set; } = "";
    public string ToName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
