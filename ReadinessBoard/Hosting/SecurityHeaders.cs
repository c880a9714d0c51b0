namespace ReadinessBoard.Hosting;

/// <summary>
/// Response headers that keep the app's pages from being framed, sniffed or made to run script from
/// anywhere but the app itself.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only the app's own scripts run (no inline script, no eval); styles may be inline because the
    /// component library sets style attributes; the live connection goes back to the same origin;
    /// nothing may frame a page.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "no-referrer",
        ["Cross-Origin-Opener-Policy"] = "same-origin",
        ["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    };

    /// <summary>Adds the headers to every response, static files and error pages included.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            foreach (var (name, value) in All)
            {
                headers[name] = value;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
