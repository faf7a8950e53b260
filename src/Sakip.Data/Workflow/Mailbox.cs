namespace Sakip.Data.Workflow;

/// <summary>An account that can receive e-mail.</summary>
public sealed record Mailbox(string UserId, string Address, string Name, int? UnitId, string? UnitPath);
