using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database in the configured data folder. Options are resolved from the final configuration
    /// the first time they are needed, so test hosts and environment variables can change them.
    /// Contexts are pooled: a context per operation is the rule (a circuit lives long), and a pooled one
    /// keeps its connection object and internal services, which cost more to build than many a query.
    /// </summary>
    public static IServiceCollection AddReadinessData(this IServiceCollection services, AppPaths paths)
    {
        services.AddSingleton(paths);
        services.AddSingleton(sp => AppConfiguration.Resolve(sp.GetRequiredService<IConfiguration>(), paths));
        services.AddPooledDbContextFactory<ReadinessDbContext>((sp, db) =>
        {
            var resolved = sp.GetRequiredService<ResolvedOptions>();
            db.UseSqlite(ConnectionString(resolved.DatabasePath, resolved.Options.BusyTimeoutMilliseconds))
              .AddInterceptors(new SqlitePragmaInterceptor(resolved.Options.BusyTimeoutMilliseconds));
        });
        // Identity's stores take a context per request scope: one leased from the same pool, given back when the scope ends.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ReadinessDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <remarks>
    /// Microsoft.Data.Sqlite retries a busy database until the command timeout, so that timeout follows
    /// the busy timeout (in whole seconds, at least one) as well as SQLite's own pragma.
    /// </remarks>
    public static string ConnectionString(string databasePath, int busyTimeoutMilliseconds) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = Math.Max(1, (busyTimeoutMilliseconds + 999) / 1000),
    }.ToString();
}
