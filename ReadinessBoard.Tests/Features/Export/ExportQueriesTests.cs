using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Export;

public class ExportQueriesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Get_ReadsTheBoardWithItsCurrentState_AndTheMarkdownFollowsIt()
    {
        var source = TestFiles.Read("nested-tasks.md");
        var boardId = await _database.ImportAsync(source);
        int itemId;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            itemId = await db.Items.Where(i => i.BoardId == boardId && i.Status == ItemStatus.Open).OrderBy(i => i.Position).Select(i => i.Id).FirstAsync();
        }

        var result = await new ItemStatusService(_database.Factory, TimeProvider.System)
            .SetStatusAsync(new SetItemStatus(itemId, ItemStatus.Done), Actor.System);
        Assert.Equal(StatusChangeOutcome.Changed, result.Outcome);
        var queries = new ExportQueries(_database.Factory, TimeProvider.System);

        var board = await queries.GetAsync(boardId);

        Assert.NotNull(board);
        Assert.Equal(source, board.SourceMarkdown);
        var ticked = board.Items.Single(i => i.Status == ItemStatus.Done && i.CompletedBy == "ReadinessBoard");
        Assert.Contains(board.Activities, a => a.Kind == ActivityKinds.ItemStatus && a.Item == ticked.Title);
        var markdown = MarkdownExporter.Rewrite(board.SourceMarkdown, board.Items);
        Assert.NotEqual(source, markdown);
        Assert.Equal(ItemStatus.Done, new ReadinessBoard.Features.Import.MarkdownImporter().Parse(markdown).Items.Single(i => i.Key == ticked.Key).Status);
    }

    [Fact]
    public async Task FindId_TakesAnIdOrAnExactTitle_AndNothingElse()
    {
        var boardId = await _database.ImportAsync("# Launch checklist\n\n- [ ] Back up\n");
        var queries = new ExportQueries(_database.Factory, TimeProvider.System);

        Assert.Equal(boardId, await queries.FindIdAsync(boardId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(boardId, await queries.FindIdAsync("launch CHECKLIST"));
        Assert.Null(await queries.FindIdAsync("Launch"));
        Assert.Null(await queries.FindIdAsync("999"));
        Assert.Null(await queries.GetAsync(999));
    }
}
