namespace ReadinessBoard.Features.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The export: the query that reads a board for it, and the access check of its endpoint.</summary>
    public static IServiceCollection AddExport(this IServiceCollection services)
    {
        services.AddSingleton<ExportQueries>();
        services.AddSingleton<ExportAccess>();
        return services;
    }
}
