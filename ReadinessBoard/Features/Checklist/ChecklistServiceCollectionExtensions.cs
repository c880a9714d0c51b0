namespace ReadinessBoard.Features.Checklist;

public static class ChecklistServiceCollectionExtensions
{
    /// <summary>The checklist's read queries and item edits (the status service is registered with the host).</summary>
    public static IServiceCollection AddChecklist(this IServiceCollection services)
    {
        services.AddSingleton<ChecklistQueries>();
        services.AddSingleton<ItemEditService>();
        return services;
    }
}
