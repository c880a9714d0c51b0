using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;

namespace ReadinessBoard.Features.Document;

/// <summary>A board's stored source document, as it was imported.</summary>
public sealed record DocumentSource(int BoardId, string Title, string TeamName, string? SourceFileName, string SourceMarkdown)
{
    /// <summary>Items done and items that count, for the board's header.</summary>
    public int Done { get; init; }

    public int Total { get; init; }
}

/// <summary>Reads a board's source for the Document view; one context per query, nothing tracked.</summary>
public sealed class DocumentQueries(IDbContextFactory<ReadinessDbContext> dbFactory)
{
    /// <summary>The source of a board, or null when there is no such board, it was archived, or it is not the actor's to see.</summary>
    public async Task<DocumentSource?> GetAsync(int boardId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Boards.AsNoTracking().VisibleTo(db, actor)
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new DocumentSource(b.Id, b.Title, b.Team!.Name, b.SourceFileName, b.SourceMarkdown)
            {
                Done = b.Items.Count(i => i.ArchivedAt == null && i.Status == ItemStatus.Done),
                Total = b.Items.Count(i => i.ArchivedAt == null && i.Status != ItemStatus.NotApplicable),
            })
            .SingleOrDefaultAsync(ct);
    }
}
