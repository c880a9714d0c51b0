using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.ActivityFeed;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.ActivityFeed;

/// <summary>
/// The activity feed is read once per board, revision, filter and page, and shared by everyone who
/// opens it then; each viewer's access is their own.
/// </summary>
public class ActivityQueriesTests : IAsyncLifetime
{
    private readonly BoardReadCache _reads = new();
    private TestDatabase _database = null!;
    private ActivityQueries _queries = null!;
    private int _boardId;
    private Actor _editor = null!;
    private Actor _viewer = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _boardId = await _database.ImportAsync("# Board\n\n- [ ] First\n- [ ] Second\n");
        _editor = await _database.MemberAsync("user-1", "alice@example.com", TeamRole.Editor);
        _viewer = await _database.MemberAsync("user-2", "bob@example.com", TeamRole.Viewer);
        _queries = new ActivityQueries(_database.Factory, _reads);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ViewersAtTheSameRevision_ShareOneRead_EachWithTheirOwnRole()
    {
        var outsider = await _database.MemberAsync("user-3", "olga@example.com", TeamRole.Owner, teamName: "Other team");

        var editors = await _queries.GetAsync(_boardId, _editor, new ActivityFilter());
        var viewers = await _queries.GetAsync(_boardId, _viewer, new ActivityFilter());

        Assert.Same(editors!.Entries, viewers!.Entries);
        Assert.Equal((true, false), (editors.Board.CanEdit, viewers.Board.CanEdit));
        Assert.Null(await _queries.GetAsync(_boardId, outsider, new ActivityFilter()));
        Assert.Null(await _queries.GetAsync(_boardId, new Actor(null, "someone"), new ActivityFilter()));
    }

    [Fact]
    public async Task AnotherFilterOrPage_IsARead_OfItsOwn()
    {
        await TickAsync("First");

        var all = await _queries.GetAsync(_boardId, _viewer, new ActivityFilter());
        var statuses = await _queries.GetAsync(_boardId, _viewer, new ActivityFilter(Kind: ActivityKinds.ItemStatus));
        var newest = await _queries.GetAsync(_boardId, _viewer, new ActivityFilter(), take: 1);

        Assert.Equal(2, all!.Entries.Count);
        Assert.Equal([ActivityKinds.ItemStatus], statuses!.Entries.Select(e => e.Kind));
        Assert.Equal((1, 2), (statuses.Matching, statuses.All));
        Assert.Equal(all.Entries[0], Assert.Single(newest!.Entries));
    }

    [Fact]
    public async Task AChange_IsInTheNextRead()
    {
        var before = await _queries.GetAsync(_boardId, _viewer, new ActivityFilter());

        await TickAsync("Second");
        var after = await _queries.GetAsync(_boardId, _viewer, new ActivityFilter());

        Assert.Equal((1, 2), (before!.All, after!.All));
        Assert.Contains("Second", after.Entries[0].Summary);
        Assert.Equal("alice@example.com", after.Entries[0].ActorName);
    }

    private async Task TickAsync(string title)
    {
        int itemId;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            itemId = await db.Items.Where(i => i.BoardId == _boardId && i.Title == title).Select(i => i.Id).SingleAsync();
        }

        await new ItemStatusService(_database.Factory, TimeProvider.System).SetStatusAsync(new SetItemStatus(itemId, ItemStatus.Done), _editor);
    }
}
