using Microsoft.AspNetCore.Components;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

public sealed partial class ImportPage
{
    [Inject] private DocumentImport Import { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<ImportPage> Logger { get; set; } = default!;
    [Inject] private Accounts.CurrentActor Me { get; set; } = default!;

    private PreparedImport? _prepared;
    private ImportReport? _report;
    private string? _error;
    private bool _busy;

    /// <summary>What the button will create: "Import 24 items as a new board".</summary>
    private string ImportLabel => _report is null ? "Import as a new board"
        : _report.Items.Count == 0 ? "Import as a board without items"
        : $"Import {_report.Items.Count} item{(_report.Items.Count == 1 ? "" : "s")} as a new board";

    private void PreviewAsync((byte[] Bytes, string FileName) document)
    {
        _error = null;
        Show(null);
        try
        {
            Show(DocumentImport.Prepare(document.Bytes, document.FileName));
        }
        catch (ImportException ex)
        {
            _error = ex.Message;
        }
    }

    /// <summary>The person reads a block another way: the same document is read again with the choices.</summary>
    private void ChooseAsync(ReadingChoices choices)
    {
        if (_prepared is null)
        {
            return;
        }

        try
        {
            _error = null;
            Show(_prepared.WithChoices(choices));
        }
        catch (ImportException ex)
        {
            _error = ex.Message;
        }
    }

    private void Show(PreparedImport? prepared)
    {
        _prepared = prepared;
        _report = prepared?.Report;
    }

    private void ShowError(string message)
    {
        Show(null);
        _error = message;
    }

    private async Task ImportAsync()
    {
        if (_prepared is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var boardId = await Import.CreateBoardAsync(_prepared, teamName: null, await Me.GetAsync());
            Navigation.NavigateTo($"boards/{boardId}");
        }
        catch (Accounts.AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not NavigationException)
        {
            Logger.LogError(ex, "Importing {FileName} failed", _prepared.FileName);
            _error = "The board could not be saved just now; nothing was written. Try again in a moment.";
        }
        finally
        {
            _busy = false;
        }
    }
}
