using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Data;

/// <summary>
/// Brings the database to the current schema before the app serves anything, and seeds the sample
/// board on a first start. Every failure becomes a <see cref="StartupException"/> with a clear message.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ReadinessDbContext> dbFactory,
    ResolvedOptions resolved,
    SampleBoardSeeder seeder,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        DatabaseFile.EnsureWritableDirectory(resolved.DataDirectory);
        DatabaseFile.EnsureIsSqliteOrAbsent(resolved.DatabasePath);

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // WAL lets readers go on while one writer writes; the mode is kept in the file itself.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} schema migration(s) to {Database}: {Migrations}",
                    pending.Count, resolved.DatabasePath, string.Join(", ", pending));
                await db.Database.MigrateAsync(ct);
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            throw new StartupException(
                $"The file '{resolved.DatabasePath}' is not a usable SQLite database ({ex.Message}). ReadinessBoard has left it untouched.", ex);
        }
        catch (SqliteException ex)
        {
            throw new StartupException($"The database '{resolved.DatabasePath}' cannot be opened: {ex.Message}", ex);
        }

        if (resolved.Options.SeedSampleBoard)
        {
            await seeder.SeedIfEmptyAsync(ct);
        }
    }
}
