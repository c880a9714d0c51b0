using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using ReadinessBoard.Components.Shared;

namespace ReadinessBoard.Features.Document;

public sealed partial class DocumentPage : IDisposable
{
    [Parameter] public int BoardId { get; set; }

    [Inject] private DocumentQueries Documents { get; set; } = default!;
    [Inject] private Accounts.CurrentActor Me { get; set; } = default!;
    [Inject] private PersistentComponentState PageState { get; set; } = default!;

    // Present while the page is prerendered for a request; lets a missing board answer 404.
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private DocumentSource? _document;
    private MarkupString? _html;
    private bool _loaded;
    private PersistingComponentStateSubscription _persisting;

    protected override void OnInitialized() =>
        // The prerendered source travels to the interactive render, so the page does not flash "loading".
        _persisting = PageState.RegisterOnPersisting(() =>
        {
            PageState.PersistAsJson(StateKey, _document);
            return Task.CompletedTask;
        });

    public void Dispose() => _persisting.Dispose();

    private string StateKey => $"document-{BoardId}";

    private string BoardHref => $"boards/{BoardId}";

    protected override async Task OnParametersSetAsync()
    {
        _document = PageState.TryTakeFromJson<DocumentSource>(StateKey, out var restored) && restored is not null
            ? restored
            : await Documents.GetAsync(BoardId, await Me.GetAsync());
        _loaded = true;
        if (_document is null)
        {
            HttpContext.AnswerNotFound();
        }

        Render();
    }

    /// <summary>A newer version of the document was imported (BoardLive): show it. Ticks do not change the source.</summary>
    private async Task ReloadAsync(Live.BoardChange change)
    {
        if (change.Kind == Domain.ActivityKinds.ItemStatus)
        {
            return;
        }

        _document = await Documents.GetAsync(BoardId, await Me.GetAsync());
        Render();
    }

    // Rendered here, once per load, not on every render of the page.
    private void Render() =>
        _html = string.IsNullOrWhiteSpace(_document?.SourceMarkdown)
            ? null
            // The text as it was meant: characters garbled by a wrong encoding are shown repaired, as the board reads them.
            : new MarkupString(SafeMarkdownRenderer.Render(Import.MojibakeRepair.Repair(_document.SourceMarkdown).Text));
}
