using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;

namespace ReadinessBoard.Features.Document;

/// <summary>A board's stored source document, as it was imported.</summary>
public sealed record DocumentSource(int BoardId, string Title, string TeamName, string? SourceFileName, string SourceMarkdown);

/// <summary>Reads a board's source for the Document view; one context per query, nothing tracked.</summary>
public sealed class DocumentQueries(IDbContextFactory<ReadinessDbContext> dbFactory)
{
    /// <summary>The source of a board, or null when there is no such board or it was archived.</summary>
    public async Task<DocumentSource?> GetAsync(int boardId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Boards.AsNoTracking()
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new DocumentSource(b.Id, b.Title, b.Team!.Name, b.SourceFileName, b.SourceMarkdown))
            .SingleOrDefaultAsync(ct);
    }
}
