using Microsoft.AspNetCore.Components;
using ReadinessBoard.Features.Boards;

namespace ReadinessBoard.Features.ActivityFeed;

public sealed partial class ActivityPage
{
    private DateTime _now;

    [Inject] private ActivityQueries Activities { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "kind")] public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = "who")] public string? Who { get; set; }

    [SupplyParameterFromQuery(Name = "q")] public string? Text { get; set; }

    // The filter is part of the key, so a prerendered feed is only reused for the same filter.
    protected override string StateName => $"activity-{Kind}-{Who}-{Text}";

    protected override Task<ActivityModel?> LoadAsync(Domain.Actor actor, CancellationToken ct)
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        var filter = new ActivityFilter(Blank(Kind), Blank(Who), Blank(Text)?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 200)] : null);
        return Activities.GetAsync(BoardId, actor, filter, ct: ct);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
