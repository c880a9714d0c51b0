using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReadinessBoard.Features.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>Live updates and presence: the in-process notifier, the presence tracker, a viewer per circuit.</summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services)
    {
        services.AddSingleton<IBoardNotifier, InProcessBoardNotifier>();
        services.AddSingleton<BoardReadCache>();
        services.AddSingleton<PresenceTracker>();
        services.AddScoped(sp => sp.GetRequiredService<PresenceTracker>().NewGuest());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, PresenceCircuitHandler>());
        return services;
    }
}
