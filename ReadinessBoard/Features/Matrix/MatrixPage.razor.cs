using ReadinessBoard.Domain;
using Microsoft.AspNetCore.Components;
using ReadinessBoard.Features.Boards;

namespace ReadinessBoard.Features.Matrix;

public sealed partial class MatrixPage
{
    [Inject] private MatrixQueries Matrices { get; set; } = default!;

    protected override string StateName => "matrix";

    protected override Task<MatrixModel?> LoadAsync(Actor actor, CancellationToken ct) => Matrices.GetAsync(BoardId, actor, ct);

    /// <summary>The checklist filtered to one cell: impact and effort as they are stored on the items.</summary>
    private string CellHref(MatrixCell cell) =>
        $"boards/{BoardId}?impact={Uri.EscapeDataString(cell.Impact)}&effort={Uri.EscapeDataString(cell.Effort)}";
}
