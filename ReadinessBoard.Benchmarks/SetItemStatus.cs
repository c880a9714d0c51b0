using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// The server's part of one tick, as an Editor makes it: the item and the Editor's role read, the
/// change and its activity entry committed (the commit waits for the disk), the counts after it read,
/// and the change published to the board's viewers (none subscribed here; fan-out is
/// <see cref="FanOutToCircuits"/>). Each call alternates the item between done and open.
/// </summary>
[MemoryDiagnoser]
public class SetItemStatus
{
    private string _directory = "";
    private ServiceProvider? _services;
    private ItemStatusService? _statuses;
    private Actor _editor = null!;
    private int _itemId;
    private int _version;
    private bool _done;

    /// <summary>Items on the board: about the sample board's, and the size the other benchmarks use.</summary>
    [Params(25, ChecklistGenerator.DefaultItems)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<StatusChangeOutcome> Tick()
    {
        _done = !_done;
        var result = await _statuses!.SetStatusAsync(
            new ReadinessBoard.Features.Checklist.SetItemStatus(_itemId, _done ? ItemStatus.Done : ItemStatus.Open, ExpectedVersion: _version), _editor);
        _version = result.Item!.Version;
        return result.Outcome == StatusChangeOutcome.Changed ? result.Outcome : throw new InvalidOperationException($"The tick was {result.Outcome}.");
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkData.Delete(_services, _directory);

    private async Task SetupAsync()
    {
        var checklist = ChecklistGenerator.Generate(Items);
        (_directory, var services) = BenchmarkData.NewFolder();
        services.AddApplicationServices(new AppPaths(_directory, RunFromSource: false));
        _services = await BenchmarkData.StartAsync(services);
        var factory = _services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>();

        int teamId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var team = new Team { Name = "Benchmark", CreatedAt = DateTime.UtcNow };
            var user = new AppUser
            {
                Id = "editor", UserName = "editor@example.com", NormalizedUserName = "EDITOR@EXAMPLE.COM",
                Email = "editor@example.com", NormalizedEmail = "EDITOR@EXAMPLE.COM", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = DateTime.UtcNow,
            };
            db.Users.Add(user);
            db.TeamMembers.Add(new TeamMember { Team = team, Email = user.Email, UserId = user.Id, Role = TeamRole.Editor, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            teamId = team.Id;
        }

        _editor = Actor.ForUser("editor", "editor@example.com");
        var parsed = new MarkdownImporter().Parse(checklist.Markdown, "generated-checklist.md");
        var boardId = await _services.GetRequiredService<BoardImportService>()
            .CreateBoardAsync(teamId, parsed, checklist.Markdown, "generated-checklist.md", Actor.System);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var item = await db.Items.Where(i => i.BoardId == boardId && i.Status == ItemStatus.Open).OrderBy(i => i.Id).FirstAsync();
            (_itemId, _version) = (item.Id, item.Version);
        }

        _statuses = _services.GetRequiredService<ItemStatusService>();
    }
}
