using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Sakip.Packages;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.ImporEkspor;

/// <summary>
/// An uploaded package kept in the file store between preview and confirmation. The page carries only a protected
/// ticket naming the stored key and the uploading account, so another account (or a forged key) cannot import it,
/// and any instance can continue the import because the keys behind the protection are shared.
/// </summary>
sealed class UploadedPackage(IFileStore files, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>How long a previewed upload may be confirmed; after that <see cref="PendingUploadSweeper"/> deletes it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// <summary>Starts the key of every stored package, so pending uploads are told apart from evidence files.</summary>
    public const string Prefix = "paket-";

    ITimeLimitedDataProtector Protector => protection.CreateProtector("Sakip.ImporEkspor.Upload").ToTimeLimitedDataProtector();

    public async Task<string> KeepAsync(IFormFile file, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        return await files.SaveAsync(content, Prefix, Path.GetExtension(file.FileName), ct);
    }

    public string Ticket(string key, ClaimsPrincipal user) =>
        Protector.Protect($"{UserId(user)}|{key}", clock.GetUtcNow().Add(Lifetime));

    /// <summary>The stored key when the ticket is genuine, unexpired and was issued to this account; else null.</summary>
    public string? KeyOf(string? ticket, ClaimsPrincipal user)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }
        try
        {
            var parts = Protector.Unprotect(ticket).Split('|', 2);
            return parts.Length == 2 && parts[0] == UserId(user) ? parts[1] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Reads the stored package with the reader for its type (the key keeps the uploaded extension).</summary>
    public PackageReadResult? Read(string key, string displayName)
    {
        using var content = files.Open(key);
        if (content is null)
        {
            return null;
        }
        return key.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? PackageReader.ReadWorkbook(content, displayName)
            : PackageReader.ReadZip(content, displayName);
    }

    public void Discard(string key) => files.Delete(key);

    static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
