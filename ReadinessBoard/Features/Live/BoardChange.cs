using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Live;

/// <summary>
/// Something on a board changed and is already stored. <see cref="Kind"/> is an
/// <see cref="ActivityKinds"/> value (or one of <see cref="BoardChangeKinds"/>); a viewer reloads what it shows.
/// <see cref="Revision"/> is the board's revision the change made (<see cref="BoardRevisions"/>), 0 when not known.
/// A status change carries what it changed (<see cref="Status"/>), so a viewer can show it without reading the board.
/// </summary>
public sealed record BoardChange(
    int BoardId, string Kind, int? ItemId = null, int? Version = null, string? ActorName = null, long Revision = 0, StatusPatch? Status = null);

/// <summary>
/// An item's new status and what it did to the counts, as they stood just after the change: enough for
/// a page that shows the item, or only the board's progress, to update without a read. Counts follow
/// the checklist's: <c>Done</c> counts done items, <c>Counted</c> every item but the not applicable ones.
/// They are counted in the change's own transaction, so they stand exactly at the change's
/// <see cref="BoardChange.Revision"/>: two changes made at once may reach a page in either order, and
/// only the counts of the newer may replace the ones it shows.
/// </summary>
public sealed record StatusPatch(
    ItemStatus Status, string? StatusReason, int? SectionId, int BoardDone, int BoardCounted, int SectionDone, int SectionCounted);

public static class BoardChangeKinds
{
    /// <summary>
    /// The page has just begun to follow the board. What it shows was read before (while it was
    /// prerendered); a change stored in between reached no one, so reload once.
    /// </summary>
    public const string Followed = "live.followed";

    /// <summary>The circuit's connection came back: changes may have been missed, so reload.</summary>
    public const string Reconnected = "live.reconnected";

    /// <summary>
    /// More than one change arrived while the page was showing another: read the board again, which
    /// holds them all, rather than apply each.
    /// </summary>
    public const string Several = "live.several";

    /// <summary>Who belongs to the board's team, or in what role, changed: a viewer's access is checked again.</summary>
    public const string Members = "team.members";
}
