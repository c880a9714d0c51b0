using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;

namespace ReadinessBoard.Features.Boards;

/// <summary>A board on the boards page. <see cref="Total"/> leaves out items that are not applicable.</summary>
public sealed record BoardSummary(
    int Id, string Title, string TeamName, int Total, int Done, DateTime UpdatedAt, string? LastActivity, DateTime? LastActivityAt)
{
    public double Progress => Total == 0 ? 0 : (double)Done / Total;
}

public sealed record ItemView(
    int Id, string Title, ItemStatus Status, string? StatusReason, string? Priority, string? Owner, int Depth, int Version, int SourceLine);

/// <summary>
/// Read models for the boards pages; one context per query, nothing tracked. Each reads only the
/// boards of the actor's teams: a board of another team is the same as no board.
/// </summary>
public sealed class BoardQueries(IDbContextFactory<ReadinessDbContext> dbFactory)
{
    public Task<IReadOnlyList<BoardSummary>> ListAsync(Actor actor, CancellationToken ct = default) => SummariesAsync(null, actor, ct);

    /// <summary>One board's summary, or null when it does not exist, was archived, or is not the actor's to see.</summary>
    public async Task<BoardSummary?> FindAsync(int boardId, Actor actor, CancellationToken ct = default) =>
        (await SummariesAsync(boardId, actor, ct)).SingleOrDefault();

    private async Task<IReadOnlyList<BoardSummary>> SummariesAsync(int? boardId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var boards = await db.Boards.AsNoTracking().VisibleTo(db, actor)
            .Where(b => b.ArchivedAt == null && (boardId == null || b.Id == boardId))
            .OrderBy(b => b.Title)
            .Select(b => new
            {
                b.Id,
                b.Title,
                TeamName = b.Team!.Name,
                b.UpdatedAt,
                Total = b.Items.Count(i => i.ArchivedAt == null && i.Status != ItemStatus.NotApplicable),
                Done = b.Items.Count(i => i.ArchivedAt == null && i.Status == ItemStatus.Done),
            })
            .ToListAsync(ct);

        var ids = boards.Select(b => b.Id).ToList();
        var lastActivities = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.BoardId) && a.Id == db.Activities.Where(x => x.BoardId == a.BoardId).Max(x => x.Id))
            .Select(a => new { a.BoardId, a.Summary, a.ActorName, a.OccurredAt })
            .ToDictionaryAsync(a => a.BoardId, ct);

        return boards.Select(b =>
        {
            lastActivities.TryGetValue(b.Id, out var last);
            return new BoardSummary(
                b.Id, b.Title, b.TeamName, b.Total, b.Done, Board.LastChanged(b.UpdatedAt, last?.OccurredAt),
                last is null ? null : $"{last.ActorName}: {last.Summary}", last?.OccurredAt);
        }).ToList();
    }
}
