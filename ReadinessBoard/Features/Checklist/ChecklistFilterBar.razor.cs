using Microsoft.AspNetCore.Components;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Checklist;

public sealed partial class ChecklistFilterBar
{
    private const string MultipleStatuses = "several";

    [Parameter, EditorRequired] public ChecklistFilter Filter { get; set; } = ChecklistFilter.None;
    [Parameter, EditorRequired] public ChecklistChoices Choices { get; set; } = default!;
    [Parameter] public EventCallback<ChecklistFilter> OnChange { get; set; }

    // What the last render showed. The bar keeps no state of its own: the same filter and choices
    // render the same, so a live change that touched neither skips it.
    private (ChecklistFilter, ChecklistChoices, bool)? _shown;

    private (ChecklistFilter, ChecklistChoices, bool) Shows => (Filter, Choices, RendererInfo.IsInteractive);

    protected override bool ShouldRender() => _shown != Shows;

    protected override void OnAfterRender(bool firstRender) => _shown = Shows;

    /// <summary>A filter in force, with the filter that is left when it is removed.</summary>
    private sealed record Chip(string Label, ChecklistFilter Without);

    // An owner in the address that no item has (any more) still shows as chosen.
    private IEnumerable<string> OwnerChoices =>
        WithCurrent(Choices.Owners, Filter.Owner == ChecklistFilter.Unassigned ? null : Filter.Owner);

    private Task SetAsync(ChecklistFilter filter) => OnChange.InvokeAsync(filter);

    private IEnumerable<Chip> Chips()
    {
        if (Filter.Text is { } text)
        {
            yield return new Chip($"Text: \u201C{text}\u201D", Filter with { Text = null });
        }

        foreach (var status in Filter.Statuses)
        {
            yield return new Chip($"Status: {status.DisplayName()}", Filter with { Statuses = Filter.Statuses.Where(s => s != status).ToList() });
        }

        if (Filter.Owner is { } owner)
        {
            yield return new Chip($"Owner: {(owner == ChecklistFilter.Unassigned ? "Unassigned" : owner)}", Filter with { Owner = null });
        }

        if (Filter.Priority is { } priority)
        {
            yield return new Chip($"Priority: {priority}", Filter with { Priority = null });
        }

        if (Filter.PhaseId is { } phaseId)
        {
            var phase = Choices.Phases.FirstOrDefault(p => p.Id == phaseId);
            yield return new Chip($"Phase: {(phase is null ? "unknown" : PhaseName(phase))}", Filter with { PhaseId = null });
        }

        if (Filter.Impact is { } impact)
        {
            yield return new Chip($"Impact: {impact}", Filter with { Impact = null });
        }

        if (Filter.Effort is { } effort)
        {
            yield return new Chip($"Effort: {effort}", Filter with { Effort = null });
        }
    }

    private IReadOnlyList<ItemStatus> StatusesOf(object? value) =>
        value as string == MultipleStatuses ? Filter.Statuses
        : ChecklistFilter.StatusOfSlug(value as string) is { } status ? [status]
        : [];

    private static int? PhaseOf(object? value) =>
        int.TryParse(value as string, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Blank(object? value) =>
        value is string text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static string PhaseName(PhaseChoice phase) =>
        phase.Path[(phase.Path.LastIndexOf(" > ", StringComparison.Ordinal) is var at && at >= 0 ? at + 3 : 0)..];

    private static IEnumerable<string> WithCurrent(IReadOnlyList<string> choices, string? current) =>
        current is null || choices.Contains(current) ? choices : choices.Append(current);
}
