using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

public class BoardReimportServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private BoardReimportService _service = null!;
    private int _boardId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = new BoardReimportService(_database.Factory, TimeProvider.System);
        _boardId = await _database.ImportAsync(TestFiles.Read("reimport-v1.md"));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static ParseResult Parse(string fixture) => new MarkdownImporter().Parse(TestFiles.Read(fixture));

    [Fact]
    public async Task Preview_ListsAddedChangedAndArchivedItems_AndWritesNothing()
    {
        var plan = await _service.PreviewAsync(_boardId, Parse("reimport-v2.md"), Actor.System);

        Assert.NotNull(plan);
        Assert.Equal(["Web application firewall"], plan.Added.Select(a => a.Title));
        var changed = Assert.Single(plan.Changed);
        Assert.Equal("TLS everywhere", changed.Title);
        Assert.Equal(["Estimate: none → 2h"], changed.Changes);
        Assert.Equal(["Secrets in the vault"], plan.Archived.Select(a => a.Title));
        Assert.Equal(2, plan.Unchanged);
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(4, await db.Items.CountAsync(i => i.ArchivedAt == null));
    }

    [Fact]
    public async Task Apply_KeepsEveryTick_AddsNewItems_AndArchivesVanishedOnes()
    {
        var statuses = new ItemStatusService(_database.Factory, TimeProvider.System);
        var rateLimiting = await ItemAsync("Rate limiting");
        var secrets = await ItemAsync("Secrets in the vault");
        var alice = await _database.MemberAsync("u1", "Alice", TeamRole.Editor);
        var bob = await _database.MemberAsync("u2", "Bob", TeamRole.Editor);
        await statuses.SetStatusAsync(new SetItemStatus(rateLimiting.Id, ItemStatus.Done), alice);
        await statuses.SetStatusAsync(new SetItemStatus(secrets.Id, ItemStatus.Blocked, "waiting for the vault team"), alice);
        var v2 = TestFiles.Read("reimport-v2.md");

        var plan = await _service.ApplyAsync(_boardId, new MarkdownImporter().Parse(v2), v2, "v2.md", bob);

        Assert.NotNull(plan);
        var ticked = await ItemAsync("Rate limiting");
        Assert.Equal((ItemStatus.Done, "Alice", rateLimiting.Id), (ticked.Status, ticked.CompletedBy, ticked.Id));
        var archived = await ItemAsync("Secrets in the vault");
        Assert.NotNull(archived.ArchivedAt);
        Assert.Equal((ItemStatus.Blocked, "waiting for the vault team"), (archived.Status, archived.StatusReason));
        Assert.Equal(ItemStatus.Open, (await ItemAsync("Web application firewall")).Status);
        Assert.Equal(2.0, (await ItemAsync("TLS everywhere")).EstimateMaxHours);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var board = await db.Boards.SingleAsync(b => b.Id == _boardId);
        Assert.Equal(v2, board.SourceMarkdown);
        Assert.Equal(3, await db.Sections.CountAsync(s => s.BoardId == _boardId));
        var availability = await db.Metrics.Include(m => m.Readings).SingleAsync(m => m.BoardId == _boardId && m.Name == "Availability");
        Assert.Equal(["99.5%", "99.7%"], availability.Readings.OrderBy(r => r.Id).Select(r => r.ValueText));
        Assert.Equal(["Availability", "Error budget"], await db.Metrics.Where(m => m.BoardId == _boardId).OrderBy(m => m.Position).Select(m => m.Name).ToListAsync());
        Assert.Contains(await db.Activities.Where(a => a.BoardId == _boardId).ToListAsync(),
            a => a.Kind == ActivityKinds.BoardReimported && a.ActorName == "Bob" && a.Summary == "Imported a new version: 1 added, 1 changed, 1 archived");
    }

    [Fact]
    public async Task Apply_SameDocumentAgain_ChangesNothing_AndAReturningItemIsRestored()
    {
        var v1 = TestFiles.Read("reimport-v1.md");
        var v2 = TestFiles.Read("reimport-v2.md");
        await _service.ApplyAsync(_boardId, new MarkdownImporter().Parse(v2), v2, null, Actor.System);

        var again = await _service.PreviewAsync(_boardId, new MarkdownImporter().Parse(v2), Actor.System);
        Assert.False(again!.HasChanges);

        var back = await _service.ApplyAsync(_boardId, new MarkdownImporter().Parse(v1), v1, null, Actor.System);
        Assert.Contains(back!.Changed, c => c.Title == "Secrets in the vault" && c.Changes.Contains("back in the document: restored from the archive"));
        Assert.Null((await ItemAsync("Secrets in the vault")).ArchivedAt);
        Assert.NotNull((await ItemAsync("Web application firewall")).ArchivedAt);
    }

    [Fact]
    public async Task ReadingChoices_AreKeptWithTheBoard_AndReadItsNewerVersionTheSameWay()
    {
        const string v1 = "# Launch\n\n## Owners\n\n| Area | Person |\n|---|---|\n| Rotate the keys | Priya |\n| Load test | Sam |\n";
        var v2 = v1 + "| Freeze the schema | Lee |\n";
        var plain = DocumentImport.Prepare(System.Text.Encoding.UTF8.GetBytes(v1), "launch.md");
        var table = Assert.Single(plain.Parsed.Blocks);
        var chosen = plain.WithChoices(new([new ReadingChoice(table.Anchor, AsItems: true, new ChosenColumns(0, Owner: 1))]));
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var teamId = await db.Teams.Select(t => t.Id).FirstAsync();
            _boardId = await new BoardImportService(_database.Factory, TimeProvider.System)
                .CreateBoardAsync(teamId, chosen.Parsed, v1, "launch.md", Actor.System, chosen.Choices);
        }

        var stored = await _service.ChoicesAsync(_boardId, Actor.System);
        var viewer = await _database.MemberAsync("u3", "Vera", TeamRole.Viewer);

        Assert.Equal([table.Anchor], stored.All.Select(c => c.Anchor));
        await Assert.ThrowsAsync<ReadinessBoard.Features.Accounts.BoardAccessDeniedException>(() => _service.ChoicesAsync(_boardId, viewer));
        var newer = DocumentImport.Prepare(System.Text.Encoding.UTF8.GetBytes(v2), "launch.md", choices: stored);
        var plan = await _service.ApplyAsync(_boardId, newer.Parsed, v2, "launch.md", Actor.System, newer.Choices);
        Assert.Equal(["Freeze the schema"], plan!.Added.Select(a => a.Title));
        Assert.Equal("Lee", (await ItemAsync("Freeze the schema")).Owner);
        Assert.Equal([table.Anchor], (await _service.ChoicesAsync(_boardId, Actor.System)).All.Select(c => c.Anchor));
    }

    [Fact]
    public async Task Preview_OfAMissingBoard_IsNull() =>
        Assert.Null(await _service.PreviewAsync(4242, Parse("reimport-v2.md"), Actor.System));

    private async Task<Item> ItemAsync(string title)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.Items.AsNoTracking().SingleAsync(i => i.BoardId == _boardId && i.Title == title);
    }
}
