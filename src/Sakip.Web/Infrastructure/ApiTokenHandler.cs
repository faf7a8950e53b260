using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Data;
using Sakip.Data.Accounts;

namespace Sakip.Web.Infrastructure;

/// <summary>Authenticates <c>Authorization: Bearer sakip_…</c> with a per-account token an Admin issued and has not revoked.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SakipDb db, IUserClaimsPrincipalFactory<SakipUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>How often the last-used time is written, so a busy token does not write on every request.</summary>
    static readonly TimeSpan LastUsedResolution = TimeSpan.FromHours(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ApiTokens.Hash(token);
        var stored = await db.ApiTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, Context.RequestAborted);
        if (stored is null || stored.User.LockoutEnd > clock.GetUtcNow())
        {
            return AuthenticateResult.Fail("Token API tidak valid atau sudah dicabut.");
        }
        var now = clock.GetUtcNow();
        if (stored.LastUsedAt is null || now - stored.LastUsedAt > LastUsedResolution)
        {
            stored.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var principal = await principals.CreateAsync(stored.User);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
