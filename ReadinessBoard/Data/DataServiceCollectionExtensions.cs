using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database in the configured data folder. Options are resolved from the final configuration
    /// the first time they are needed, so test hosts and environment variables can change them.
    /// </summary>
    public static IServiceCollection AddReadinessData(this IServiceCollection services, AppPaths paths)
    {
        services.AddSingleton(paths);
        services.AddSingleton(sp => AppConfiguration.Resolve(sp.GetRequiredService<IConfiguration>(), paths));
        services.AddDbContextFactory<ReadinessDbContext>((sp, db) =>
        {
            var resolved = sp.GetRequiredService<ResolvedOptions>();
            db.UseSqlite(ConnectionString(resolved.DatabasePath, resolved.Options.BusyTimeoutMilliseconds))
              .AddInterceptors(new SqlitePragmaInterceptor(resolved.Options.BusyTimeoutMilliseconds));
        });
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
