using Microsoft.AspNetCore.Components;

namespace ReadinessBoard.Features.Live;

/// <summary>Who else is viewing the board now, kept up to date as people come and go.</summary>
public sealed partial class PresenceList : IDisposable
{
    /// <summary>More viewers than this show as "+N more".</summary>
    public const int MaxShown = 6;

    [Parameter, EditorRequired] public int BoardId { get; set; }

    [Inject] private PresenceTracker Presence { get; set; } = default!;
    [Inject] private BoardViewer Viewer { get; set; } = default!;

    private IReadOnlyList<PresentViewer> _viewers = [];
    private int? _watchedBoard;
    private IDisposable? _watch;

    private string LabelId => $"presence-{BoardId}";

    protected override void OnParametersSet()
    {
        // Presence belongs to circuits: the prerendered page shows none, the interactive render fills it in.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        if (_watchedBoard != BoardId)
        {
            _watch?.Dispose();
            _watchedBoard = BoardId;
            _watch = Presence.Watch(BoardId, () => InvokeAsync(Refresh));
        }

        _viewers = Presence.ViewersOf(BoardId);
    }

    private void Refresh()
    {
        _viewers = Presence.ViewersOf(BoardId);
        StateHasChanged();
    }

    private static string Label(PresentViewer viewer, bool isYou) => isYou ? $"{viewer.Name} (you)" : viewer.Name;

    private static string Initials(PresentViewer viewer) =>
        viewer.Name.StartsWith("Guest ", StringComparison.Ordinal)
            ? $"G{viewer.Number}"
            : string.Concat(viewer.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));

    // A colour per person that stays the same from visit to visit: from the name, not the circuit's number.
    private static int Hue(PresentViewer viewer)
    {
        var hash = 0u;
        foreach (var c in viewer.Name)
        {
            hash = unchecked((hash * 31) + c);
        }

        return (int)(hash % 360);
    }

    public void Dispose() => _watch?.Dispose();
}
