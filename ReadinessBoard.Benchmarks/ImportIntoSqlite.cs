using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// The whole import of the generated checklist, as the app does it: parse, then write the board in
/// one transaction into a SQLite file set up by the app's own registration and start-up (migrations,
/// WAL, pragmas). Every invocation adds a new board to the same database, so the database grows
/// during the run as a real one does; nothing is reset between iterations.
/// </summary>
[MemoryDiagnoser]
public class ImportIntoSqlite
{
    private const string FileName = "generated-checklist.md";

    private string _directory = "";
    private ServiceProvider? _services;
    private BoardImportService? _importer;
    private int _teamId;
    private string _markdown = "";
    private ParseResult? _parsed;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Parse and write: what importing a document costs from the text to the committed board.</summary>
    [Benchmark]
    public Task<int> ParseAndCreateBoard()
    {
        var parsed = new MarkdownImporter().Parse(_markdown, FileName);
        return _importer!.CreateBoardAsync(_teamId, parsed, _markdown, FileName, Actor.System);
    }

    /// <summary>The write alone, from a parse done once in the setup, to tell the two costs apart.</summary>
    [Benchmark]
    public Task<int> CreateBoardFromParsed() => _importer!.CreateBoardAsync(_teamId, _parsed!, _markdown, FileName, Actor.System);

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_services is not null)
        {
            using var db = _services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>().CreateDbContext();
            var megabytes = new FileInfo(Path.Combine(_directory, "readiness.db")).Length / (1024 * 1024);
            Console.WriteLine($"// Database after the run: {db.Boards.Count()} boards, {db.Items.Count()} items, {megabytes} MB (without its WAL)");
        }

        BenchmarkData.Delete(_services, _directory);
    }

    private async Task SetupAsync()
    {
        var checklist = ChecklistGenerator.Generate(ChecklistGenerator.DefaultItems);
        _markdown = checklist.Markdown;
        _parsed = new MarkdownImporter().Parse(_markdown, FileName);
        checklist.EnsureReadWhole(_parsed);
        Console.WriteLine($"// Generated checklist: {checklist.Describe()}");

        (_directory, var services) = BenchmarkData.NewFolder();
        // The app's own registration: the same DbContext factory, interceptor, importer and initializer.
        services.AddApplicationServices(new AppPaths(_directory, RunFromSource: false));
        _services = await BenchmarkData.StartAsync(services);
        _importer = _services.GetRequiredService<BoardImportService>();

        var factory = _services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var team = new Team { Name = "Benchmark", CreatedAt = DateTime.UtcNow };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            _teamId = team.Id;
        }

        Console.WriteLine($"// Database: {Path.Combine(_directory, "readiness.db")}");
    }
}
