using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Live;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using ReadinessBoard.Data;
using Radzen;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Overview;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// The Overview of a 5,000-item board, as the server produces it: the query (projections and
/// aggregates over SQLite, no entities) and the whole render of the page to HTML with the framework's
/// <see cref="HtmlRenderer"/>, on the app's own services over a SQLite file set up by its start-up.
/// </summary>
[MemoryDiagnoser]
public class RenderOverview
{
    private string _directory = "";
    private ServiceProvider? _services;
    private OverviewQueries? _overviews;
    private OverviewQueries? _sharedOverviews;
    private ItemStatusService? _statuses;
    private int _boardId;
    private int _itemId;
    private bool _done;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>What the Overview reads and rolls up, without rendering it: the read a change causes.</summary>
    [Benchmark]
    public Task<OverviewModel?> Query() => _services!.GetRequiredService<OverviewQueries>().GetAsync(_boardId, Actor.System);

    /// <summary>
    /// A tick, then the Overviews of ten viewers, as the app serves them: the reads are shared
    /// (<see cref="BoardReadCache"/>), so the ten make one between them, each with its own access check.
    /// Before reads were shared this was a tick and ten times <see cref="Query"/>.
    /// </summary>
    [Benchmark]
    public async Task<int> TickThenTenViewers()
    {
        _done = !_done;
        await _statuses!.SetStatusAsync(new ReadinessBoard.Features.Checklist.SetItemStatus(_itemId, _done ? ItemStatus.Done : ItemStatus.Open), Actor.System);
        var models = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _sharedOverviews!.GetAsync(_boardId, Actor.System)));
        return models.Count(m => m is not null);
    }

    /// <summary>The page rendered to HTML: the query, the rollups, the markup of every card and chart.</summary>
    [Benchmark]
    public async Task<int> RenderPage()
    {
        await using var renderer = new HtmlRenderer(_services!, _services!.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<OverviewPage>(
                ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(OverviewPage.BoardId)] = _boardId }));
            await output.QuiescenceTask;
            return output.ToHtmlString().Length;
        });
    }

    /// <summary>
    /// Renders the page <paramref name="runs"/> times after a warm-up and prints the median and worst wall
    /// time and process CPU time per render. CPU time is what the render costs the server; on a machine
    /// shared with other work the wall time also holds the waits for a core.
    /// </summary>
    public static void PrintTimes(int runs)
    {
        var benchmark = new RenderOverview();
        benchmark.Setup();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                benchmark.RenderPage().GetAwaiter().GetResult();
            }

            var process = System.Diagnostics.Process.GetCurrentProcess();
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = System.Diagnostics.Stopwatch.StartNew();
                benchmark.RenderPage().GetAwaiter().GetResult();
                wall.Add(watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            wall.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Overview render, {runs} runs: wall median {wall[runs / 2]:0.0} ms (worst {wall[^1]:0.0}); CPU median {cpu[runs / 2]:0.0} ms (worst {cpu[^1]:0.0}); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        BenchmarkData.Delete(_services, _directory);
    }

    private async Task SetupAsync()
    {
        var checklist = ChecklistGenerator.Generate(ChecklistGenerator.DefaultItems);
        var parsed = new MarkdownImporter().Parse(checklist.Markdown, "generated-checklist.md");
        checklist.EnsureReadWhole(parsed);

        (_directory, var services) = BenchmarkData.NewFolder();
        // What the Overview needs of the app's registration (the web host's own services need a host).
        services.AddSingleton(TimeProvider.System);
        services.AddReadinessData(new AppPaths(_directory, RunFromSource: false));
        services.AddSingleton<BoardImportService>();
        services.AddSingleton<SampleBoardSeeder>();
        services.AddBoardViews();
        services.AddLiveUpdates();
        services.AddRadzenComponents();
        // The page is rendered for an Owner of the board's team, as a signed-in request would be.
        services.AddSingleton<AuthenticationStateProvider, BenchmarkOwner>();
        services.AddSingleton<CurrentActor>();
        // Outside a request: an address to resolve links against, no JavaScript, an empty persisted state.
        services.AddSingleton<NavigationManager, StaticNavigationManager>();
        services.AddSingleton<IJSRuntime, NoJavaScript>();
        services.AddSingleton<ComponentStatePersistenceManager>();
        // A read of its own for every query and every render: the figures are for the read a change
        // causes, not for one shared since (TickThenTenViewers measures the sharing).
        services.AddTransient<BoardReadCache>();
        services.AddTransient<OverviewQueries>();
        services.AddSingleton(sp => sp.GetRequiredService<ComponentStatePersistenceManager>().State);
        _services = await BenchmarkData.StartAsync(services);

        var factory = _services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>();
        int teamId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var team = new Team { Name = "Benchmark", CreatedAt = DateTime.UtcNow };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            teamId = team.Id;
            db.Users.Add(new AppUser { Id = BenchmarkOwner.UserId, UserName = BenchmarkOwner.Email, Email = BenchmarkOwner.Email, CreatedAt = DateTime.UtcNow });
            db.TeamMembers.Add(new TeamMember { TeamId = teamId, Email = BenchmarkOwner.Email, UserId = BenchmarkOwner.UserId, Role = TeamRole.Owner, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        _boardId = await _services.GetRequiredService<BoardImportService>().CreateBoardAsync(teamId, parsed, checklist.Markdown, "generated-checklist.md", Actor.System);
        await using (var db = await factory.CreateDbContextAsync())
        {
            // Every tenth item is due a week ago, so the overdue list has work to do too.
            var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7);
            await db.Items.Where(i => i.BoardId == _boardId && i.Id % 10 == 0).ExecuteUpdateAsync(s => s.SetProperty(i => i.DueDate, due));
        }

        _overviews = _services.GetRequiredService<OverviewQueries>();
        _sharedOverviews = new OverviewQueries(factory, TimeProvider.System, new BoardReadCache());
        _statuses = new ItemStatusService(factory, TimeProvider.System);
        await using (var db = await factory.CreateDbContextAsync())
        {
            _itemId = await db.Items.Where(i => i.BoardId == _boardId && i.Status == ItemStatus.Open).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        }

        var model = await _overviews.GetAsync(_boardId, Actor.System) ?? throw new InvalidOperationException("The board was not found.");
        Console.WriteLine($"// Board: {model.Overall.Total:N0} items counted, {model.Sections.Count} sections, {model.Phases.Count} phases, " +
            $"{model.QuickWinsTotal} quick wins, {model.OverdueTotal} overdue; page {await RenderPage():N0} characters of HTML");
    }

    private sealed class BenchmarkOwner : AuthenticationStateProvider
    {
        public const string UserId = "benchmark-owner";
        public const string Email = "owner@example.com";

        private static readonly Task<AuthenticationState> s_state = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(
            new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, UserId), new Claim(ClaimTypes.Name, Email)], "Benchmark"))));

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => s_state;
    }

    private sealed class StaticNavigationManager : NavigationManager
    {
        public StaticNavigationManager() => Initialize("http://localhost/", "http://localhost/");
    }

    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"JavaScript call '{identifier}' during static rendering.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"JavaScript call '{identifier}' during static rendering.");
    }
}
