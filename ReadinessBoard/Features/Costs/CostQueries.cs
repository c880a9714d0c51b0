using ReadinessBoard.Domain;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Features.Costs;

public sealed record CostModel(BoardHeading Board, CostSummary Summary);

/// <summary>Reads a board's cost rows and the items they may pay for, and sums them with <see cref="CostRollup"/>.</summary>
public sealed class CostQueries(IDbContextFactory<ReadinessDbContext> dbFactory, BoardReadCache reads)
{
    public Task<CostModel?> GetAsync(int boardId, Actor actor, CancellationToken ct = default) =>
        reads.ReadSharedAsync(
            dbFactory, boardId, actor, nameof(CostModel), (db, board, readCt) => ReadAsync(db, boardId, board, readCt),
            (model, board) => model with { Board = board }, ct);

    // What every viewer of the board sees alike (BoardHeadingQuery.ReadSharedAsync).
    private static async Task<CostModel> ReadAsync(ReadinessDbContext db, int boardId, BoardHeading board, CancellationToken ct)
    {
        var lines = await db.CostLines.AsNoTracking()
            .Where(c => c.BoardId == boardId)
            .OrderBy(c => c.Position)
            .Select(c => new CostLineFacts(c.Id, c.Name, c.TableName, c.IsTotal,
                c.Amounts.OrderBy(a => a.Id).Select(a => new CostAmountFacts(a.Column, a.Min, a.Max, a.Period)).ToList()))
            .ToListAsync(ct);
        var items = lines.Count == 0
            ? []
            : await db.Items.AsNoTracking()
                .Where(i => i.BoardId == boardId && i.ArchivedAt == null)
                .OrderBy(i => i.Position)
                .Select(i => new CostItem(i.Id, i.Title, i.Status))
                .ToListAsync(ct);
        return new CostModel(board, CostRollup.Summarize(lines, items));
    }
}
