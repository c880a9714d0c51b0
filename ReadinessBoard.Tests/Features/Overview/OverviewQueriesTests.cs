using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Overview;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Overview;

/// <summary>
/// The Overview is read once per board, revision and day, and shared by everyone who opens it then;
/// each viewer's access is their own.
/// </summary>
public class OverviewQueriesTests : IAsyncLifetime
{
    private static readonly DateTime s_monday = new(2031, 5, 5, 12, 0, 0, DateTimeKind.Utc);
    private readonly BoardReadCache _reads = new();
    private TestDatabase _database = null!;
    private int _boardId;
    private Actor _editor = null!;
    private Actor _viewer = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _boardId = await _database.ImportAsync("# Board\n\n- [ ] First\n- [x] Second\n- [ ] Third\n");
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            // Due on the Monday the tests start on: overdue from Tuesday.
            await db.Items.Where(i => i.BoardId == _boardId && i.Title == "First")
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.DueDate, DateOnly.FromDateTime(s_monday)));
        }

        _editor = await _database.MemberAsync("user-1", "alice@example.com", TeamRole.Editor);
        _viewer = await _database.MemberAsync("user-2", "bob@example.com", TeamRole.Viewer);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ViewersAtTheSameRevision_ShareOneRead_EachWithTheirOwnRole()
    {
        var queries = Queries(s_monday);
        var outsider = await _database.MemberAsync("user-3", "olga@example.com", TeamRole.Owner, teamName: "Other team");

        var editors = await queries.GetAsync(_boardId, _editor);
        var viewers = await queries.GetAsync(_boardId, _viewer);

        Assert.Same(editors!.Statuses, viewers!.Statuses);
        Assert.Equal((true, false), (editors.Board.CanEdit, viewers.Board.CanEdit));
        Assert.Null(await queries.GetAsync(_boardId, outsider));
        Assert.Null(await queries.GetAsync(_boardId, new Actor(null, "someone")));
    }

    [Fact]
    public async Task AChange_IsInTheNextRead()
    {
        var queries = Queries(s_monday);
        var before = await queries.GetAsync(_boardId, _viewer);
        int thirdId;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            thirdId = await db.Items.Where(i => i.BoardId == _boardId && i.Title == "Third").Select(i => i.Id).SingleAsync();
        }

        await new ItemStatusService(_database.Factory, TimeProvider.System).SetStatusAsync(new SetItemStatus(thirdId, ItemStatus.Done), _editor);
        var after = await queries.GetAsync(_boardId, _viewer);

        Assert.Equal((1, 2), (before!.Overall.Done, after!.Overall.Done));
        Assert.Equal((1, 2), (before.Board.Done, after.Board.Done));
    }

    [Fact]
    public async Task ANewDay_IsANewRead_ForWhatIsOverdue()
    {
        var onTheDay = await Queries(s_monday).GetAsync(_boardId, _viewer);
        var dayAfter = await Queries(s_monday.AddDays(1)).GetAsync(_boardId, _viewer);

        Assert.Equal((0, 1), (onTheDay!.OverdueTotal, dayAfter!.OverdueTotal));
        Assert.Equal("First", Assert.Single(dayAfter.Overdue).Title);
    }

    // Every query object shares the one cache, as the app's singletons do; only the clock differs.
    private OverviewQueries Queries(DateTime now) => new(_database.Factory, new FixedClock(now), _reads);
}
