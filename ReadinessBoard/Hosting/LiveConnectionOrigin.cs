namespace ReadinessBoard.Hosting;

/// <summary>
/// Refuses a live connection (<c>/_blazor</c> and everything under it: negotiation, the WebSocket, the
/// other transports) that a page of another origin opened. The browser sends the person's cookie with
/// such a request whatever page makes it, so without this check a page on another port of the same
/// host could open circuits in their name, and use up their connection limit.
/// </summary>
/// <remarks>
/// The app's own origin is the one the request came to (scheme, host and port). Behind a proxy that
/// changes them, or to serve the app under several names, list the others in
/// <c>ReadinessBoard:AllowedOrigins</c>. A request with no <c>Origin</c> header comes from no web page
/// (a browser sends one with every WebSocket and every cross-origin request) and is let through.
/// </remarks>
public static class LiveConnectionOrigin
{
    public static IApplicationBuilder UseLiveConnectionOrigin(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            && request.Headers.Origin is [{ } origin]
            && !IsAllowed(origin, request, context.RequestServices.GetRequiredService<ResolvedOptions>().Options.AllowedOrigins))
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LiveConnectionOrigin))
                .LogWarning("Refused a live connection from the origin {Origin}", origin);
            context.SkipStatusCodePage();
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    });

    public static bool IsAllowed(string origin, HttpRequest request, IEnumerable<string> allowed) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase)
        || allowed.Any(a => string.Equals(origin, a.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
}
