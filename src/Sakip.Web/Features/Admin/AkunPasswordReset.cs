using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Data.Audit;
using Sakip.Web.Infrastructure.Mail;

namespace Sakip.Web.Features.Admin;

/// <summary>
/// An Admin's reset of someone's forgotten password: with mail on, a one-time link to /Akun/AturUlang goes to the
/// account's address (the token is never stored or logged); with mail off, a random one-time password is set, shown to
/// the Admin once, and must be changed at the next sign-in.
/// </summary>
static class AkunPasswordReset
{
    /// <summary>No 0/O, 1/l/I: the Admin reads it out or writes it down for the user.</summary>
    const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    const string Lower = "abcdefghijkmnopqrstuvwxyz";
    const string Digits = "23456789";

    /// <summary>16 characters (about 90 bits), always with an upper-case letter, a lower-case letter and a digit (AccountRules).</summary>
    public static string OneTimePassword()
    {
        var all = (Upper + Lower + Digits).ToCharArray();
        var chars = RandomNumberGenerator.GetItems<char>(all, 13)
            .Append(RandomNumberGenerator.GetItems<char>(Upper.ToCharArray(), 1)[0])
            .Append(RandomNumberGenerator.GetItems<char>(Lower.ToCharArray(), 1)[0])
            .Append(RandomNumberGenerator.GetItems<char>(Digits.ToCharArray(), 1)[0])
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>Sets a one-time password the account must change at its next sign-in; its sessions end (new stamp).</summary>
    public static async Task<(IdentityResult Result, string Password)> SetOneTimeAsync(UserManager<SakipUser> users, SakipDb db, SakipUser user, DateTimeOffset now)
    {
        var password = OneTimePassword();
        user.MustChangePassword = true;
        AuditLog.Add(db, now, "kata-sandi:sekali-pakai", "akun", user.Id, user.UnitId, $"Admin mengatur kata sandi sekali pakai untuk {user.Email}.");
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        return (result, password);
    }

    /// <summary>E-mails the one-time link; the token becomes invalid once used, because the reset changes the account's stamp.</summary>
    public static async Task SendLinkAsync(UserManager<SakipUser> users, MailSender sender, MailSettings mail, HttpRequest request, SakipUser user, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var site = mail.SiteUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        var link = $"{site}/Akun/AturUlang?pengguna={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email! : user.DisplayName;
        var body = string.Join("\n",
            $"Yth. {name},", "",
            "Admin Sakip mengatur ulang kata sandi akun Anda. Buka tautan berikut untuk memilih kata sandi baru (berlaku satu kali, paling lama 1 hari):",
            link, "",
            "Jika Anda tidak meminta ini, abaikan surel ini; kata sandi Anda tetap.", "",
            Sakip.Data.Workflow.WorkflowNotices.Footer);
        await sender.SendNowAsync(user.Email!, name, "[Sakip] Atur ulang kata sandi", body, ct);
    }
}
