using ReadinessBoard.Domain;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Features.Document;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Document;

public class DocumentPageTests : ComponentTest
{
    [Fact]
    public async Task DocumentPage_RendersTheStoredSourceInACard()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("document-blocks.md"), teamName: "Platform");
        await Database.MemberAsync(Owner.Id!, Owner.Name, TeamRole.Viewer, "Platform");

        var page = await Renderer.RenderAsync<DocumentPage>(new() { [nameof(DocumentPage.BoardId)] = boardId });

        Assert.Contains("Document", page.QuerySelector(".rb-board-tab[aria-current=page]")!.TextContent);
        Assert.Equal("test.md", page.QuerySelector(".rb-doc-file-name")!.TextContent);
        var body = page.QuerySelector(".rb-doc-card .rb-doc-body")!;
        Assert.Equal("Blocks", body.QuerySelector("h1#blocks")!.TextContent);
        Assert.NotNull(body.QuerySelector("table"));
        Assert.Equal("L9", body.QuerySelector("table")!.ParentElement!.Id);
    }

    [Fact]
    public async Task DocumentPage_ShowsGarbledCharactersRepaired_AsTheBoardReadsThem()
    {
        var garbled = "# Launch\n\n## ‚úÖ Completed\n\n- [x] Rotate the keys üîê\n";
        var boardId = await Database.ImportAsync(MojibakeRepair.Repair(garbled).Text, teamName: "Platform", source: garbled);
        await Database.MemberAsync(Owner.Id!, Owner.Name, TeamRole.Viewer, "Platform");

        var page = await Renderer.RenderAsync<DocumentPage>(new() { [nameof(DocumentPage.BoardId)] = boardId });

        var body = page.QuerySelector(".rb-doc-body")!.TextContent;
        Assert.Contains("✅ Completed", body, StringComparison.Ordinal);
        Assert.Contains("Rotate the keys 🔐", body, StringComparison.Ordinal);
        Assert.DoesNotContain("‚úÖ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentPage_LeadsBackToTheTeamAndTheBoard()
    {
        var boardId = await Database.ImportAsync("# Launch plan\n\nText.\n", teamName: "Platform");
        await Database.MemberAsync(Owner.Id!, Owner.Name, TeamRole.Viewer, "Platform");

        var page = await Renderer.RenderAsync<DocumentPage>(new() { [nameof(DocumentPage.BoardId)] = boardId });

        var breadcrumb = page.QuerySelector("nav.rb-breadcrumb")!;
        Assert.Contains("Platform", breadcrumb.TextContent);
        var boardLink = breadcrumb.QuerySelectorAll("a")[^1];
        Assert.Equal($"boards/{boardId}", boardLink.GetAttribute("href"));
        Assert.Equal("Launch plan", boardLink.TextContent);
    }

    [Fact]
    public async Task DocumentPage_ShowsRawHtmlAsText()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("unsafe-document.md"));

        var page = await Renderer.RenderAsync<DocumentPage>(new() { [nameof(DocumentPage.BoardId)] = boardId });

        Assert.Empty(page.QuerySelectorAll(".rb-doc-body script, .rb-doc-body iframe, .rb-doc-body style"));
        Assert.DoesNotContain(page.QuerySelectorAll(".rb-doc-body *").SelectMany(e => e.Attributes),
            a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert('block')</script>", page.QuerySelector(".rb-doc-body")!.TextContent);
    }

    [Fact]
    public async Task DocumentPage_ForAnEmptySource_ShowsAnEmptyState()
    {
        var boardId = await Database.ImportAsync("  \n\n");

        var page = await Renderer.RenderAsync<DocumentPage>(new() { [nameof(DocumentPage.BoardId)] = boardId });

        Assert.Equal("This document is empty", page.QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Null(page.QuerySelector(".rb-doc-card"));
        Assert.Equal($"boards/{boardId}", page.QuerySelector(".rb-empty-text a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task DocumentPage_ForAnUnknownBoard_SaysSo()
    {
        var page = await Renderer.RenderAsync<DocumentPage>(new() { [nameof(DocumentPage.BoardId)] = 4242 });

        Assert.Equal("Board not found", page.QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Null(page.QuerySelector(".rb-doc-card"));
    }

    [Fact]
    public async Task DocumentPage_ForAnArchivedBoard_SaysNotFound()
    {
        var boardId = await Database.ImportAsync("# Old\n\nText.\n");
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            await db.Boards.Where(b => b.Id == boardId).ExecuteUpdateAsync(s => s.SetProperty(b => b.ArchivedAt, DateTime.UtcNow));
        }

        var page = await Renderer.RenderAsync<DocumentPage>(new() { [nameof(DocumentPage.BoardId)] = boardId });

        Assert.Equal("Board not found", page.QuerySelector(".rb-empty-title")!.TextContent);
    }
}
