using Microsoft.AspNetCore.Components;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Checklist;

/// <summary>
/// One item of the checklist. When anyone changes the board every viewer's page renders again; a row
/// whose item and state are as they were skips its render, so a change costs the rows it touched.
/// </summary>
public sealed partial class ChecklistRow
{
    [Parameter, EditorRequired] public ChecklistItem Item { get; set; } = default!;
    [Parameter] public int BoardId { get; set; }
    /// <summary>The checkbox and the status menu are off: not live yet, read-only, or a change of it under way.</summary>
    [Parameter] public bool Disabled { get; set; }
    [Parameter] public bool DetailsOpen { get; set; }
    /// <summary>The status that waits for its reason, when it is this item's.</summary>
    [Parameter] public ItemStatus? ReasonFor { get; set; }
    [Parameter] public DateOnly Today { get; set; }
    [Parameter] public EventCallback<bool> OnSetDone { get; set; }
    [Parameter] public EventCallback<ItemStatus> OnChooseStatus { get; set; }
    [Parameter] public EventCallback OnOpenDetails { get; set; }
    [Parameter] public EventCallback<string> OnReasonSubmit { get; set; }
    [Parameter] public EventCallback OnReasonCancel { get; set; }

    // What the last render showed; the callbacks are the page's methods and do not change what is shown.
    private (ChecklistItem, int, bool, bool, ItemStatus?, DateOnly, bool)? _shown;

    private (ChecklistItem, int, bool, bool, ItemStatus?, DateOnly, bool) Shows =>
        (Item, BoardId, Disabled, DetailsOpen, ReasonFor, Today, RendererInfo.IsInteractive);

    private bool IsOverdue => Item.DueDate is { } due && due < Today && Item.Status is not (ItemStatus.Done or ItemStatus.NotApplicable);

    protected override bool ShouldRender() => _shown != Shows;

    protected override void OnAfterRender(bool firstRender) => _shown = Shows;

    private static string PriorityClass(string priority) => priority.ToLowerInvariant() switch
    {
        "critical" or "p0" or "must" or "5/5" => "rb-priority-critical",
        "high" or "p1" or "should" or "4/5" => "rb-priority-high",
        "medium" or "p2" or "could" or "3/5" => "rb-priority-medium",
        _ => "rb-priority-low",
    };
}
