using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Checklist;

public class ItemEditServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ItemEditService _service = null!;
    private int _boardId;
    private Actor _alice = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = new ItemEditService(_database.Factory, new ChecklistQueries(_database.Factory, new BoardReadCache()), TimeProvider.System);
        _boardId = await _database.ImportAsync("# Board\n\n- [ ] First\n- [x] Second (2-3h)\n");
        _alice = await _database.MemberAsync("user-1", "Alice", TeamRole.Editor);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Edit_StoresTheFacts_BumpsTheVersion_AndWritesOneActivityWithBeforeAndAfter()
    {
        var item = await ItemAsync("First");

        var result = await _service.EditAsync(new ItemEdit
        {
            ItemId = item.Id,
            ExpectedVersion = item.Version,
            Owner = "  Priya ",
            DueDate = new DateOnly(2026, 12, 1),
            EstimateMinHours = 2,
            EstimateMaxHours = 4,
            EvidenceUrl = "https://ci.example.com/runs/42",
            Notes = "Checked with the platform team.",
        }, _alice);

        Assert.Equal(ItemEditOutcome.Changed, result.Outcome);
        var stored = await ItemAsync("First");
        Assert.Equal(("Priya", new DateOnly(2026, 12, 1), 2d, 4d, "https://ci.example.com/runs/42", "Checked with the platform team."),
            (stored.Owner, stored.DueDate!.Value, stored.EstimateMinHours!.Value, stored.EstimateMaxHours!.Value, stored.EvidenceUrl, stored.Notes));
        Assert.Equal(item.Version + 1, stored.Version);
        Assert.Equal(stored.Version, result.Item!.Version);
        Assert.Equal("Priya", result.Item.Owner);

        var activity = Assert.Single(await ActivitiesAsync(item.Id));
        Assert.Equal(("user-1", "Alice", ActivityKinds.ItemEdited), (activity.ActorId, activity.ActorName, activity.Kind));
        Assert.Equal("Changed owner, due date, estimate, evidence link, notes: First", activity.Summary);
        var before = JsonSerializer.Deserialize<Dictionary<string, string?>>(activity.Before!)!;
        var after = JsonSerializer.Deserialize<Dictionary<string, string?>>(activity.After!)!;
        Assert.Null(before["owner"]);
        Assert.Equal("Priya", after["owner"]);
        Assert.Equal("2026-12-01", after["dueDate"]);
        Assert.Equal("2–4 h", after["estimateHours"]);
    }

    [Fact]
    public async Task Edit_RecordsOnlyTheFieldsThatChanged()
    {
        var item = await ItemAsync("Second");

        await _service.EditAsync(Edit(item, e => e.Owner = "Sam"), _alice);

        var activity = Assert.Single(await ActivitiesAsync(item.Id));
        Assert.Equal("Changed owner: Second", activity.Summary);
        Assert.Equal("""{"owner":null}""", activity.Before);
        Assert.Equal("""{"owner":"Sam"}""", activity.After);
        var stored = await ItemAsync("Second");
        Assert.Equal((2d, 3d), (stored.EstimateMinHours!.Value, stored.EstimateMaxHours!.Value));
    }

    [Fact]
    public async Task Edit_WithAStaleVersion_IsRefused_AndReturnsTheCurrentState()
    {
        var item = await ItemAsync("First");
        await _service.EditAsync(Edit(item, e => e.Owner = "Priya"), _alice);

        var stale = await _service.EditAsync(Edit(item, e => e.Owner = "Sam"), _alice);

        Assert.Equal(ItemEditOutcome.Conflict, stale.Outcome);
        Assert.Equal("Priya", stale.Item!.Owner);
        Assert.Equal("Priya", (await ItemAsync("First")).Owner);
        Assert.Single(await ActivitiesAsync(item.Id));
    }

    [Fact]
    public async Task Edit_AfterAStatusChange_IsRefused_BecauseTheVersionMoved()
    {
        var item = await ItemAsync("First");
        await new ItemStatusService(_database.Factory, TimeProvider.System)
            .SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, ExpectedVersion: item.Version), _alice);

        var stale = await _service.EditAsync(Edit(item, e => e.Notes = "late note"), _alice);

        Assert.Equal(ItemEditOutcome.Conflict, stale.Outcome);
        Assert.Equal(ItemStatus.Done, stale.Item!.Status);
        Assert.Null((await ItemAsync("First")).Notes);
    }

    [Fact]
    public async Task Edit_WithNothingChanged_IsUnchanged_AndWritesNothing()
    {
        var item = await ItemAsync("Second");

        var result = await _service.EditAsync(Edit(item, e => e.Owner = "   "), _alice);

        Assert.Equal(ItemEditOutcome.Unchanged, result.Outcome);
        Assert.Equal(item.Version, (await ItemAsync("Second")).Version);
        Assert.Empty(await ActivitiesAsync(item.Id));
    }

    [Fact]
    public async Task Edit_BlankTextClearsAField_AndOneHourCountSetsBothEnds()
    {
        var item = await ItemAsync("Second");
        await _service.EditAsync(Edit(item, e => e.Owner = "Sam"), _alice);
        item = await ItemAsync("Second");

        await _service.EditAsync(Edit(item, e => { e.Owner = ""; e.EstimateMinHours = 5; e.EstimateMaxHours = null; }), _alice);

        var stored = await ItemAsync("Second");
        Assert.Null(stored.Owner);
        Assert.Equal((5d, 5d), (stored.EstimateMinHours!.Value, stored.EstimateMaxHours!.Value));
    }

    [Fact]
    public async Task Edit_WithAnUnsafeLink_IsRefused_AndNothingIsStored()
    {
        var item = await ItemAsync("First");

        await Assert.ThrowsAsync<ValidationException>(() =>
            _service.EditAsync(Edit(item, e => { e.Owner = "Priya"; e.EvidenceUrl = "javascript:alert(1)"; }), _alice));

        var stored = await ItemAsync("First");
        Assert.Null(stored.Owner);
        Assert.Null(stored.EvidenceUrl);
        Assert.Equal(item.Version, stored.Version);
        Assert.Empty(await ActivitiesAsync(item.Id));
    }

    [Fact]
    public async Task Edit_OfAMissingItem_SaysNotFound()
    {
        var result = await _service.EditAsync(new ItemEdit { ItemId = 987654, Owner = "Priya" }, _alice);

        Assert.Equal(ItemEditOutcome.NotFound, result.Outcome);
    }

    private static ItemEdit Edit(Item item, Action<ItemEdit> change)
    {
        var edit = new ItemEdit
        {
            ItemId = item.Id,
            ExpectedVersion = item.Version,
            Owner = item.Owner,
            DueDate = item.DueDate,
            EstimateMinHours = item.EstimateMinHours,
            EstimateMaxHours = item.EstimateMaxHours,
            EvidenceUrl = item.EvidenceUrl,
            Notes = item.Notes,
        };
        change(edit);
        return edit;
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
