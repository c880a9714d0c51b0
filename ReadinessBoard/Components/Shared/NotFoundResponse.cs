namespace ReadinessBoard.Components.Shared;

public static class NotFoundResponse
{
    /// <summary>
    /// While a page is prerendered for a request (the only time it has an <see cref="HttpContext"/>),
    /// answers 404 for a board that does not exist; the page itself shows the friendly message.
    /// </summary>
    public static void AnswerNotFound(this HttpContext? context)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
