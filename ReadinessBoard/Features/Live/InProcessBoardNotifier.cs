namespace ReadinessBoard.Features.Live;

/// <summary>
/// Fan-out inside this process: enough while one app instance serves every circuit. With several
/// instances, a backplane implements <see cref="IBoardNotifier"/> instead (docs/architecture.md).
/// </summary>
public sealed class InProcessBoardNotifier(ILogger<InProcessBoardNotifier> logger) : IBoardNotifier
{
    private readonly BoardSubscribers<BoardChange> _subscribers = new(logger);

    public Task PublishAsync(BoardChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        _subscribers.Publish(change.BoardId, change);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(int boardId, Func<BoardChange, Task> handler) => _subscribers.Subscribe(boardId, handler);

    /// <summary>How many circuits follow the board, for tests and diagnostics.</summary>
    public int SubscriberCount(int boardId) => _subscribers.Count(boardId);
}
