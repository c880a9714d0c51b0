using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Features.Boards;

/// <summary>
/// What every board view shows at its top: the board, its team and how far it is; <see cref="CanEdit"/>:
/// whether the reader may change the board.
/// </summary>
public sealed record BoardHeading(int Id, string Title, string TeamName, int Done, int Total, DateOnly? PlanStartDate = null, bool CanEdit = false);

/// <summary>The views of a board, in the order of its tabs.</summary>
public enum BoardView
{
    Checklist,
    Overview,
    Matrix,
    Kpis,
    Costs,
    Plan,
    Activity,
    Document,
}

public static class BoardHeadingQuery
{
    /// <summary>
    /// The heading of a board, or null when it does not exist, was archived, or is not the actor's to
    /// see; counted in SQL. Every view's query starts here (or at <see cref="ReadSharedAsync"/>), so
    /// every view is checked here.
    /// </summary>
    public static async Task<BoardHeading?> HeadingAsync(this ReadinessDbContext db, int boardId, Actor actor, CancellationToken ct = default)
    {
        if (await db.RoleOnBoardAsync(actor, boardId, ct) is not { } role)
        {
            return null;
        }

        return await db.ReadHeadingAsync(boardId, ct) is { } heading ? heading with { CanEdit = role.CanEdit() } : null;
    }

    // The heading as every viewer sees it, whoever asks: the callers check access first.
    private static Task<BoardHeading?> ReadHeadingAsync(this ReadinessDbContext db, int boardId, CancellationToken ct) =>
        db.Boards.AsNoTracking()
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new BoardHeading(
                b.Id,
                b.Title,
                b.Team!.Name,
                b.Items.Count(i => i.ArchivedAt == null && i.Status == ItemStatus.Done),
                b.Items.Count(i => i.ArchivedAt == null && i.Status != ItemStatus.NotApplicable),
                b.PlanStartDate,
                false))
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// A board view's model for the actor, or null when they may not see the board. The actor's access
    /// is checked first; the model is then read once per board, revision and <paramref name="query"/>
    /// (which must compare by value) and shared by everyone who asks meanwhile (<see cref="BoardReadCache"/>).
    /// <paramref name="read"/> gets a context and the board's heading, and reads what every viewer sees
    /// alike; <paramref name="withBoard"/> puts the actor's own heading (their <see cref="BoardHeading.CanEdit"/>) in a copy.
    /// </summary>
    public static async Task<T?> ReadSharedAsync<T>(
        this BoardReadCache reads, IDbContextFactory<ReadinessDbContext> dbFactory, int boardId, Actor actor, object query,
        Func<ReadinessDbContext, BoardHeading, CancellationToken, Task<T>> read, Func<T, BoardHeading, T> withBoard,
        CancellationToken ct = default)
        where T : class
    {
        if (await dbFactory.RoleAndRevisionAsync(boardId, actor, ct) is not { } access)
        {
            return null;
        }

        var (role, revision) = access;
        var shared = await reads.GetOrReadAsync(boardId, revision, query, async readCt =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(readCt);
            return await db.ReadHeadingAsync(boardId, readCt) is { } heading
                ? new SharedView<T>(heading, await read(db, heading, readCt))
                : null;
        }, ct);
        return shared is null ? null : withBoard(shared.Model, shared.Board with { CanEdit = role.CanEdit() });
    }

    /// <summary>
    /// The actor's role on the board and the board's revision, read in that order (a read shared at that
    /// revision is at least as new as what the actor may see); null when the actor may not see the board.
    /// </summary>
    public static async Task<(TeamRole Role, long Revision)?> RoleAndRevisionAsync(
        this IDbContextFactory<ReadinessDbContext> dbFactory, int boardId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RoleOnBoardAsync(actor, boardId, ct) is { } role ? (role, await db.RevisionAsync(boardId, ct)) : null;
    }

    private sealed record SharedView<T>(BoardHeading Board, T Model);
}
