using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Checklist;

public sealed partial class ItemDetailsPanel
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;
    private static readonly ItemEditValidator s_validator = new();

    /// <summary>The item as stored. A newer version (after a save, or another user's change) keeps what is being typed.</summary>
    [Parameter, EditorRequired] public ItemDetails Item { get; set; } = default!;
    /// <summary>Owners already used on the board, offered as suggestions.</summary>
    [Parameter] public IReadOnlyList<string> Owners { get; set; } = [];
    [Parameter] public EventCallback OnClose { get; set; }
    /// <summary>Whether the reader may change the item; a Viewer sees the facts without a Save.</summary>
    [Parameter] public bool CanEdit { get; set; } = true;
    /// <summary>The item was saved; the board should show it.</summary>
    [Parameter] public EventCallback OnSaved { get; set; }

    [Inject] private ItemEditService EditService { get; set; } = default!;
    [Inject] private Accounts.CurrentActor Me { get; set; } = default!;
    [Inject] private ILogger<ItemDetailsPanel> Logger { get; set; } = default!;

    private ElementReference _title;
    private bool _focused;
    private ItemEdit _edit = new();
    private int? _editing;
    private Dictionary<string, string> _errors = [];
    private Note? _note;
    private bool _saving;

    private sealed record Note(string Kind, string Text);

    protected override void OnParametersSet()
    {
        if (_editing != Item.Id)
        {
            // Another item: start from what is stored.
            _editing = Item.Id;
            _edit = ItemEdit.From(Item);
            _errors = [];
            _note = null;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Keyboard and screen-reader users land in the panel (and Escape closes it from there).
        if (!_focused && RendererInfo.IsInteractive)
        {
            _focused = true;
            await _title.FocusAsync();
        }
    }

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        var validation = s_validator.Validate(_edit);
        _errors = validation.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
        if (!validation.IsValid)
        {
            _note = new Note("error", "Nothing was saved. Check the fields marked below.");
            return;
        }

        _saving = true;
        try
        {
            var result = await EditService.EditAsync(_edit, await Me.GetAsync());
            switch (result.Outcome)
            {
                case ItemEditOutcome.Changed:
                    _edit = ItemEdit.From(result.Item!);
                    _note = new Note("success", "Saved.");
                    await OnSaved.InvokeAsync();
                    break;
                case ItemEditOutcome.Unchanged:
                    _edit = ItemEdit.From(result.Item!);
                    _note = new Note("info", "Nothing to save: the item already says this.");
                    break;
                case ItemEditOutcome.Conflict:
                    _edit = ItemEdit.From(result.Item!);
                    _note = new Note("warning",
                        "Someone changed this item while you were editing, so your changes were not saved. The form now shows what is stored; make your change again.");
                    await OnSaved.InvokeAsync();
                    break;
                case ItemEditOutcome.Forbidden:
                    _note = new Note("error", "You can view this board but not change it. Ask an Owner of its team for the Editor role.");
                    break;
                case ItemEditOutcome.NotFound:
                    _note = new Note("error", "This item is no longer on the board.");
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Saving item {ItemId} failed", _edit.ItemId);
            _note = new Note("error", "ReadinessBoard could not save just now. Your text is still here; try again in a moment.");
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>The facts the document gave the item; the ones it did not give are left out.</summary>
    private IEnumerable<(string Name, string Value)> Facts()
    {
        (string, string?)[] facts =
        [
            ("Reference", Item.Ref),
            ("Priority", Item.Priority),
            ("Impact", Item.Impact),
            ("Effort", Item.Effort),
            ("Risk", Item.Risk),
            ("Estimate", Item.EstimateMinHours is { } min ? HourText.Range(min, Item.EstimateMaxHours ?? min) : null),
            ("Phase", Item.Phase),
        ];
        return facts.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!));
    }

    private Task CloseAsync() => OnClose.InvokeAsync();

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Escape" ? CloseAsync() : Task.CompletedTask;

    private string? Error(string field) => _errors.GetValueOrDefault(field);

    private static string ErrorId(string field) => $"rb-details-{field}-error";

    private Dictionary<string, object> Invalid(string field) => _errors.ContainsKey(field)
        ? new() { ["aria-invalid"] = "true", ["aria-describedby"] = ErrorId(field) }
        : [];
}
