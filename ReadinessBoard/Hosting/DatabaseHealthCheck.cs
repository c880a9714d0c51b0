using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReadinessBoard.Data;

namespace ReadinessBoard.Hosting;

/// <summary>Ready means the database answers a query against the app's own schema.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<ReadinessDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // Reads the schema, and says nothing of what the database holds: anyone may ask.
            _ = await db.Boards.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be queried.", ex);
        }
    }
}
