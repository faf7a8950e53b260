using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Ends a signed-in session as soon as its account's security stamp changes: on sign-out, and when an Admin changes
/// the account's password, role, unit or lock.
/// </summary>
/// <remarks>
/// Identity's <see cref="SecurityStampValidator"/> re-reads the account only every few minutes, so a copied cookie
/// kept working for up to 5 minutes after sign-out. Knowing at once that a session ended needs state every instance
/// shares, and the web tier keeps none in memory (several instances share one database), so each cookie request reads
/// the account's stamp: one primary-key lookup of one column, no claims rebuilt and no cookie reissued. API tokens
/// are already looked up on every request in the same way. Recording ended sessions instead would cost the same
/// lookup (a table of ended sessions must be read on every request too) and a table to clean up. The full refresh of
/// roles and unit scope still runs on Identity's interval.
/// </remarks>
public static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var db = context.HttpContext.RequestServices.GetRequiredService<SakipDb>();
        var current = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
