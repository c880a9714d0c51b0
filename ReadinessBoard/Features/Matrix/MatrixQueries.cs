using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Features.Matrix;

public sealed record MatrixChip(int Id, string Title, ItemStatus Status);

public sealed record MatrixCell(string Impact, string Effort, IReadOnlyList<MatrixChip> Items)
{
    public int Done => Items.Count(i => i.Status == ItemStatus.Done);

    /// <summary>High impact for low effort: the cell to start with.</summary>
    public bool IsQuickWin => Levels.IsHigh(Impact) && Levels.IsLow(Effort);
}

public sealed record MatrixRow(string Impact, IReadOnlyList<MatrixCell> Cells);

/// <summary>The matrix of a board, ready to show: rows and cells in order, and what could not be placed.</summary>
public sealed record MatrixModel(BoardHeading Board, IReadOnlyList<string> Efforts, IReadOnlyList<MatrixRow> Rows, int Placed, int Done, int Unplaced);

/// <summary>Reads the items that have an impact and an effort, and places them with <see cref="MatrixRollup"/>.</summary>
public sealed class MatrixQueries(IDbContextFactory<ReadinessDbContext> dbFactory, BoardReadCache reads)
{
    public Task<MatrixModel?> GetAsync(int boardId, Actor actor, CancellationToken ct = default) =>
        reads.ReadSharedAsync(
            dbFactory, boardId, actor, nameof(MatrixModel), (db, board, readCt) => ReadAsync(db, boardId, board, readCt),
            (model, board) => model with { Board = board }, ct);

    // What every viewer of the board sees alike (BoardHeadingQuery.ReadSharedAsync).
    private static async Task<MatrixModel> ReadAsync(ReadinessDbContext db, int boardId, BoardHeading board, CancellationToken ct)
    {
        var items = await db.Items.AsNoTracking()
            .Where(i => i.BoardId == boardId && i.ArchivedAt == null && i.Impact != null && i.Effort != null)
            .OrderBy(i => i.Position)
            .Select(i => new { Chip = new MatrixChip(i.Id, i.Title, i.Status), i.Impact, i.Effort })
            .ToListAsync(ct);
        var unplaced = await db.Items.CountAsync(i => i.BoardId == boardId && i.ArchivedAt == null && (i.Impact == null || i.Effort == null), ct);

        var matrix = MatrixRollup.Build(items, i => i.Impact, i => i.Effort);
        var rows = matrix.Impacts
            .Select(impact => new MatrixRow(impact, matrix.Efforts
                .Select(effort => new MatrixCell(impact, effort, matrix.At(impact, effort).Select(i => i.Chip).ToList()))
                .ToList()))
            .ToList();
        return new MatrixModel(board, matrix.Efforts, rows, matrix.Placed, items.Count(i => i.Chip.Status == ItemStatus.Done), unplaced);
    }
}
