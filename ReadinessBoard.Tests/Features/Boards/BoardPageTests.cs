using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Boards;

public class BoardPageTests : ComponentTest
{
    [Fact]
    public async Task BoardPage_RendersEachItemAsACheckboxNamedByItsTitle()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId });

        var labels = page.QuerySelectorAll("label.rb-item-label");
        Assert.Equal(11, labels.Length);
        Assert.All(labels, label => Assert.NotNull(label.QuerySelector("input[type=checkbox]")));
        bool Checked(string title) => labels.First(l => l.TextContent.Trim() == title).QuerySelector("input")!.HasAttribute("checked");
        Assert.True(Checked("Top done"));
        Assert.True(Checked("Grandchild done with capital X"));
        Assert.False(Checked("Child open"));
        Assert.Equal(2, labels.Count(l => l.TextContent.Trim() == "Same title"));
    }

    [Fact]
    public async Task BoardPage_ShowsProgressWithoutNotApplicableItems()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId });

        // 11 items, one not applicable; 3 done.
        Assert.Equal("3 of 10 done · 30%", page.QuerySelector(".rb-progress-text")!.TextContent.Trim());
        var notApplicable = page.QuerySelectorAll("li.rb-item").Single(li => li.TextContent.Contains("Not applicable (GitLab style)"));
        Assert.Contains("rb-status-not-applicable", notApplicable.ClassList);
        Assert.Contains("Not applicable", notApplicable.QuerySelector(".rb-status-badge")!.TextContent);
    }

    [Fact]
    public async Task BoardPage_LinksEveryItemToItsLineInTheDocument()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId });

        var child = page.QuerySelectorAll("li.rb-item").Single(li => li.TextContent.Contains("Child open", StringComparison.Ordinal));
        Assert.Equal($"boards/{boardId}/document#L6", child.QuerySelector("a.rb-source-link")!.GetAttribute("href"));
        Assert.Equal(11, page.QuerySelectorAll("a.rb-source-link").Length);
    }

    [Fact]
    public async Task BoardPage_NestsSectionsAndIndentsSubtasks()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId });

        Assert.Equal("Section A", page.QuerySelector("h2.rb-group-title")!.TextContent.Trim());
        var sub = page.QuerySelectorAll("section.rb-section").Single(s => s.QuerySelector("h2")!.TextContent == "Sub A1");
        Assert.Contains("--rb-depth: 1", sub.GetAttribute("style"));
        var grandchild = page.QuerySelectorAll("li.rb-item").Single(li => li.TextContent.Contains("Grandchild"));
        Assert.Contains("--rb-indent: 2", grandchild.GetAttribute("style"));
    }

    [Fact]
    public async Task BoardPage_DisablesCheckboxesUntilTheCircuitIsInteractive()
    {
        var boardId = await Database.ImportAsync("# B\n\n- [ ] One\n");

        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId });

        Assert.Equal("false", page.QuerySelector("article.rb-board")!.GetAttribute("data-interactive"));
        Assert.True(page.QuerySelector("input.rb-check")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task BoardPage_LinksToItsDocument()
    {
        var boardId = await Database.ImportAsync("# B\n\n- [ ] One\n");

        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId });

        var link = page.QuerySelectorAll("nav[aria-label='Board views'] a").Single(a => a.GetAttribute("href")!.EndsWith("/document", StringComparison.Ordinal));
        Assert.Equal($"boards/{boardId}/document", link.GetAttribute("href"));
        Assert.Equal("true", link.QuerySelector("i")!.GetAttribute("aria-hidden"));
        Assert.Equal("Document", string.Concat(link.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement).Select(n => n.TextContent)).Trim());
    }

    [Fact]
    public async Task BoardPage_ForAnUnknownBoard_SaysSo()
    {
        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = 4242 });

        Assert.Equal("Board not found", page.QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Null(page.QuerySelector("input[type=checkbox]"));
    }

    [Fact]
    public async Task BoardPage_ForABoardWithoutTasks_ShowsAnEmptyState()
    {
        var boardId = await Database.ImportAsync("# Notes only\n\nJust prose.\n");

        var page = await Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId });

        Assert.Equal("No items on this board", page.QuerySelector(".rb-empty-title")!.TextContent);
    }

    [Fact]
    public async Task BoardsPage_ListsBoardsWithProgressAndLastActivity()
    {
        var boardId = await Database.ImportAsync("# Alpha\n\n- [x] a\n- [ ] b\n- [ ] c\n- [ ] d\n");

        var page = await Renderer.RenderAsync<BoardsPage>();

        var card = Assert.Single(page.QuerySelectorAll("a.rb-board-card"));
        Assert.Equal($"boards/{boardId}", card.GetAttribute("href"));
        Assert.Equal("Alpha", card.QuerySelector(".rb-board-card-title")!.TextContent);
        Assert.Contains("1 of 4 done", card.TextContent);
        Assert.Contains("Imported \"Alpha\" with 4 items", card.QuerySelector(".rb-board-card-activity")!.TextContent);
    }

    [Fact]
    public async Task BoardsPage_WithoutBoards_ShowsAnEmptyState()
    {
        var page = await Renderer.RenderAsync<BoardsPage>();

        Assert.Equal("No boards yet", page.QuerySelector(".rb-empty-title")!.TextContent);
    }

    [Fact]
    public async Task BoardsPage_LeavesOutArchivedBoards()
    {
        var boardId = await Database.ImportAsync("# Old\n\n- [ ] a\n");
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            await db.Boards.Where(b => b.Id == boardId).ExecuteUpdateAsync(s => s.SetProperty(b => b.ArchivedAt, DateTime.UtcNow));
        }

        var page = await Renderer.RenderAsync<BoardsPage>();

        Assert.Empty(page.QuerySelectorAll("a.rb-board-card"));
    }
}
