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
            var boards = await db.Boards.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{boards} board(s)");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be queried.", ex);
        }
    }
}
