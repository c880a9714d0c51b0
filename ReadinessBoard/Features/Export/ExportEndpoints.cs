using Microsoft.AspNetCore.Http.HttpResults;

namespace ReadinessBoard.Features.Export;

public static class ExportEndpoints
{
    /// <summary><c>GET /boards/{id}/export/{xlsx|md|csv}</c>: the board as a file to download.</summary>
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/boards/{boardId:int}/export/{format}", ExportAsync).WithName("ExportBoard").RequireAuthorization();
        return app;
    }

    public static string Href(int boardId, ExportFormat format) => $"boards/{boardId}/export/{format.Slug()}";

    private static async Task<Results<FileContentHttpResult, NotFound, BadRequest<string>>> ExportAsync(
        int boardId, string format, HttpContext http, ExportAccess access, ExportQueries queries, CancellationToken ct)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return TypedResults.BadRequest($"Unknown export format \"{format}\": use {ExportFormats.Names}.");
        }

        // A board the user may not see is answered like a board that does not exist.
        if (!await access.CanExportAsync(http.User, boardId, ct) || await queries.GetAsync(boardId, ct) is not { } board)
        {
            return TypedResults.NotFound();
        }

        // Written whole before the first byte is sent: the writers are synchronous and a failure
        // must end in an error status, not in half a file.
        using var buffer = new MemoryStream();
        exportFormat.Write(board, buffer);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(buffer.ToArray(), exportFormat.ContentType(), exportFormat.FileName(board.Title));
    }
}
