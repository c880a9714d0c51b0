using ReadinessBoard.Domain;
using Microsoft.AspNetCore.Components;
using ReadinessBoard.Features.Boards;

namespace ReadinessBoard.Features.Overview;

public sealed partial class OverviewPage
{
    [Inject] private OverviewQueries Overviews { get; set; } = default!;

    protected override string StateName => "overview";

    protected override Task<OverviewModel?> LoadAsync(Actor actor, CancellationToken ct) => Overviews.GetAsync(BoardId, actor, ct);

    private IEnumerable<PhaseBar> PhaseBars =>
        Model!.Phases.Select(p => new PhaseBar(ShortName(p.Label), p.Progress.Done, p.Progress.Total - p.Progress.Done));

    private IEnumerable<BurnUpDay> BurnUpDays =>
        Model!.BurnUp.Select(p => new BurnUpDay(p.Day.ToDateTime(TimeOnly.MinValue), p.Done, Model.Overall.Total));

    // One label a week, or fewer on a long range, so that dates never crowd.
    private TimeSpan BurnUpStep => TimeSpan.FromDays(Math.Max(1, (int)Math.Ceiling(Model!.BurnUp.Count / 6.0)));

    // "Week 2-3 > Week 2" is labelled "Week 2" under its column: the path is in the list beside it.
    private static string ShortName(string path) => path[(path.LastIndexOf('>') + 1)..].Trim();

    private sealed record PhaseBar(string Phase, int Done, int ToDo);

    private sealed record BurnUpDay(DateTime Day, int Done, int Scope);
}
