namespace ReadinessBoard.Features.Live;

/// <summary>
/// Who is viewing which board now. A circuit joins a board while a page of the board is on its
/// screen and leaves when the page goes or the circuit closes; while its connection is down it is
/// not listed. Subscribers of a board hear of every change to its list.
/// </summary>
public sealed class PresenceTracker(ILogger<PresenceTracker> logger)
{
    // Per board: each viewer and how many components of its circuit hold it there.
    private readonly Dictionary<int, Dictionary<BoardViewer, int>> _boards = [];
    private readonly Lock _lock = new();
    private readonly BoardSubscribers<int> _watchers = new(logger);
    private int _lastGuest;

    /// <summary>A new circuit's viewer: "Guest 1", "Guest 2", … in the order circuits start.</summary>
    public BoardViewer NewGuest() => new(() => Interlocked.Increment(ref _lastGuest));

    /// <summary>Lists the viewer on the board until the result is disposed.</summary>
    public IDisposable Join(int boardId, BoardViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        lock (_lock)
        {
            if (!_boards.TryGetValue(boardId, out var viewers))
            {
                _boards[boardId] = viewers = [];
            }

            viewers[viewer] = viewers.GetValueOrDefault(viewer) + 1;
        }

        _watchers.Publish(boardId, boardId);
        return new Membership(this, boardId, viewer);
    }

    /// <summary>The connected viewers of a board, in the order they arrived.</summary>
    public IReadOnlyList<PresentViewer> ViewersOf(int boardId)
    {
        lock (_lock)
        {
            return _boards.TryGetValue(boardId, out var viewers)
                ? viewers.Keys.Where(v => v.IsConnected).OrderBy(v => v.Number).Select(v => new PresentViewer(v.Number, v.Name)).ToList()
                : [];
        }
    }

    /// <summary>Calls <paramref name="handler"/> whenever the board's list of viewers changes.</summary>
    public IDisposable Watch(int boardId, Func<Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return _watchers.Subscribe(boardId, _ => handler());
    }

    /// <summary>The viewer's connection went down or came back: hide or show it everywhere it is.</summary>
    public void SetConnected(BoardViewer viewer, bool connected)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        List<int> boards;
        lock (_lock)
        {
            if (viewer.IsConnected == connected)
            {
                return;
            }

            viewer.IsConnected = connected;
            boards = BoardsOf(viewer);
        }

        boards.ForEach(b => _watchers.Publish(b, b));
    }

    /// <summary>The circuit closed: the viewer leaves every board at once.</summary>
    public void Leave(BoardViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        List<int> boards;
        lock (_lock)
        {
            boards = BoardsOf(viewer);
            foreach (var board in boards)
            {
                RemoveLocked(board, viewer, all: true);
            }
        }

        boards.ForEach(b => _watchers.Publish(b, b));
    }

    private List<int> BoardsOf(BoardViewer viewer) =>
        _boards.Where(b => b.Value.ContainsKey(viewer)).Select(b => b.Key).ToList();

    private void Release(int boardId, BoardViewer viewer)
    {
        bool changed;
        lock (_lock)
        {
            changed = RemoveLocked(boardId, viewer, all: false);
        }

        if (changed)
        {
            _watchers.Publish(boardId, boardId);
        }
    }

    private bool RemoveLocked(int boardId, BoardViewer viewer, bool all)
    {
        if (!_boards.TryGetValue(boardId, out var viewers) || !viewers.TryGetValue(viewer, out var holds))
        {
            return false;
        }

        if (!all && holds > 1)
        {
            viewers[viewer] = holds - 1;
            return false;
        }

        viewers.Remove(viewer);
        if (viewers.Count == 0)
        {
            _boards.Remove(boardId);
        }

        return true;
    }

    private sealed class Membership(PresenceTracker tracker, int boardId, BoardViewer viewer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                tracker.Release(boardId, viewer);
            }
        }
    }
}
