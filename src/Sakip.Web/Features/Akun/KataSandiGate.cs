using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Akun;

/// <summary>
/// Keeps an account that signed in with a one-time password (an Admin's reset) on /Akun/KataSandi until it chose its
/// own: every other page redirects there and the API answers 403. The claim comes from <see cref="ScopeClaims"/> and
/// goes when the password is changed (the sign-in is refreshed).
/// </summary>
public static class KataSandiGate
{
    static readonly string[] Open = ["/Akun/KataSandi", "/Akun/Keluar", "/Error"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // An API token is a credential of its own, issued by an Admin; the one-time password does not hold it back.
        if (context.User.HasClaim(c => c.Type == ScopeClaims.MustChangePassword) && ApiTokenHandler.BearerToken(context.Request) is null
            && !Open.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            context.Response.Redirect("/Akun/KataSandi");
            return;
        }
        await next(context);
    });
}
