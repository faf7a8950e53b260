using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Sakip.Data;
using Sakip.Data.Accounts;

namespace Sakip.Web.Infrastructure;

/// <summary>Accounts, sign-in, API tokens and the keys behind cookies and antiforgery, shared by every instance.</summary>
public static class SecuritySetup
{
    const string SmartScheme = "CookieOrToken";

    public static IServiceCollection AddSakipSecurity(this IServiceCollection services)
    {
        services.AddIdentity<SakipUser, IdentityRole>(AccountRules.Configure)
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddEntityFrameworkStores<SakipDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ScopeClaims>();

        // Keys in the database: a cookie or antiforgery token from one instance is valid on every other.
        services.AddDataProtection().SetApplicationName("Sakip").PersistKeysToDbContext<SakipDb>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sakip";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Akun/Masuk";
            o.LogoutPath = "/Akun/Keluar";
            o.AccessDeniedPath = "/Akun/Ditolak";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status403Forbidden);
            // A changed stamp (sign-out, password, role, lock) ends the session on the next request; see SessionStamp.
            o.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
        });
        // The cookie carries the account's roles and unit scope; re-reading them every 5 minutes (instead of 30) bounds how
        // long a moved unit keeps its old scope. Changes that update the stamp end the session at once (SessionStamp).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sakip-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeaders sends X-Frame-Options: DENY on every response, not only on pages with a form.
            o.SuppressXFrameOptionsHeader = true;
        });

        // AddIdentity set the cookie as the default authenticate scheme; without replacing it a bearer token is never read.
        services.AddAuthentication(o =>
            {
                // AddIdentity set the authenticate scheme to the cookie, which outranks DefaultScheme: without this a
                // bearer token is never looked at.
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie atau token API", o =>
                o.ForwardDefaultSelector = ctx => ApiTokenHandler.BearerToken(ctx.Request) is null ? IdentityConstants.ApplicationScheme : ApiTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorization();
        // Before AddRazorPages, whose TryAdd then keeps it: no inline style in generated HTML (see SecurityHeaders).
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, PolicyHtmlGenerator>();
        return services;
    }

    /// <summary>The API answers 401/403; pages redirect to the sign-in or access-denied page.</summary>
    static Task ApiStatusOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
