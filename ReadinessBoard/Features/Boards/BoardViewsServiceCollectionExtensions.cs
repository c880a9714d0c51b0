using ReadinessBoard.Features.ActivityFeed;
using ReadinessBoard.Features.Costs;
using ReadinessBoard.Features.Kpis;
using ReadinessBoard.Features.Matrix;
using ReadinessBoard.Features.Overview;
using ReadinessBoard.Features.Plan;

namespace ReadinessBoard.Features.Boards;

public static class BoardViewsServiceCollectionExtensions
{
    /// <summary>The query and command services of the board views: Overview, Matrix, KPIs, Costs, Plan, Activity.</summary>
    public static IServiceCollection AddBoardViews(this IServiceCollection services)
    {
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<MatrixQueries>();
        services.AddSingleton<KpiQueries>();
        services.AddSingleton<MetricValueService>();
        services.AddSingleton<CostQueries>();
        services.AddSingleton<PlanQueries>();
        services.AddSingleton<PlanStartService>();
        services.AddSingleton<ActivityQueries>();
        return services;
    }
}
