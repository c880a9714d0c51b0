using Microsoft.AspNetCore.Components;
using Radzen;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;

namespace ReadinessBoard.Features.Plan;

public sealed partial class PlanPage
{
    private DateOnly? _start;
    private bool _saving;

    [Inject] private PlanQueries Plans { get; set; } = default!;
    [Inject] private PlanStartService Starts { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private ILogger<PlanPage> Logger { get; set; } = default!;

    protected override string StateName => "plan";

    protected override Task<PlanModel?> LoadAsync(Actor actor, CancellationToken ct) => Plans.GetAsync(BoardId, actor, ct);

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        _start = Model?.Board.PlanStartDate;
    }

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private Task SaveStartAsync() => SetAsync(_start);

    private Task ClearStartAsync() => SetAsync(null);

    private async Task SetAsync(DateOnly? start)
    {
        _saving = true;
        try
        {
            if (!await Starts.SetStartAsync(BoardId, start, await ActorAsync()))
            {
                Notifications.Notify(NotificationSeverity.Error, "Board not found", "This board no longer exists.", TimeSpan.FromSeconds(6));
            }

            await ReloadAsync();
            _start = Model?.Board.PlanStartDate;
        }
        catch (Accounts.AccessDeniedException ex)
        {
            Notifications.Notify(NotificationSeverity.Warning, "The start date was not saved", ex.Message, TimeSpan.FromSeconds(8));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Setting the plan start of board {BoardId} failed", BoardId);
            Notifications.Notify(NotificationSeverity.Error, "The start date was not saved",
                "ReadinessBoard could not save it just now. Try again in a moment.", TimeSpan.FromSeconds(8));
        }
        finally
        {
            _saving = false;
        }
    }
}
