using ReadinessBoard.Features.Matrix;
using ReadinessBoard.Features.Overview;

namespace ReadinessBoard.Features.Boards;

public static class BoardViewsServiceCollectionExtensions
{
    /// <summary>The query and command services of the board views: Overview, Matrix, KPIs, Costs, Plan, Activity.</summary>
    public static IServiceCollection AddBoardViews(this IServiceCollection services)
    {
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<MatrixQueries>();
        return services;
    }
}
