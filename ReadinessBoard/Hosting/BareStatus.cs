namespace ReadinessBoard.Hosting;

public static class BareStatus
{
    /// <summary>
    /// Answers with the status code alone, for a program or a script rather than a person: the friendly
    /// page the app re-runs for error statuses is left out.
    /// </summary>
    public static void SkipStatusCodePage(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }
}
