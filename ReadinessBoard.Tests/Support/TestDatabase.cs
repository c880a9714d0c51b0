using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Tests.Support;

/// <summary>
/// A database in a folder of its own, set up by the app's own registration (<c>AddReadinessData</c>)
/// and start-up (<see cref="DatabaseInitializer"/>), as the app would open it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Not the default, so a test can tell that the setting reached the connections.</summary>
    public const int BusyTimeoutMilliseconds = 4321;

    private readonly TempDirectory _directory = new();
    private readonly ServiceProvider _services;

    private TestDatabase(bool seedSample)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ReadinessBoard:DataDirectory"] = _directory.Path,
                ["ReadinessBoard:BusyTimeoutMilliseconds"] = BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ReadinessBoard:SeedSampleBoard"] = seedSample ? "true" : "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddReadinessData(new AppPaths(_directory.Path, RunFromSource: false));
        services.AddSingleton<BoardImportService>();
        services.AddSingleton<SampleBoardSeeder>();
        _services = services.BuildServiceProvider();
        Factory = _services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>();
    }

    public IDbContextFactory<ReadinessDbContext> Factory { get; }

    public static async Task<TestDatabase> CreateAsync(bool seedSample = false)
    {
        var database = new TestDatabase(seedSample);
        await database.RestartAsync();
        return database;
    }

    /// <summary>Runs the start-up initialization over this database, as each start of the app does.</summary>
    public Task RestartAsync() => _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

    /// <summary>Imports markdown as a new board of the named team and returns the board's id.</summary>
    public async Task<int> ImportAsync(string markdown, string teamName = "Team", string? source = null)
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
        return await _services.GetRequiredService<BoardImportService>().CreateBoardAsync(team.Id, parsed, source ?? markdown, "test.md", Actor.System);
    }

    /// <summary>
    /// An account with the given role in the named team (made if missing), as the sign-up or the
    /// <c>users add</c> command would leave it; the id is fixed so that tests can name it.
    /// </summary>
    public async Task<Actor> MemberAsync(string userId, string email, TeamRole role, string teamName = "Team")
    {
        await using var db = await Factory.CreateDbContextAsync();
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == teamName);
        if (team is null)
        {
            team = new Team { Name = teamName, CreatedAt = DateTime.UtcNow };
            db.Teams.Add(team);
        }

        if (await db.Users.FindAsync(userId) is null)
        {
            db.Users.Add(new AppUser
            {
                Id = userId,
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString(),
                CreatedAt = DateTime.UtcNow,
            });
        }

        db.TeamMembers.Add(new TeamMember { Team = team, Email = email.ToLowerInvariant(), UserId = userId, Role = role, AddedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return Actor.ForUser(userId, email);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
