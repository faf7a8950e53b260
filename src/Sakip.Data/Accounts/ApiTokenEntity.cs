namespace Sakip.Data.Accounts;

/// <summary>A per-account API token. Only its SHA-256 hash is stored; the token is shown once when issued.</summary>
public sealed class ApiTokenEntity
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public SakipUser User { get; set; } = null!;
    public string Name { get; set; } = "";

    /// <summary>The first characters of the token, to recognise it in lists.</summary>
    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
