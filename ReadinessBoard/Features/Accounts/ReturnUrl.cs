namespace ReadinessBoard.Features.Accounts;

/// <summary>Where to go after signing in: only a path of this app, never another site.</summary>
public static class ReturnUrl
{
    public static string Safe(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal)
        && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : "/";
}
