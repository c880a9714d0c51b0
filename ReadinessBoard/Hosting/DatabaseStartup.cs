using ReadinessBoard.Data;

namespace ReadinessBoard.Hosting;

/// <summary>Migrates and seeds the database before the server takes its first request.</summary>
internal sealed class DatabaseStartup(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
