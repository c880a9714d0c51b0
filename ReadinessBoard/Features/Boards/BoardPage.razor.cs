using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Radzen;
using ReadinessBoard.Components.Shared;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Checklist;

namespace ReadinessBoard.Features.Boards;

public sealed partial class BoardPage : IDisposable
{
    [Parameter] public int BoardId { get; set; }

    [Inject] private BoardQueries Boards { get; set; } = default!;
    [Inject] private ItemStatusService StatusService { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private PersistentComponentState PageState { get; set; } = default!;
    [Inject] private ILogger<BoardPage> Logger { get; set; } = default!;
    [Inject] private CurrentActor Me { get; set; } = default!;

    // Present while the page is prerendered for a request; lets a missing board answer 404.
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private BoardDetail? _board;
    private bool _loaded;
    private int _done;
    private int _total;
    private readonly HashSet<int> _pending = [];
    // A refused change leaves the browser's box ticked the other way while the server's render is
    // unchanged; a new key makes Blazor rebuild that one row from the stored state.
    private readonly Dictionary<int, int> _refusals = [];
    private PersistingComponentStateSubscription _persisting;
    // Two quick ticks reload twice; only the newest reload may land on screen.
    private int _loadSequence;

    protected override void OnInitialized() =>
        // The prerendered board travels to the interactive render, so the page does not flash "loading".
        _persisting = PageState.RegisterOnPersisting(() =>
        {
            PageState.PersistAsJson(StateKey, _board);
            return Task.CompletedTask;
        });

    public void Dispose() => _persisting.Dispose();

    private string StateKey => $"board-{BoardId}";

    protected override async Task OnParametersSetAsync()
    {
        _board = PageState.TryTakeFromJson<BoardDetail>(StateKey, out var restored) && restored is not null
            ? restored
            : await Boards.GetAsync(BoardId, await Me.GetAsync());
        _loaded = true;
        if (_board is null)
        {
            HttpContext.AnswerNotFound();
        }

        Recount();
    }

    private async Task SetDoneAsync(ItemView item, bool done)
    {
        _pending.Add(item.Id);
        try
        {
            var command = new SetItemStatus(item.Id, done ? ItemStatus.Done : ItemStatus.Open, ExpectedVersion: item.Version);
            var result = await StatusService.SetStatusAsync(command, await Me.GetAsync());
            switch (result.Outcome)
            {
                case StatusChangeOutcome.Conflict:
                    _refusals[item.Id] = _refusals.GetValueOrDefault(item.Id) + 1;
                    Notifications.Notify(NotificationSeverity.Warning, "Someone changed this item a moment ago",
                        $"\"{item.Title}\" is now {result.Item!.Status.DisplayName().ToLowerInvariant()}. Your change was not applied.", TimeSpan.FromSeconds(6));
                    break;
                case StatusChangeOutcome.Forbidden:
                    _refusals[item.Id] = _refusals.GetValueOrDefault(item.Id) + 1;
                    Notifications.Notify(NotificationSeverity.Warning, "You can view this board but not change it",
                        "Ask an Owner of its team for the Editor role.", TimeSpan.FromSeconds(6));
                    break;
                case StatusChangeOutcome.NotFound:
                    Notifications.Notify(NotificationSeverity.Error, "Item not found",
                        "This item no longer exists on the board.", TimeSpan.FromSeconds(6));
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Setting the status of item {ItemId} failed", item.Id);
            _refusals[item.Id] = _refusals.GetValueOrDefault(item.Id) + 1;
            Notifications.Notify(NotificationSeverity.Error, "Your change was not saved",
                "ReadinessBoard could not save it just now. The board shows what is stored; try again in a moment.", TimeSpan.FromSeconds(8));
        }

        try
        {
            // Show the stored state, whatever the outcome: the database is the truth.
            var sequence = ++_loadSequence;
            var board = await Boards.GetAsync(BoardId, await Me.GetAsync());
            if (sequence == _loadSequence)
            {
                _board = board;
                Recount();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Reloading board {BoardId} failed", BoardId);
        }
        finally
        {
            // The box stays disabled until the stored state is on screen.
            _pending.Remove(item.Id);
        }
    }

    private void Recount()
    {
        var counted = _board?.AllItems.Where(i => i.Status.CountsTowardProgress()).ToList() ?? [];
        _total = counted.Count;
        _done = counted.Count(i => i.Status == ItemStatus.Done);
    }

    private string RowKey(ItemView item) => $"{item.Id}:{_refusals.GetValueOrDefault(item.Id)}";

    private static string SectionId(SectionView section) => section.Id is { } id ? $"section-{id}" : "section-general";

    private static BadgeStyle BadgeStyleOf(ItemStatus status) => status switch
    {
        ItemStatus.InProgress => BadgeStyle.Info,
        ItemStatus.Blocked => BadgeStyle.Danger,
        ItemStatus.NotApplicable => BadgeStyle.Base,
        _ => BadgeStyle.Light,
    };
}
