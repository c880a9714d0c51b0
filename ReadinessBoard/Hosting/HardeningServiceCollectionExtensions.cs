using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Hosting;

/// <summary>
/// The limits Microsoft's threat guidance for interactive server rendering asks for, in one place;
/// docs/security.md says which threat each one meets.
/// </summary>
public static class HardeningServiceCollectionExtensions
{
    /// <summary>A SignalR message from a browser; larger data (uploads, pasted text) streams in chunks.</summary>
    public const long MaxHubMessageBytes = 32 * 1024;

    /// <summary>An HTTP request body: the largest document the app imports, and room for its envelope.</summary>
    public static long MaxRequestBodyBytes => ImportLimits.Default.MaxBytes + (64 * 1024);

    public static IServiceCollection AddReadinessHardening(this IServiceCollection services, bool development)
    {
        services.AddSingleton<CircuitLimit>();

        services.AddRazorComponents().AddInteractiveServerComponents(circuit =>
        {
            circuit.DetailedErrors = development;
            // Circuits of closed or dropped tabs kept for a reconnect: few, and not for long.
            circuit.DisconnectedCircuitMaxRetained = 100;
            circuit.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
            circuit.JSInteropDefaultCallTimeout = TimeSpan.FromMinutes(1);
            circuit.MaxBufferedUnacknowledgedRenderBatches = 10;
        }).AddHubOptions(hub =>
        {
            hub.MaximumReceiveMessageSize = MaxHubMessageBytes;
            hub.EnableDetailedErrors = development;
        });

        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });

        // Keys that protect sign-in cookies and antiforgery tokens live beside the database, so a
        // restart or a new build does not sign everyone out.
        services.AddDataProtection().SetApplicationName("ReadinessBoard");
        services.AddOptions<KeyManagementOptions>().Configure<ResolvedOptions, ILoggerFactory>((keys, resolved, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(resolved.DataDirectory, "keys")), loggers));
        return services;
    }
}
