using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using ReadinessBoard.Components.Shared;

namespace ReadinessBoard.Features.Boards;

/// <summary>
/// A read-only view of one board: loads its model through a query service, answers 404 for a missing
/// board while prerendering, and hands the prerendered model to the interactive render through
/// <see cref="PersistentComponentState"/> so the page does not flash "loading" when the circuit connects.
/// </summary>
public abstract class BoardViewPage<TModel> : ComponentBase, IDisposable
    where TModel : class
{
    private PersistingComponentStateSubscription _persisting;

    [Parameter] public int BoardId { get; set; }

    [Inject] private PersistentComponentState PageState { get; set; } = default!;
    [Inject] private Accounts.CurrentActor Me { get; set; } = default!;

    // Present while the page is prerendered for a request; lets a missing board answer 404.
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    protected TModel? Model { get; private set; }

    protected bool Loaded { get; private set; }

    /// <summary>The key the model travels under from the prerender to the interactive render.</summary>
    protected abstract string StateName { get; }

    /// <summary>Reads the model as the actor may see it; null when the board is not there for them.</summary>
    protected abstract Task<TModel?> LoadAsync(Domain.Actor actor, CancellationToken ct);

    /// <summary>The person the page is for.</summary>
    protected Task<Domain.Actor> ActorAsync() => Me.GetAsync();

    private string StateKey => $"{StateName}-{BoardId}";

    protected string BoardHref => $"boards/{BoardId}";

    protected override void OnInitialized() =>
        _persisting = PageState.RegisterOnPersisting(() =>
        {
            PageState.PersistAsJson(StateKey, Model);
            return Task.CompletedTask;
        });

    protected override async Task OnParametersSetAsync()
    {
        Model = PageState.TryTakeFromJson<TModel>(StateKey, out var restored) && restored is not null
            ? restored
            : await LoadAsync(await Me.GetAsync(), CancellationToken.None);
        Loaded = true;
        if (Model is null)
        {
            HttpContext.AnswerNotFound();
        }
    }

    /// <summary>Reads the board again, after a change made on this page.</summary>
    protected async Task ReloadAsync() => Model = await LoadAsync(await Me.GetAsync(), CancellationToken.None);

    /// <summary>Reads the board again when anyone changes it; the page renders after, as after any event.</summary>
    protected Task ReloadLiveAsync(Live.BoardChange change) => ReloadAsync();

    public void Dispose()
    {
        _persisting.Dispose();
        GC.SuppressFinalize(this);
    }
}
