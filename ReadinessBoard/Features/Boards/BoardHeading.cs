using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;

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
    /// see; counted in SQL. Every view's query starts here, so every view is checked here.
    /// </summary>
    public static async Task<BoardHeading?> HeadingAsync(this ReadinessDbContext db, int boardId, Actor actor, CancellationToken ct = default)
    {
        if (await db.RoleOnBoardAsync(actor, boardId, ct) is not { } role)
        {
            return null;
        }

        var heading = await db.Boards.AsNoTracking()
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
        return heading is null ? null : heading with { CanEdit = role.CanEdit() };
    }
}
