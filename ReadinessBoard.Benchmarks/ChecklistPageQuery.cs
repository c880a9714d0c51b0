using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// What the board page reads from the database on a load of a 5,000-item board: the progress,
/// the section counts, the filter choices and one page of items, with and without filters. Each
/// read runs on an empty <see cref="BoardReadCache"/>, as the first viewer after a change does;
/// <see cref="FirstPageShared"/> is what every other viewer of the same revision pays.
/// </summary>
[MemoryDiagnoser]
public class ChecklistPageQuery
{
    private string _directory = "";
    private ServiceProvider? _services;
    private ChecklistQueries? _shared;
    private Microsoft.EntityFrameworkCore.IDbContextFactory<ReadinessDbContext>? _factory;
    private int _boardId;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<ChecklistView?> FirstPage() => Unshared().GetAsync(_boardId, Actor.System, ChecklistFilter.None);

    [Benchmark]
    public Task<ChecklistView?> FirstPageShared() => _shared!.GetAsync(_boardId, Actor.System, ChecklistFilter.None);

    [Benchmark]
    public Task<ChecklistView?> LastPage() => Unshared().GetAsync(_boardId, Actor.System, ChecklistFilter.None, page: 100);

    [Benchmark]
    public Task<ChecklistView?> TextFilter() => Unshared().GetAsync(_boardId, Actor.System, ChecklistFilter.None with { Text = "tracing" });

    [Benchmark]
    public Task<ChecklistView?> StatusAndMatrixCell() =>
        Unshared().GetAsync(_boardId, Actor.System, new ChecklistFilter([ItemStatus.Open], Impact: "High", Effort: "Low"));

    private ChecklistQueries Unshared() => new(_factory!, new BoardReadCache());

    [GlobalCleanup]
    public void Cleanup()
    {
        BenchmarkData.Delete(_services, _directory);
    }

    private async Task SetupAsync()
    {
        var checklist = ChecklistGenerator.Generate(ChecklistGenerator.DefaultItems);
        (_directory, var services) = BenchmarkData.NewFolder();
        services.AddApplicationServices(new AppPaths(_directory, RunFromSource: false));
        _services = await BenchmarkData.StartAsync(services);

        var factory = _factory = _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ReadinessDbContext>>();
        int teamId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var team = new Team { Name = "Benchmark", CreatedAt = DateTime.UtcNow };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            teamId = team.Id;
        }

        var parsed = new MarkdownImporter().Parse(checklist.Markdown, "generated-checklist.md");
        _boardId = await _services.GetRequiredService<BoardImportService>()
            .CreateBoardAsync(teamId, parsed, checklist.Markdown, "generated-checklist.md", Actor.System);
        _shared = _services.GetRequiredService<ChecklistQueries>();

        var first = (await FirstPage())!;
        var text = (await TextFilter())!;
        var cell = (await StatusAndMatrixCell())!;
        Console.WriteLine($"// Board of {first.ItemCount:N0} items in {first.Sections.Count} sections; a page holds {first.Page.Items.Count}; " +
            $"\"tracing\" matches {text.Page.Matching:N0}; open high-impact low-effort items: {cell.Page.Matching:N0}");
    }
}
