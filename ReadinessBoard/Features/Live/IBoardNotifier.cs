namespace ReadinessBoard.Features.Live;

/// <summary>
/// Tells every circuit that shows a board that it changed. A change is published only after its
/// write has committed, so a subscriber that reloads always reads it.
/// </summary>
public interface IBoardNotifier
{
    /// <summary>
    /// Hands the change to every subscriber of its board. Never throws for a subscriber's failure and
    /// never waits for a subscriber: the write is already stored and must not be reported as failed.
    /// </summary>
    Task PublishAsync(BoardChange change, CancellationToken ct = default);

    /// <summary>Calls <paramref name="handler"/> for each change to the board until the result is disposed.</summary>
    IDisposable Subscribe(int boardId, Func<BoardChange, Task> handler);
}
