using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Checklist;

public class ItemStatusServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ItemStatusService _service = null!;
    private int _boardId;
    private Actor _alice = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = new ItemStatusService(_database.Factory, TimeProvider.System);
        _boardId = await _database.ImportAsync("# Board\n\n- [ ] First\n- [x] Second\n");
        _alice = await _database.MemberAsync("user-1", "alice@example.com", TeamRole.Editor);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SetStatus_StoresTheStatus_BumpsTheVersion_AndWritesActivity()
    {
        var item = await ItemAsync("First");

        var result = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), _alice);

        Assert.Equal(StatusChangeOutcome.Changed, result.Outcome);
        var stored = await ItemAsync("First");
        Assert.Equal(ItemStatus.Done, stored.Status);
        Assert.Equal(item.Version + 1, stored.Version);
        Assert.Equal("alice@example.com", stored.CompletedBy);
        Assert.NotNull(stored.CompletedAt);
        var activity = Assert.Single(await ActivitiesAsync(item.Id));
        Assert.Equal(("user-1", "alice@example.com", ActivityKinds.ItemStatus, "Open", "Done"),
            (activity.ActorId, activity.ActorName, activity.Kind, activity.Before, activity.After));
    }

    [Fact]
    public async Task SetStatus_WritesWhatTheModelReadsBack_ToTheTick()
    {
        // The change is written in SQL by hand: the model must read back every value it wrote, exactly.
        var at = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1234567);
        var service = new ItemStatusService(_database.Factory, new FixedClock(at));
        var item = await ItemAsync("First");

        var blocked = await service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Blocked, " waits on the \"network\" team "), _alice);
        var done = await service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), _alice);

        Assert.Equal((StatusChangeOutcome.Changed, StatusChangeOutcome.Changed), (blocked.Outcome, done.Outcome));
        var stored = await ItemAsync("First");
        Assert.Equal((ItemStatus.Done, null, item.Version + 2), (stored.Status, stored.StatusReason, stored.Version));
        Assert.Equal((at, at, "alice@example.com"), (stored.CompletedAt, stored.UpdatedAt, stored.CompletedBy));
        Assert.Equal(done.Item, new ItemView(
            stored.Id, stored.Title, stored.Status, stored.StatusReason, stored.Priority, stored.Owner, stored.Depth, stored.Version, stored.SourceLine));
        var log = (await ActivitiesAsync(item.Id)).OrderBy(a => a.Id).ToList();
        Assert.Equal([blocked.Change!.Revision, done.Change!.Revision], log.Select(a => (long)a.Id));
        Assert.Equal(
            [("Blocked: First", "Open", "Blocked", at, _boardId), ("Done: First", "Blocked", "Done", at, _boardId)],
            log.Select(a => (a.Summary, a.Before, a.After, a.OccurredAt, a.BoardId)));
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Items.CountAsync(i => i.Id == item.Id && i.CompletedAt == at && i.UpdatedAt >= at));
    }

    [Fact]
    public async Task SetStatus_IsIdempotent_ASecondIdenticalSetChangesNothing()
    {
        var item = await ItemAsync("First");
        await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), _alice);

        var again = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), _alice);

        Assert.Equal(StatusChangeOutcome.Unchanged, again.Outcome);
        Assert.Equal(item.Version + 1, (await ItemAsync("First")).Version);
        Assert.Single(await ActivitiesAsync(item.Id));
    }

    [Fact]
    public async Task SetStatus_Open_ClearsWhoCompletedIt()
    {
        var item = await ItemAsync("Second");

        await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Open), _alice);

        var stored = await ItemAsync("Second");
        Assert.Equal(ItemStatus.Open, stored.Status);
        Assert.Null(stored.CompletedAt);
        Assert.Null(stored.CompletedBy);
    }

    [Fact]
    public async Task SetStatus_WithAStaleVersion_IsRefused_AndReturnsTheCurrentState()
    {
        var item = await ItemAsync("First");
        await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, ExpectedVersion: item.Version), _alice);

        var stale = await _service.SetStatusAsync(
            new SetItemStatus(item.Id, ItemStatus.Blocked, "waiting on the network team", ExpectedVersion: item.Version), _alice);

        Assert.Equal(StatusChangeOutcome.Conflict, stale.Outcome);
        Assert.Equal(ItemStatus.Done, stale.Item!.Status);
        Assert.Equal(ItemStatus.Done, (await ItemAsync("First")).Status);
        Assert.Single(await ActivitiesAsync(item.Id));
    }

    [Theory]
    [InlineData(ItemStatus.NotApplicable)]
    [InlineData(ItemStatus.Blocked)]
    public async Task SetStatus_NotApplicableOrBlocked_NeedsAReason(ItemStatus status)
    {
        var item = await ItemAsync("First");

        await Assert.ThrowsAsync<ValidationException>(() => _service.SetStatusAsync(new SetItemStatus(item.Id, status, "  "), _alice));
        var result = await _service.SetStatusAsync(new SetItemStatus(item.Id, status, " single region for launch "), _alice);

        Assert.Equal(StatusChangeOutcome.Changed, result.Outcome);
        Assert.Equal("single region for launch", (await ItemAsync("First")).StatusReason);
    }

    [Fact]
    public async Task SetStatus_OfAMissingItem_SaysNotFound()
    {
        var result = await _service.SetStatusAsync(new SetItemStatus(987654, ItemStatus.Done), _alice);

        Assert.Equal(StatusChangeOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task SetStatus_OnAnArchivedBoard_OrBySomeoneOfAnotherTeam_SaysNotFound_AndChangesNothing()
    {
        var item = await ItemAsync("First");
        var outsider = await _database.MemberAsync("user-2", "olga@example.com", TeamRole.Owner, teamName: "Other team");
        var signedOut = new Actor(null, "someone");

        var byOutsider = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), outsider);
        var bySignedOut = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), signedOut);
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            await db.Boards.Where(b => b.Id == _boardId).ExecuteUpdateAsync(u => u.SetProperty(b => b.ArchivedAt, DateTime.UtcNow));
        }

        var byMemberOfArchived = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), _alice);

        Assert.All([byOutsider, bySignedOut, byMemberOfArchived], r => Assert.Equal(new StatusChangeResult(StatusChangeOutcome.NotFound, null), r));
        Assert.Equal(ItemStatus.Open, (await ItemAsync("First")).Status);
        Assert.Empty(await ActivitiesAsync(item.Id));
    }

    [Fact]
    public async Task SetStatus_ByTheApp_ChangesAnyBoard()
    {
        var item = await ItemAsync("First");

        var result = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done), Actor.System);

        Assert.Equal(StatusChangeOutcome.Changed, result.Outcome);
        Assert.Equal(ItemStatus.Done, (await ItemAsync("First")).Status);
    }

    [Fact]
    public async Task SetStatus_ConcurrentIdenticalSets_LandOnceWithOneActivity()
    {
        var item = await ItemAsync("First");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, ExpectedVersion: item.Version), _alice))));

        Assert.Single(results, r => r.Outcome == StatusChangeOutcome.Changed);
        Assert.All(results, r => Assert.NotEqual(StatusChangeOutcome.Conflict, r.Outcome));
        Assert.All(results, r => Assert.Equal(ItemStatus.Done, r.Item!.Status));
        Assert.Single(await ActivitiesAsync(item.Id));
        Assert.Equal(item.Version + 1, (await ItemAsync("First")).Version);
    }

    [Fact]
    public async Task SetStatus_TwoViewersEditFromTheSameVersion_TheLaterIsRefused_AndTheLogHoldsOnlyTheAcceptedChange()
    {
        var bob = await _database.MemberAsync("user-2", "Bob", TeamRole.Editor);
        var item = await ItemAsync("First");
        var before = DateTime.UtcNow;

        var alices = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.InProgress, ExpectedVersion: item.Version), _alice);
        var bobs = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, ExpectedVersion: item.Version), bob);

        Assert.Equal((StatusChangeOutcome.Changed, StatusChangeOutcome.Conflict), (alices.Outcome, bobs.Outcome));
        Assert.Equal((ItemStatus.InProgress, item.Version + 1), (bobs.Item!.Status, bobs.Item.Version));
        var stored = await ItemAsync("First");
        Assert.Equal((ItemStatus.InProgress, item.Version + 1), (stored.Status, stored.Version));
        var activity = Assert.Single(await ActivitiesAsync(item.Id));
        Assert.Equal(("alice@example.com", "Open", "InProgress"), (activity.ActorName, activity.Before, activity.After));
        Assert.InRange(activity.OccurredAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));

        // With the version the refusal showed, Bob's change is accepted and logged as his.
        var retried = await _service.SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, ExpectedVersion: bobs.Item.Version), bob);
        Assert.Equal(StatusChangeOutcome.Changed, retried.Outcome);
        Assert.Equal(["alice@example.com", "Bob"], (await ActivitiesAsync(item.Id)).OrderBy(a => a.Id).Select(a => a.ActorName));
    }

    private async Task<Item> ItemAsync(string title)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.Items.AsNoTracking().SingleAsync(i => i.BoardId == _boardId && i.Title == title);
    }

    private async Task<List<Activity>> ActivitiesAsync(int itemId)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.Activities.AsNoTracking().Where(a => a.ItemId == itemId).ToListAsync();
    }
}
