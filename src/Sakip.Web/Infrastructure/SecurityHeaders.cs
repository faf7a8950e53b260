namespace Sakip.Web.Infrastructure;

/// <summary>
/// The browser-side defences sent on every response: pages, API, static files, files, redirects and error pages.
/// </summary>
/// <remarks>
/// Set in <c>OnStarting</c>, just before the headers leave, so an error page whose handler cleared the response, a
/// static file and a challenge redirect get them too. The policy allows no inline script or style: every script is a
/// file under wwwroot/js (data comes in <c>data-</c> attributes), so an injected <c>&lt;script&gt;</c>, event
/// handler or <c>style</c> attribute does nothing. <c>img-src data:</c> is for Bootstrap's inline SVG icons (select
/// arrows, the menu button). Evidence files are served with the same headers and as attachments.
/// </remarks>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
