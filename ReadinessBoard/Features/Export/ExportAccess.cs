using System.Security.Claims;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// Who may export a board: the one place the export endpoint asks. Until accounts exist every
/// browser is a guest and may read every board; with accounts, only members of the board's team may.
/// </summary>
public class ExportAccess
{
    public virtual Task<bool> CanExportAsync(ClaimsPrincipal user, int boardId, CancellationToken ct = default) => Task.FromResult(true);
}
