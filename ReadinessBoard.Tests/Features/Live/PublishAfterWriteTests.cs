using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Live;

/// <summary>Every stored change reaches the board's subscribers, and only after it is stored.</summary>
public class PublishAfterWriteTests : IAsyncLifetime
{
    private Actor _alice = null!;
    private readonly InProcessBoardNotifier _notifier = new(NullLogger<InProcessBoardNotifier>.Instance);
    // What a subscriber read from the database when the change reached it.
    private readonly Channel<(BoardChange Change, ItemStatus? Stored)> _received = Channel.CreateUnbounded<(BoardChange, ItemStatus?)>();
    private TestDatabase _database = null!;
    private ItemStatusService _statuses = null!;
    private int _boardId;
    private IDisposable? _subscription;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _statuses = new ItemStatusService(_database.Factory, TimeProvider.System, _notifier);
        _boardId = await _database.ImportAsync(TestFiles.Read("reimport-v1.md"));
        _alice = await _database.MemberAsync("user-1", "Alice", TeamRole.Editor);
        _subscription = _notifier.Subscribe(_boardId, async change =>
        {
            await using var db = await _database.Factory.CreateDbContextAsync();
            var stored = change.ItemId is { } id ? await db.Items.Where(i => i.Id == id).Select(i => (ItemStatus?)i.Status).SingleAsync() : null;
            await _received.Writer.WriteAsync((change, stored));
        });
    }

    public async Task DisposeAsync()
    {
        _subscription?.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SetStatus_PublishesTheChange_WhichSubscribersFindStored()
    {
        var item = await ItemAsync("Rate limiting");

        await _statuses.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, ExpectedVersion: item.Version), _alice);

        var (change, stored) = await NextAsync();
        Assert.Equal(new BoardChange(_boardId, ActivityKinds.ItemStatus, item.Id, item.Version + 1, "Alice"), change with { Revision = 0, Status = null });
        Assert.Equal(ItemStatus.Done, stored);
    }

    [Fact]
    public async Task SetStatus_PublishesTheNewRevision_AndTheCountsAfterIt()
    {
        var item = await ItemAsync("Rate limiting");

        var result = await _statuses.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Blocked, "Waiting for the gateway", item.Version), _alice);

        var (change, _) = await NextAsync();
        await using var db = await _database.Factory.CreateDbContextAsync();
        var items = await db.Items.Where(i => i.BoardId == _boardId && i.ArchivedAt == null).ToListAsync();
        var section = items.Where(i => i.SectionId == item.SectionId).ToList();
        var revision = await db.Activities.Where(a => a.BoardId == _boardId).MaxAsync(a => a.Id);
        Assert.Equal(revision, change.Revision);
        Assert.Equal(
            new StatusPatch(ItemStatus.Blocked, "Waiting for the gateway", item.SectionId,
                items.Count(i => i.Status == ItemStatus.Done), items.Count(i => i.Status != ItemStatus.NotApplicable),
                section.Count(i => i.Status == ItemStatus.Done), section.Count(i => i.Status != ItemStatus.NotApplicable)),
            change.Status);
        Assert.True(change.Status!.SectionCounted < change.Status.BoardCounted);
        // The page that made the change gets what every viewer got.
        Assert.Equal(change, result.Change);
    }

    [Fact]
    public async Task AnItemUnderNoHeading_IsCountedWithTheOthersUnderNoHeading()
    {
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            await db.Items.Where(i => i.BoardId == _boardId && i.Title == "Rate limiting").ExecuteUpdateAsync(u => u.SetProperty(i => i.SectionId, (int?)null));
        }

        var item = await ItemAsync("Rate limiting");
        Assert.Null(item.SectionId);

        var result = await _statuses.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, ExpectedVersion: item.Version), _alice);

        await using var check = await _database.Factory.CreateDbContextAsync();
        var general = await check.Items.Where(i => i.BoardId == _boardId && i.ArchivedAt == null && i.SectionId == null).ToListAsync();
        Assert.Equal(general.Count(i => i.Status == ItemStatus.Done), result.Change!.Status!.SectionDone);
        Assert.Equal(general.Count(i => i.Status != ItemStatus.NotApplicable), result.Change.Status.SectionCounted);
    }

    [Fact]
    public async Task ChangingAMembersRole_AsksEveryViewerOfTheTeamsBoards_ToCheckTheirAccess()
    {
        var owner = await _database.MemberAsync("owner-1", "owner@example.com", TeamRole.Owner);
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var members = new TeamMembersService(_database.Factory, TimeProvider.System, _notifier);
            var alice = await db.TeamMembers.SingleAsync(m => m.UserId == "user-1");
            Assert.Null(await members.ChangeRoleAsync(owner, alice.Id, TeamRole.Viewer));
        }

        var (change, _) = await NextAsync();
        Assert.Equal(new BoardChange(_boardId, BoardChangeKinds.Members), change);
    }

    [Fact]
    public async Task SetStatus_ThatChangesNothing_OrIsRefused_PublishesNothing()
    {
        var item = await ItemAsync("Rate limiting");
        await _statuses.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), _alice);
        await NextAsync();

        var same = await _statuses.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), _alice);
        var stale = await _statuses.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Open, ExpectedVersion: item.Version), _alice);

        Assert.Equal((StatusChangeOutcome.Unchanged, StatusChangeOutcome.Conflict), (same.Outcome, stale.Outcome));
        await Task.Delay(200);
        Assert.False(_received.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Reimport_PublishesOnce_AfterItCommits()
    {
        var reimport = new BoardReimportService(_database.Factory, TimeProvider.System, _notifier);
        var v2 = TestFiles.Read("reimport-v2.md");

        await reimport.ApplyAsync(_boardId, new MarkdownImporter().Parse(v2), v2, "v2.md", _alice);

        var (change, _) = await NextAsync();
        Assert.Equal(new BoardChange(_boardId, ActivityKinds.BoardReimported, ActorName: "Alice"), change);
        await Task.Delay(200);
        Assert.False(_received.Reader.TryRead(out _));
    }

    private async Task<(BoardChange Change, ItemStatus? Stored)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    private async Task<Item> ItemAsync(string title)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.Items.AsNoTracking().SingleAsync(i => i.BoardId == _boardId && i.Title == title);
    }
}
