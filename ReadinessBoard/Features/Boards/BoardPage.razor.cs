using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Radzen;
using ReadinessBoard.Components.Shared;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Features.Boards;

/// <summary>
/// The board's checklist: one page of items at a time, grouped under their sections, filtered by
/// the query string (<see cref="QueryNames"/>) so that a filtered view is a link.
/// </summary>
public sealed partial class BoardPage : IDisposable
{
    [Parameter] public int BoardId { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Status)] public string[]? StatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Owner)] public string? OwnerQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Priority)] public string? PriorityQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Phase)] public string? PhaseQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Text)] public string? TextQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Impact)] public string? ImpactQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Effort)] public string? EffortQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Page)] public int? PageQuery { get; set; }
    [SupplyParameterFromQuery(Name = QueryNames.Item)] public int? ItemQuery { get; set; }

    [Inject] private ChecklistQueries Checklist { get; set; } = default!;
    [Inject] private ItemStatusService StatusService { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private PersistentComponentState PageState { get; set; } = default!;
    [Inject] private ILogger<BoardPage> Logger { get; set; } = default!;
    [Inject] private CurrentActor Me { get; set; } = default!;

    // Present while the page is prerendered for a request; lets a missing board answer 404.
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private ChecklistView? _board;
    private ItemDetails? _details;
    private bool _loaded;
    private int _done;
    private int _total;
    private ChecklistFilter _filter = ChecklistFilter.None;
    private int _page = 1;
    private int? _detailsId;
    private StatusRequest? _reasonRequest;
    private readonly HashSet<int> _pending = [];
    // A refused change leaves the browser's box ticked the other way while the server's render is
    // unchanged; a new key makes Blazor rebuild that one row from the stored state.
    private readonly Dictionary<int, int> _refusals = [];
    private PersistingComponentStateSubscription _persisting;
    // Two quick changes reload twice; only the newest reload may land on screen.
    private int _loadSequence;
    // The newest read of the board, finished or not.
    private Task _load = Task.CompletedTask;

    /// <summary>A status that waits for its reason before it is set.</summary>
    private sealed record StatusRequest(ChecklistItem Item, ItemStatus Status);

    /// <summary>What the prerender hands to the interactive render.</summary>
    private sealed record Snapshot(string Query, ChecklistView? Board, ItemDetails? Details);

    protected override void OnInitialized() =>
        // The prerendered page travels to the interactive render, so the page does not flash "loading".
        _persisting = PageState.RegisterOnPersisting(() =>
        {
            PageState.PersistAsJson(StateKey, new Snapshot(QueryKey, _board, _details));
            return Task.CompletedTask;
        });

    public void Dispose() => _persisting.Dispose();

    private string StateKey => $"board-{BoardId}";

    private string QueryKey => $"{BoardId}?{new Uri(Navigation.Uri).Query}";

    protected override async Task OnParametersSetAsync()
    {
        _filter = ChecklistFilter.FromQuery(StatusQuery, OwnerQuery, PriorityQuery, PhaseQuery, TextQuery, ImpactQuery, EffortQuery);
        _page = Math.Max(1, PageQuery ?? 1);
        _detailsId = ItemQuery ?? _detailsId;
        if (PageState.TryTakeFromJson<Snapshot>(StateKey, out var restored) && restored is not null && restored.Query == QueryKey)
        {
            _board = restored.Board;
            _details = restored.Details;
            _loaded = true;
            Recount();
            return;
        }

        await LoadAsync();
        if (_board is null)
        {
            HttpContext.AnswerNotFound();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // A link to #item-42 whose item is not on this page of results opens its details instead.
        if (firstRender && RendererInfo.IsInteractive && _board is not null && _detailsId is null
            && ItemOfFragment(new Uri(Navigation.Uri).Fragment) is { } itemId && _board.Page.Items.All(i => i.Id != itemId))
        {
            await OpenDetailsAsync(itemId);
            StateHasChanged();
        }
    }

    /// <summary>
    /// Reads the board, the page of items the filter selects, and the open item's details from the
    /// database and renders them. Safe to call again at any time (after a change, or when another
    /// user changed the board); only the newest of overlapping loads lands on screen.
    /// </summary>
    public Task LoadAsync() => _load = ReadBoardAsync();

    private async Task ReadBoardAsync()
    {
        var sequence = ++_loadSequence;
        var actor = await Me.GetAsync();
        var board = await Checklist.GetAsync(BoardId, actor, _filter, _page);
        var details = board is not null && _detailsId is { } itemId ? await Checklist.GetItemAsync(BoardId, itemId, actor) : null;
        if (sequence != _loadSequence)
        {
            return;
        }

        _board = board;
        _details = details;
        _loaded = true;
        Recount();
        StateHasChanged();
    }

    /// <summary>
    /// Shows a change someone made. A read under way (after this viewer's own change, say) lands
    /// first: it may hold the change already. A status change is then applied to what the page
    /// shows, without a read, when the page can tell where it goes (<see cref="TryShowStatus"/>).
    /// Anything else reads the board again, which also checks the viewer's access anew.
    /// </summary>
    private async Task ShowChangeAsync(BoardChange change)
    {
        while (!_load.IsCompleted)
        {
            // Whoever started that read reports its failure; here only its end matters.
            await Task.WhenAny(_load);
        }

        if (!TryShowStatus(change))
        {
            await LoadAsync();
        }
    }

    /// <summary>
    /// Applies a status change to the page as it stands, when the page can tell where it goes: no
    /// status filter (which moves items in and out of the page) and no open details of that item.
    /// A change the page's read already holds is left as it is; one that crossed another on its way
    /// here only ever moves the page forward (<see cref="ChecklistView.WithStatus"/>).
    /// </summary>
    private bool TryShowStatus(BoardChange change)
    {
        if (Placeable(change) is not { } status)
        {
            return false;
        }

        var board = _board!.WithStatus(status.ItemId, status.Version, status.Revision, status.Patch);
        if (!ReferenceEquals(board, _board))
        {
            _board = board;
            Recount();
        }

        return true;
    }

    /// <summary>
    /// Whether the page shows the change already: applying it would change nothing. The ticking page
    /// applied its own tick as it made it, so that tick's notification costs it no render.
    /// </summary>
    private bool Shows(BoardChange change) =>
        _load.IsCompleted && Placeable(change) is { } status
        && _board!.Shows(status.ItemId, status.Version, status.Revision, status.Patch.SectionId);

    /// <summary>A status change the page can tell where it goes, or null (see <see cref="TryShowStatus"/>).</summary>
    private (int ItemId, int Version, long Revision, StatusPatch Patch)? Placeable(BoardChange change) =>
        change is { Status: { } patch, ItemId: { } itemId, Version: { } version, Revision: > 0 }
        && _board is not null && _filter.Statuses.Count == 0 && _detailsId != itemId
            ? (itemId, version, change.Revision, patch)
            : null;

    private async Task ReloadAfterChangeAsync()
    {
        try
        {
            // Show the stored state, whatever the outcome: the database is the truth.
            await LoadAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Reloading board {BoardId} failed", BoardId);
        }
    }

    private Task SetDoneAsync(ChecklistItem item, bool done) =>
        SetStatusAsync(item, done ? ItemStatus.Done : ItemStatus.Open, reason: null);

    private async Task ChooseStatusAsync(ChecklistItem item, ItemStatus status)
    {
        if (status.RequiresReason())
        {
            _reasonRequest = new StatusRequest(item, status);
            return;
        }

        _reasonRequest = null;
        await SetStatusAsync(item, status, reason: null);
    }

    private async Task SetStatusWithReasonAsync(string reason)
    {
        if (_reasonRequest is not { } request)
        {
            return;
        }

        _reasonRequest = null;
        await SetStatusAsync(request.Item, request.Status, reason);
    }

    private async Task SetStatusAsync(ChecklistItem item, ItemStatus status, string? reason)
    {
        _pending.Add(item.Id);
        var shown = false;
        try
        {
            var command = new SetItemStatus(item.Id, status, reason, ExpectedVersion: item.Version);
            var result = await StatusService.SetStatusAsync(command, await Me.GetAsync());
            // The change as every other viewer gets it: shown here the same way, without reading the board again.
            shown = result is { Outcome: StatusChangeOutcome.Changed, Change: { } change } && TryShowStatus(change);
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
            if (!shown)
            {
                await ReloadAfterChangeAsync();
            }
        }
        finally
        {
            // The controls stay disabled until the stored state is on screen.
            _pending.Remove(item.Id);
        }
    }

    private async Task OpenDetailsAsync(int itemId)
    {
        _detailsId = itemId;
        try
        {
            _details = await Checklist.GetItemAsync(BoardId, itemId, await Me.GetAsync());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Reading item {ItemId} failed", itemId);
            _details = null;
        }

        if (_details is null)
        {
            _detailsId = null;
            Notifications.Notify(NotificationSeverity.Warning, "Item not found", "This item is no longer on the board.", TimeSpan.FromSeconds(6));
        }
    }

    private void CloseDetails()
    {
        _detailsId = null;
        _details = null;
        if (ItemQuery is not null)
        {
            // Opened from a link: the address should stop asking for the panel.
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.Item, (int?)null), replace: true);
        }
    }

    private Task DetailsSavedAsync() => ReloadAfterChangeAsync();

    private void ApplyFilter(ChecklistFilter filter)
    {
        var query = new Dictionary<string, object?>(filter.ToQuery())
        {
            [QueryNames.Page] = null,
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query));
    }

    private string PageUri(int page) =>
        Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [QueryNames.Page] = page == 1 ? null : page,
            [QueryNames.Item] = null,
        });

    private void Recount()
    {
        _done = _board?.Done ?? 0;
        _total = _board?.Total ?? 0;
    }

    /// <summary>The items of the page in runs of one section, each run with the headings above it not yet shown.</summary>
    private List<ItemRun> Runs()
    {
        var runs = new List<ItemRun>();
        if (_board is null)
        {
            return runs;
        }

        var shown = new HashSet<int?>();
        foreach (var item in _board.Page.Items)
        {
            if (runs.Count > 0 && runs[^1].Section.Id == item.SectionId)
            {
                runs[^1].Items.Add(item);
                continue;
            }

            var section = _board.Section(item.SectionId) ?? new ChecklistSection(item.SectionId, null, "General", 0, 0, 0, 0);
            var headings = new List<ChecklistSection>();
            for (var parent = _board.ParentOf(section); parent is not null && shown.Add(parent.Id); parent = _board.ParentOf(parent))
            {
                headings.Insert(0, parent);
            }

            shown.Add(section.Id);
            runs.Add(new ItemRun(headings, section, [item]));
        }

        return runs;
    }

    private sealed record ItemRun(List<ChecklistSection> Headings, ChecklistSection Section, List<ChecklistItem> Items);

    private string ResultText()
    {
        var page = _board!.Page;
        var shown = page.Count > 1 ? $" · showing {page.First:N0}–{page.Last:N0}" : "";
        return _filter.IsEmpty
            ? $"{page.Matching:N0} {(page.Matching == 1 ? "item" : "items")}{shown}"
            : $"{page.Matching:N0} of {_board.ItemCount:N0} items match{shown}";
    }

    private static int? ItemOfFragment(string fragment) =>
        fragment.StartsWith("#item-", StringComparison.Ordinal) && int.TryParse(fragment.AsSpan(6), out var id) ? id : null;

    private string RowKey(ChecklistItem item) => $"{item.Id}:{_refusals.GetValueOrDefault(item.Id)}";

    // Read at each render: a page left open past midnight shows what became overdue.
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    private static string SectionId(ChecklistSection section) => section.Id is { } id ? $"section-{id}" : "section-general";
}
