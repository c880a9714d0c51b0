using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Features.Accounts;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// Who may export a board over HTTP: the one place the export endpoint asks. Any member of the board's
/// team may (Viewers included: an export only reads); anyone else, signed out included, may not.
/// </summary>
public class ExportAccess(IDbContextFactory<ReadinessDbContext> dbFactory)
{
    public virtual async Task<bool> CanExportAsync(ClaimsPrincipal user, int boardId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RoleOnBoardAsync(CurrentActor.Of(user), boardId, ct) is not null;
    }
}
