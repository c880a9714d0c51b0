using System.Collections.Concurrent;

namespace ReadinessBoard.Hosting;

/// <summary>
/// Caps the live connections one client holds open at once. Every browser tab of an interactive page
/// keeps one long-lived request to <c>/_blazor</c> (its circuit); a client past the cap gets 429 and
/// its extra tab shows the reconnect notice instead of using up the server's memory.
/// </summary>
/// <remarks>
/// A client is the signed-in user when there is one, otherwise the remote address. The count is of
/// requests in flight, so a closed tab frees its place as soon as its connection ends.
/// </remarks>
public sealed class CircuitLimit(ResolvedOptions resolved, ILogger<CircuitLimit> logger)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public int OpenFor(string client) => _open.TryGetValue(client, out var count) ? count : 0;

    public static string ClientOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? "user:" + name
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    internal bool TryEnter(string client)
    {
        var limit = resolved.Options.MaxCircuitsPerClient;
        while (true)
        {
            var current = OpenFor(client);
            if (current >= limit)
            {
                logger.LogWarning("Refused a live connection for {Client}: {Count} already open (limit {Limit})", client, current, limit);
                return false;
            }

            if (current == 0 ? _open.TryAdd(client, 1) : _open.TryUpdate(client, current + 1, current))
            {
                return true;
            }
        }
    }

    internal void Leave(string client)
    {
        while (_open.TryGetValue(client, out var current))
        {
            if (current <= 1 ? _open.TryRemove(new KeyValuePair<string, int>(client, current)) : _open.TryUpdate(client, current - 1, current))
            {
                return;
            }
        }
    }
}

public static class CircuitLimitExtensions
{
    /// <summary>
    /// Counts the circuit connections themselves: requests to <c>/_blazor</c>, not the negotiation,
    /// initializers or disconnect beacon under it.
    /// </summary>
    public static IApplicationBuilder UseCircuitLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!string.Equals(context.Request.Path.Value?.TrimEnd('/'), "/_blazor", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var limit = context.RequestServices.GetRequiredService<CircuitLimit>();
        var client = CircuitLimit.ClientOf(context);
        if (!limit.TryEnter(client))
        {
            // A bare status for the script that connects, not the friendly error page.
            context.SkipStatusCodePage();

            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            limit.Leave(client);
        }
    });
}
