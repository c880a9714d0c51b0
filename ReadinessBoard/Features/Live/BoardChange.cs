using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Live;

/// <summary>
/// Something on a board changed and is already stored. <see cref="Kind"/> is an
/// <see cref="ActivityKinds"/> value (or one of <see cref="BoardChangeKinds"/>); a viewer reloads what it shows.
/// </summary>
public sealed record BoardChange(int BoardId, string Kind, int? ItemId = null, int? Version = null, string? ActorName = null);

public static class BoardChangeKinds
{
    /// <summary>
    /// The page has just begun to follow the board. What it shows was read before (while it was
    /// prerendered); a change stored in between reached no one, so reload once.
    /// </summary>
    public const string Followed = "live.followed";

    /// <summary>The circuit's connection came back: changes may have been missed, so reload.</summary>
    public const string Reconnected = "live.reconnected";
}
