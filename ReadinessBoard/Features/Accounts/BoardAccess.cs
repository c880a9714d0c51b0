using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Accounts;

/// <summary>
/// Who may read and change which board: the members of the board's team, by their role. Every
/// service that reads or writes a board asks here, whether the request came over HTTP, the live
/// connection or the command line; pages only use the answer to hide what would be refused anyway.
/// </summary>
public static class BoardAccess
{
    /// <summary>The boards the actor may read: those of their teams (all of them for the app itself).</summary>
    public static IQueryable<Board> VisibleTo(this IQueryable<Board> boards, ReadinessDbContext db, Actor actor) =>
        actor.IsSystem ? boards
        : actor.Id is not { } userId ? boards.Where(_ => false)
        : boards.Where(b => db.TeamMembers.Any(m => m.TeamId == b.TeamId && m.UserId == userId));

    /// <summary>The teams the actor belongs to with at least the given role.</summary>
    public static IQueryable<Team> TeamsOf(this ReadinessDbContext db, Actor actor, TeamRole least = TeamRole.Viewer) =>
        actor.IsSystem ? db.Teams
        : actor.Id is not { } userId ? db.Teams.Where(_ => false)
        : db.Teams.Where(t => db.TeamMembers.Any(m => m.TeamId == t.Id && m.UserId == userId && m.Role >= least));

    /// <summary>The actor's role on a board that exists and is not archived; null when they may not see it.</summary>
    public static async Task<TeamRole?> RoleOnBoardAsync(this ReadinessDbContext db, Actor actor, int boardId, CancellationToken ct = default)
    {
        if (actor.IsSystem)
        {
            return await db.Boards.AnyAsync(b => b.Id == boardId && b.ArchivedAt == null, ct) ? TeamRole.Owner : null;
        }

        if (actor.Id is not { } userId)
        {
            return null;
        }

        var roles = await db.Boards.AsNoTracking()
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .SelectMany(b => db.TeamMembers.Where(m => m.TeamId == b.TeamId && m.UserId == userId).Select(m => m.Role))
            .ToListAsync(ct);
        return roles.Count == 0 ? null : roles.Max();
    }

    /// <summary>
    /// <see cref="RoleOnBoardAsync"/>'s rule as a SQL expression, for the one statement written by hand
    /// (a status change, the app's hottest write): the actor's role, as its number, on the board whose
    /// id is <paramref name="boardId"/> (a column or a parameter), or NULL when they may not see it. A
    /// member's user id is bound as <paramref name="userParameter"/>. The authorization tests run every
    /// role against the status change, so this rule and the query's are held to the same answers.
    /// </summary>
    public static string RoleOnBoardSql(Actor actor, string boardId, string userParameter) =>
        actor.IsSystem
            ? $"(SELECT {(int)TeamRole.Owner} FROM Boards AS b WHERE b.Id = {boardId} AND b.ArchivedAt IS NULL)"
            : actor.Id is null
                ? "NULL"
                : $"""
                  (SELECT MAX(m.Role) FROM Boards AS b JOIN TeamMembers AS m ON m.TeamId = b.TeamId
                   WHERE b.Id = {boardId} AND b.ArchivedAt IS NULL AND m.UserId = {userParameter})
                  """;

    private sealed record ItemAndMemberRole(Item Item, TeamRole? Role);

    // The rule above for a member, read with the item in one statement, the first step of an item
    // edit. Compiled once. (A status change reads the same in SQL: RoleOnBoardSql.)
    private static readonly Func<ReadinessDbContext, int, string, Task<ItemAndMemberRole?>> s_itemAndMemberRole = EF.CompileAsyncQuery(
        (ReadinessDbContext db, int itemId, string userId) => db.Items
            .Where(i => i.Id == itemId && i.ArchivedAt == null)
            .Select(i => new ItemAndMemberRole(
                i,
                db.Boards
                    .Where(b => b.Id == i.BoardId && b.ArchivedAt == null)
                    .SelectMany(b => db.TeamMembers.Where(m => m.TeamId == b.TeamId && m.UserId == userId))
                    .Max(m => (TeamRole?)m.Role)))
            .SingleOrDefault());

    /// <summary>
    /// An item that is not archived, tracked for a change, with the actor's role on its board
    /// (<see cref="RoleOnBoardAsync"/>); the item is null when there is none, the role when the actor
    /// may not see its board.
    /// </summary>
    public static async Task<(Item? Item, TeamRole? Role)> ItemAndRoleAsync(this ReadinessDbContext db, Actor actor, int itemId, CancellationToken ct = default)
    {
        if (actor.IsSystem)
        {
            var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId && i.ArchivedAt == null, ct);
            return (item, item is null ? null : await db.RoleOnBoardAsync(actor, item.BoardId, ct));
        }

        return actor.Id is { } userId && await s_itemAndMemberRole(db, itemId, userId) is { } found
            ? (found.Item, found.Role)
            : (null, null);
    }

    /// <summary>The actor's role in a team; null when they are not a member.</summary>
    public static async Task<TeamRole?> RoleInTeamAsync(this ReadinessDbContext db, Actor actor, int teamId, CancellationToken ct = default)
    {
        if (actor.IsSystem)
        {
            return await db.Teams.AnyAsync(t => t.Id == teamId, ct) ? TeamRole.Owner : null;
        }

        var roles = await db.TeamMembers.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.UserId != null && m.UserId == actor.Id)
            .Select(m => m.Role)
            .ToListAsync(ct);
        return roles.Count == 0 ? null : roles.Max();
    }

    /// <summary>
    /// Refuses unless the actor holds at least <paramref name="least"/> on the board. A board the actor
    /// may not read is reported as not found, so its existence is not revealed either.
    /// </summary>
    public static async Task DemandAsync(this ReadinessDbContext db, Actor actor, int boardId, TeamRole least, CancellationToken ct = default)
    {
        var role = await db.RoleOnBoardAsync(actor, boardId, ct);
        if (role is null)
        {
            throw new BoardAccessDeniedException(boardId, visible: false);
        }

        if (role < least)
        {
            throw new BoardAccessDeniedException(boardId, visible: true);
        }
    }
}

/// <summary>A read or a change the actor may not make; the message says why, in words for the person.</summary>
public class AccessDeniedException(string message) : Exception(message);

/// <summary>A read or a change of a board the actor may not make. <see cref="Visible"/>: they may at least read it.</summary>
public sealed class BoardAccessDeniedException(int boardId, bool visible) : AccessDeniedException(
    visible
        ? "You can view this board but not change it. Ask an Owner of its team for the Editor role."
        : $"Board {boardId} does not exist, or you are not a member of its team.")
{
    public int BoardId { get; } = boardId;

    public bool Visible { get; } = visible;
}
