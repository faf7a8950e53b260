using Microsoft.EntityFrameworkCore;

namespace Sakip.Data.Workflow;

/// <summary>Who receives the workflow's e-mails: active accounts with an address, by role and unit.</summary>
public static class Mailboxes
{
    /// <summary>
    /// Stands for the installation's address in a queued body (e.g. <c>{situs}/Alur/Objek?…</c>); the sender replaces it
    /// with the configured site address, which the data layer does not know.
    /// </summary>
    public const string Site = "{situs}";

    /// <summary>The accounts of a role with an e-mail address, not locked at <paramref name="now"/>, with their unit's path.</summary>
    public static async Task<IReadOnlyList<Mailbox>> InRoleAsync(SakipDb db, string role, DateTimeOffset now, CancellationToken ct)
    {
        var roleId = await db.Roles.AsNoTracking().Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && u.Email != "" && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.UnitId, Path = u.Unit != null ? u.Unit.Path : null, u.LockoutEnd })
            .ToListAsync(ct);
        // LockoutEnd is compared here: SQLite cannot order DateTimeOffset values in a query.
        return [.. accounts.Where(a => a.LockoutEnd is null || a.LockoutEnd <= now)
            .Select(a => new Mailbox(a.Id, a.Email!, string.IsNullOrWhiteSpace(a.DisplayName) ? a.Email! : a.DisplayName, a.UnitId, a.Path))];
    }

    /// <summary>The accounts with these ids that have an address and are not locked.</summary>
    public static async Task<IReadOnlyList<Mailbox>> OfAsync(SakipDb db, IEnumerable<string?> userIds, DateTimeOffset now, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.UnitId, Path = u.Unit != null ? u.Unit.Path : null, u.LockoutEnd })
            .ToListAsync(ct);
        return [.. accounts.Where(a => a.LockoutEnd is null || a.LockoutEnd <= now)
            .Select(a => new Mailbox(a.Id, a.Email!, string.IsNullOrWhiteSpace(a.DisplayName) ? a.Email! : a.DisplayName, a.UnitId, a.Path))];
    }

    /// <summary>A notification to <paramref name="to"/>, cut to the column limits.</summary>
    public static NotificationEntity Notice(Mailbox to, string? key, string kind, string subject, string body, DateTimeOffset now) => new()
    {
        Key = key,
        Kind = kind,
        ToAddress = to.Address,
        ToName = Cut(to.Name, 200),
        Subject = Cut(subject, 300),
        Body = body,
        CreatedAt = now,
    };

    static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

