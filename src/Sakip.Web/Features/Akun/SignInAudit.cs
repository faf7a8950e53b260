using System.Text.Json;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Data.Audit;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Akun;

/// <summary>Sign-ins, failed sign-ins and sign-outs in the audit trail, with the address they came from.</summary>
static class SignInAudit
{
    public const string SignedIn = "masuk";
    public const string Failed = "gagal_masuk";
    public const string SignedOut = "keluar";

    /// <summary>The table the entries name: they are about an account.</summary>
    const string Entity = "AspNetUsers";

    /// <summary>A successful sign-in, in the name of the account (the request is not yet signed in).</summary>
    public static async Task SignedInAsync(SakipDb db, HttpContext http, SakipUser user, DateTimeOffset now, CancellationToken ct)
    {
        var actor = new AuditActor(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName, AuditScope.Address(http));
        AuditLog.Add(db, now, actor, SignedIn, Entity, user.Id, user.UnitId, $"Masuk: {user.Email}", Values(user.Email ?? "", null));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A failed sign-in: the e-mail tried (never the password), the account when it exists, and whether it is now locked out.</summary>
    public static async Task FailedAsync(SakipDb db, HttpContext http, string email, SakipUser? user, bool lockedOut, DateTimeOffset now, CancellationToken ct)
    {
        var tried = email.Length <= 256 ? email : email[..256];
        var actor = new AuditActor(user?.Id, tried, AuditScope.Address(http));
        AuditLog.Add(db, now, actor, Failed, Entity, user?.Id, user?.UnitId,
            $"Gagal masuk: {tried}{(lockedOut ? " (akun terkunci)" : user is null ? " (akun tidak dikenal)" : "")}", Values(tried, lockedOut));
        await db.SaveChangesAsync(ct);
    }

    public static async Task SignedOutAsync(SakipDb db, SakipUser user, DateTimeOffset now, CancellationToken ct)
    {
        AuditLog.Add(db, now, SignedOut, Entity, user.Id, user.UnitId, $"Keluar: {user.Email}");
        await db.SaveChangesAsync(ct);
    }

    static string Values(string email, bool? lockedOut)
    {
        var values = new Dictionary<string, object> { ["surel"] = email };
        if (lockedOut is { } locked)
        {
            values["terkunci"] = locked;
        }
        return JsonSerializer.Serialize(values);
    }
}
