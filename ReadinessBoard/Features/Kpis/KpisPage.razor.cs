using FluentValidation;
using Microsoft.AspNetCore.Components;
using Radzen;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;

namespace ReadinessBoard.Features.Kpis;

public sealed partial class KpisPage
{
    private static readonly MetricStatus[] s_statuses =
        [MetricStatus.Met, MetricStatus.OnTrack, MetricStatus.AtRisk, MetricStatus.OffTrack, MetricStatus.Unknown];

    private int? _editing;
    private string _draft = "";
    private string? _error;
    private bool _saving;

    [Inject] private KpiQueries Kpis { get; set; } = default!;
    [Inject] private MetricValueService Values { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private ILogger<KpisPage> Logger { get; set; } = default!;

    protected override string StateName => "kpis";

    protected override Task<KpiModel?> LoadAsync(Actor actor, CancellationToken ct) => Kpis.GetAsync(BoardId, actor, ct);

    // Readings are points in order, evenly spaced: an update a minute after the import is a step, not a cliff.
    private static List<TrendPoint> TrendOf(KpiView kpi) =>
        kpi.Trend.Select((r, i) => new TrendPoint((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Value!.Value)).ToList();

    private sealed record TrendPoint(string Reading, double Value);

    private static int Percent(KpiView kpi) => (int)Math.Round(100 * (kpi.Attainment ?? 0));

    private void Edit(KpiView kpi)
    {
        _editing = kpi.Id;
        _draft = kpi.CurrentText;
        _error = null;
    }

    private void Cancel()
    {
        _editing = null;
        _error = null;
    }

    private async Task SaveAsync(KpiView kpi)
    {
        _saving = true;
        try
        {
            var result = await Values.SetCurrentAsync(new SetMetricValue(kpi.Id, _draft, kpi.Version), await ActorAsync());
            switch (result.Outcome)
            {
                case MetricChangeOutcome.Conflict:
                    Notifications.Notify(NotificationSeverity.Warning, "Someone updated this KPI a moment ago",
                        $"\"{kpi.Name}\" is now {result.CurrentText}. Your value was not saved; check it and try again.", TimeSpan.FromSeconds(8));
                    break;
                case MetricChangeOutcome.Forbidden:
                    Notifications.Notify(NotificationSeverity.Warning, "You can view this board but not change it",
                        "Ask an Owner of its team for the Editor role.", TimeSpan.FromSeconds(6));
                    break;
                case MetricChangeOutcome.NotFound:
                    Notifications.Notify(NotificationSeverity.Error, "KPI not found", "This KPI no longer exists on the board.", TimeSpan.FromSeconds(6));
                    break;
                default:
                    _editing = null;
                    break;
            }

            await ReloadAsync();
        }
        catch (ValidationException ex)
        {
            _error = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Updating KPI {MetricId} failed", kpi.Id);
            Notifications.Notify(NotificationSeverity.Error, "Your value was not saved",
                "ReadinessBoard could not save it just now. Try again in a moment.", TimeSpan.FromSeconds(8));
        }
        finally
        {
            _saving = false;
        }
    }
}
