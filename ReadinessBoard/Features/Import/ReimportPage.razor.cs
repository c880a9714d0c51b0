using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using ReadinessBoard.Components.Shared;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;

namespace ReadinessBoard.Features.Import;

public sealed partial class ReimportPage
{
    [Parameter] public int BoardId { get; set; }

    [Inject] private BoardQueries Boards { get; set; } = default!;
    [Inject] private BoardReimportService Reimport { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<ReimportPage> Logger { get; set; } = default!;
    [Inject] private Accounts.CurrentActor Me { get; set; } = default!;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private BoardSummary? _board;
    private bool _loaded;
    private PreparedImport? _prepared;
    private ReimportPlan? _plan;
    private string? _error;
    private bool _busy;

    protected override async Task OnParametersSetAsync()
    {
        _board = await Boards.FindAsync(BoardId, await Me.GetAsync());
        _loaded = true;
        if (_board is null)
        {
            HttpContext.AnswerNotFound();
        }
    }

    private async Task PreviewAsync((byte[] Bytes, string FileName) document)
    {
        _error = null;
        _prepared = null;
        _plan = null;
        try
        {
            // Blocks are read as they were chosen to be read for the board's last version.
            var actor = await Me.GetAsync();
            var choices = await Reimport.ChoicesAsync(BoardId, actor);
            _prepared = DocumentImport.Prepare(document.Bytes, document.FileName, choices: choices);
            _plan = await Reimport.PreviewAsync(BoardId, _prepared.Parsed, actor);
            _error = _plan is null ? "This board no longer exists." : null;
        }
        catch (Accounts.AccessDeniedException ex)
        {
            _prepared = null;
            _error = ex.Message;
        }
        catch (ImportException ex)
        {
            _error = ex.Message;
        }
    }

    /// <summary>The person reads a block another way: the document is read again, and the changes with it.</summary>
    private async Task ChooseAsync(ReadingChoices choices)
    {
        if (_prepared is null)
        {
            return;
        }

        try
        {
            _prepared = _prepared.WithChoices(choices);
            _plan = await Reimport.PreviewAsync(BoardId, _prepared.Parsed, await Me.GetAsync());
            _error = _plan is null ? "This board no longer exists." : null;
        }
        catch (ImportException ex)
        {
            _error = ex.Message;
        }
    }

    private void ShowError(string message)
    {
        _prepared = null;
        _plan = null;
        _error = message;
    }

    private async Task ApplyAsync()
    {
        if (_prepared is null)
        {
            return;
        }

        _busy = true;
        try
        {
            await Reimport.ApplyAsync(BoardId, _prepared.Parsed, _prepared.Document.Source, _prepared.FileName, await Me.GetAsync(), _prepared.Choices);
            Navigation.NavigateTo($"boards/{BoardId}");
        }
        catch (Accounts.AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not NavigationException)
        {
            Logger.LogError(ex, "Re-importing board {BoardId} failed", BoardId);
            _error = "The new version could not be saved just now; the board is as it was. Try again in a moment.";
        }
        finally
        {
            _busy = false;
        }
    }
}
