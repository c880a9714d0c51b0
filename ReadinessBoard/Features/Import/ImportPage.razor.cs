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
    private string? _error;
    private bool _busy;

    private void PreviewAsync((byte[] Bytes, string FileName) document)
    {
        _error = null;
        _prepared = null;
        try
        {
            _prepared = DocumentImport.Prepare(document.Bytes, document.FileName);
        }
        catch (ImportException ex)
        {
            _error = ex.Message;
        }
    }

    private void ShowError(string message)
    {
        _prepared = null;
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
