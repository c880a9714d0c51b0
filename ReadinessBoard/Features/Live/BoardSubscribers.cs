namespace ReadinessBoard.Features.Live;

/// <summary>
/// Subscribers per board, for fan-out. Each board's list is an immutable array replaced on every
/// subscribe or unsubscribe, so publishing reads it without a lock. Each delivery runs on the
/// thread pool by itself: a slow subscriber delays no other, and a failing one is logged and skipped.
/// </summary>
public sealed class BoardSubscribers<T>(ILogger logger)
{
    private readonly Dictionary<int, Subscription[]> _boards = [];
    private readonly Lock _lock = new();

    public IDisposable Subscribe(int boardId, Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, boardId, handler);
        lock (_lock)
        {
            _boards[boardId] = _boards.TryGetValue(boardId, out var current) ? [.. current, subscription] : [subscription];
        }

        return subscription;
    }

    public int Count(int boardId)
    {
        lock (_lock)
        {
            return _boards.TryGetValue(boardId, out var current) ? current.Length : 0;
        }
    }

    /// <summary>Queues one delivery per subscriber and returns how many were queued; does not wait for them.</summary>
    public int Publish(int boardId, T payload)
    {
        Subscription[]? subscribers;
        lock (_lock)
        {
            _boards.TryGetValue(boardId, out subscribers);
        }

        if (subscribers is null)
        {
            return 0;
        }

        foreach (var subscriber in subscribers)
        {
            ThreadPool.UnsafeQueueUserWorkItem(new Delivery(subscriber, payload, logger), preferLocal: false);
        }

        return subscribers.Length;
    }

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            if (!_boards.TryGetValue(subscription.BoardId, out var current))
            {
                return;
            }

            var remaining = Array.FindAll(current, s => !ReferenceEquals(s, subscription));
            if (remaining.Length == 0)
            {
                _boards.Remove(subscription.BoardId);
            }
            else
            {
                _boards[subscription.BoardId] = remaining;
            }
        }
    }

    private sealed class Subscription(BoardSubscribers<T> owner, int boardId, Func<T, Task> handler) : IDisposable
    {
        private int _disposed;

        public int BoardId => boardId;

        public Func<T, Task> Handler => handler;

        public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }

    private sealed class Delivery(Subscription subscription, T payload, ILogger logger) : IThreadPoolWorkItem
    {
        public void Execute()
        {
            // Unsubscribed between the publish and this delivery: the component is gone.
            if (subscription.IsDisposed)
            {
                return;
            }

            try
            {
                var task = subscription.Handler(payload);
                if (!task.IsCompletedSuccessfully)
                {
                    _ = ObserveAsync(task);
                }
            }
            catch (Exception ex)
            {
                Log(ex);
            }
        }

        private async Task ObserveAsync(Task task)
        {
            try
            {
                await task;
            }
            catch (Exception ex)
            {
                Log(ex);
            }
        }

        private void Log(Exception ex) =>
            logger.LogWarning(ex, "A subscriber of board {BoardId} failed to take a change", subscription.BoardId);
    }
}
