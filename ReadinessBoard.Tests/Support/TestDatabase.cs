using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Tests.Support;

/// <summary>A migrated SQLite database in a folder of its own, as the app would open it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();

    private TestDatabase()
    {
        DatabasePath = _directory.File("readiness.db");
        Options = new ResolvedOptions(new ReadinessBoardOptions(), _directory.Path, DatabasePath);
        var options = new DbContextOptionsBuilder<ReadinessDbContext>()
            .UseSqlite(DataServiceCollectionExtensions.ConnectionString(DatabasePath))
            .AddInterceptors(new SqlitePragmaInterceptor(5000))
            .Options;
        Factory = new ContextFactory(options);
    }

    public string DatabasePath { get; }
    public ResolvedOptions Options { get; }
    public IDbContextFactory<ReadinessDbContext> Factory { get; }

    public static async Task<TestDatabase> CreateAsync(bool seedSample = false)
    {
        var database = new TestDatabase();
        await InitializeAsync(database, seedSample);
        return database;
    }

    /// <summary>Runs the start-up initialization again over this database, as a restart of the app does.</summary>
    public Task RestartAsync(bool seedSample) => InitializeAsync(this, seedSample);

    private static async Task InitializeAsync(TestDatabase database, bool seedSample)
    {
        var seeder = new SampleBoardSeeder(database.Factory, new BoardImportService(database.Factory, TimeProvider.System), TimeProvider.System, NullLogger<SampleBoardSeeder>.Instance);
        var options = database.Options with { Options = new ReadinessBoardOptions { SeedSampleBoard = seedSample } };
        await new DatabaseInitializer(database.Factory, options, seeder, NullLogger<DatabaseInitializer>.Instance).InitializeAsync();
    }


    /// <summary>Imports markdown as a new board of a fresh team and returns the board's id.</summary>
    public async Task<int> ImportAsync(string markdown, string teamName = "Team")
    {
        await using var db = await Factory.CreateDbContextAsync();
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == teamName);
        if (team is null)
        {
            team = new Team { Name = teamName, CreatedAt = DateTime.UtcNow };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        var parsed = new MarkdownImporter().Parse(markdown);
        return await new BoardImportService(Factory, TimeProvider.System).CreateBoardAsync(team.Id, parsed, markdown, "test.md", Actor.System);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        await Task.CompletedTask;
    }

    private sealed class ContextFactory(DbContextOptions<ReadinessDbContext> options) : IDbContextFactory<ReadinessDbContext>
    {
        public ReadinessDbContext CreateDbContext() => new(options);
    }
}
