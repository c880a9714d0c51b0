using Microsoft.AspNetCore.Components;

namespace ReadinessBoard.Features.Live;

/// <summary>
/// Keeps a page of a board live: <c>&lt;BoardLive BoardId="@BoardId" OnChange="ReloadAsync" /&gt;</c>.
/// While the page is interactive it follows the board's changes and lists this circuit among the
/// board's viewers. <see cref="OnChange"/> runs on the circuit's dispatcher, one call at a time. A
/// change that arrives during a call is passed on after it; several are folded into one
/// <see cref="BoardChangeKinds.Several"/>, which asks for a read, so none is lost.
/// </summary>
public sealed class BoardLive : ComponentBase, IDisposable
{
    [Parameter, EditorRequired] public int BoardId { get; set; }

    /// <summary>Reloads what the page shows; the page re-renders after it, like after any event.</summary>
    [Parameter] public EventCallback<BoardChange> OnChange { get; set; }

    /// <summary>
    /// Whether the page already shows a change (its own, applied as it was made, for one). Such a
    /// change is not passed on, so the page does not render again for nothing.
    /// </summary>
    [Parameter] public Func<BoardChange, bool>? Shows { get; set; }

    [Inject] private IBoardNotifier Notifier { get; set; } = default!;
    [Inject] private PresenceTracker Presence { get; set; } = default!;
    [Inject] private BoardViewer Viewer { get; set; } = default!;
    [Inject] private ILogger<BoardLive> Logger { get; set; } = default!;
    [Inject] private Accounts.CurrentActor Me { get; set; } = default!;

    private int? _followedBoard;
    private IDisposable? _subscription;
    private IDisposable? _membership;
    private bool _reloading;
    private BoardChange? _pending;
    private bool _disposed;
    private bool _catchUp;

    protected override async Task OnInitializedAsync()
    {
        // Others see this viewer by their account's name.
        if (RendererInfo.IsInteractive && await Me.GetAsync() is { IsSignedIn: true } actor)
        {
            Viewer.Name = actor.Name;
        }
    }

    protected override void OnParametersSet()
    {
        // A prerendered page has no circuit to push to and is no viewer yet; the interactive render follows.
        if (!RendererInfo.IsInteractive || _followedBoard == BoardId)
        {
            return;
        }

        Unfollow();
        _followedBoard = BoardId;
        _subscription = Notifier.Subscribe(BoardId, OnBoardChangedAsync);
        _membership = Presence.Join(BoardId, Viewer);
        Viewer.Reconnected += OnReconnectedAsync;
        _catchUp = true;
    }

    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_catchUp)
        {
            return Task.CompletedTask;
        }

        _catchUp = false;
        return ReloadAsync(new BoardChange(BoardId, BoardChangeKinds.Followed));
    }

    private Task OnBoardChangedAsync(BoardChange change) => InvokeAsync(() => ReloadAsync(change));

    private Task OnReconnectedAsync()
    {
        // Not awaited: the circuit handler that raises this must not wait for a database read.
        var change = new BoardChange(BoardId, BoardChangeKinds.Reconnected);
        _ = InvokeAsync(() => ReloadAsync(change));
        return Task.CompletedTask;
    }

    private async Task ReloadAsync(BoardChange change)
    {
        if (_disposed)
        {
            return;
        }

        if (_reloading)
        {
            _pending = _pending is null ? change : new BoardChange(BoardId, BoardChangeKinds.Several);
            return;
        }

        _reloading = true;
        try
        {
            for (BoardChange? next = change; next is not null && !_disposed; next = _pending)
            {
                _pending = null;
                if (Shows?.Invoke(next) is not true)
                {
                    await OnChange.InvokeAsync(next);
                }
            }
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Showing a change to board {BoardId} failed", BoardId);
        }
        finally
        {
            _reloading = false;
        }
    }

    private void Unfollow()
    {
        _subscription?.Dispose();
        _membership?.Dispose();
        if (_followedBoard is not null)
        {
            Viewer.Reconnected -= OnReconnectedAsync;
        }

        _subscription = null;
        _membership = null;
        _followedBoard = null;
    }

    public void Dispose()
    {
        _disposed = true;
        Unfollow();
    }
}
