using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Boards;

/// <summary>What every board view shows at its top: the board, its team and how far it is.</summary>
public sealed record BoardHeading(int Id, string Title, string TeamName, int Done, int Total, DateOnly? PlanStartDate = null);

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
    /// <summary>The heading of a board, or null when it does not exist or was archived; counted in SQL.</summary>
    public static Task<BoardHeading?> HeadingAsync(this ReadinessDbContext db, int boardId, CancellationToken ct = default) =>
        db.Boards.AsNoTracking()
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new BoardHeading(
                b.Id,
                b.Title,
                b.Team!.Name,
                b.Items.Count(i => i.ArchivedAt == null && i.Status == ItemStatus.Done),
                b.Items.Count(i => i.ArchivedAt == null && i.Status != ItemStatus.NotApplicable),
                b.PlanStartDate))
            .SingleOrDefaultAsync(ct);
}
