using System.Security.Claims;
using Sakip.Data.Audit;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Makes the signed-in account and the client's address the actor of every audit entry the request writes
/// (<see cref="AuditActor"/>). Runs after authentication, so an API token's account is known too.
/// </summary>
public static class AuditScope
{
    public static IApplicationBuilder UseAuditScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        using var actor = AuditActor.Use(For(context));
        await next(context);
    });

    /// <summary>The request's actor: the account when signed in, else anonymous; always the client's address.</summary>
    public static AuditActor For(HttpContext context, string? anonymousName = null) =>
        context.User.Identity?.IsAuthenticated == true
            ? new AuditActor(context.User.FindFirstValue(ClaimTypes.NameIdentifier), UnitAccess.Of(context).DisplayName, Address(context))
            : new AuditActor(null, anonymousName ?? "(anonim)", Address(context));

    public static string? Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
