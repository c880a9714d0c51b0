using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Tests.Features.Checklist;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Boards;

/// <summary>The board page's checklist: filters from the query string, chips, paging, empty states, details.</summary>
public class BoardPageChecklistTests : ComponentTest
{
    [Fact]
    public async Task BoardPage_FiltersByTheTextInTheAddress_AndShowsItAsARemovableChip()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await RenderAsync(boardId, "?q=child%20open");

        Assert.Equal(["Child open"], Titles(page));
        Assert.Equal("1 of 11 items match", page.QuerySelector(".rb-result-count")!.TextContent.Trim());
        Assert.Equal("child open", page.QuerySelector("#rb-filter-q")!.GetAttribute("value"));
        var chip = Assert.Single(page.QuerySelectorAll(".rb-filter-chip"));
        Assert.Equal("Remove filter Text: \u201Cchild open\u201D", chip.GetAttribute("aria-label"));
        Assert.NotNull(page.QuerySelector(".rb-filter-clear"));
    }

    [Fact]
    public async Task BoardPage_FiltersByStatus_AndSelectsItInTheMenu()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await RenderAsync(boardId, "?status=done");

        Assert.Equal(["Top done", "Grandchild done with capital X", "Ordered done"], Titles(page));
        Assert.Equal("done", page.QuerySelector("#rb-filter-status option[selected]")!.GetAttribute("value"));
        Assert.Equal("Remove filter Status: Done", page.QuerySelector(".rb-filter-chip")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task BoardPage_ReadsTheMatrixCellFromTheAddress_AsTwoChips()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("priority-matrix.md"));

        var page = await RenderAsync(boardId, "?impact=High&effort=Low");

        Assert.Equal(["Turn on HSTS for the storefront", "Add a readiness probe"], Titles(page));
        Assert.Equal(["Remove filter Impact: High", "Remove filter Effort: Low"],
            page.QuerySelectorAll(".rb-filter-chip").Select(c => c.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task BoardPage_WhenNothingMatches_SaysSoAndOffersToClearTheFilters()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await RenderAsync(boardId, "?q=nothing-like-this&status=blocked");

        Assert.Empty(page.QuerySelectorAll("li.rb-item"));
        Assert.Equal("No items match these filters", page.QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Contains("Clear filters", page.QuerySelector(".rb-empty .rb-empty-actions")!.TextContent);
        Assert.Null(page.QuerySelector(".rb-result-count"));
    }

    [Fact]
    public async Task BoardPage_PagesALargeBoard_AndRepeatsTheSectionHeadingOnTheNextPage()
    {
        var boardId = await Database.ImportAsync(ChecklistQueriesTests.Generated(sections: 3, perSection: 40));

        var first = await RenderAsync(boardId, "");
        var second = await RenderAsync(boardId, "?page=2");

        Assert.Equal(50, first.QuerySelectorAll("li.rb-item").Length);
        Assert.Equal(["Area 1", "Area 2"], first.QuerySelectorAll("section.rb-section h2").Select(h => h.TextContent));
        Assert.Equal("Page 1 of 3", first.QuerySelector(".rb-pager-text")!.TextContent);
        Assert.Null(first.QuerySelector(".rb-pager a[rel=prev]"));
        Assert.EndsWith($"/boards/{boardId}?page=2", first.QuerySelector(".rb-pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("120 items · showing 1–50", first.QuerySelector(".rb-result-count")!.TextContent.Trim());

        Assert.Equal("Area 2 task 11", Titles(second)[0]);
        Assert.Equal(["Area 2", "Area 3"], second.QuerySelectorAll("section.rb-section h2").Select(h => h.TextContent));
        // Section counts are the section's own, whatever the page shows of it.
        Assert.Equal("0/40", second.QuerySelector("section.rb-section .rb-section-count")!.TextContent);
        Assert.Equal(2, second.QuerySelectorAll(".rb-pager a").Length);
    }

    [Fact]
    public async Task BoardPage_ShowsHeadingsAboveAFilteredSubsection()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("nested-tasks.md"));

        var page = await RenderAsync(boardId, "?q=same");

        Assert.Equal("Section A", page.QuerySelector("h2.rb-group-title")!.TextContent);
        Assert.Equal("Sub A1", page.QuerySelector("section.rb-section h2")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("li.rb-item").Length);
    }

    [Fact]
    public async Task BoardPage_GivesEveryRowAnAnchor_AStatusMenu_AndShowsOwnerPriorityAndDueDate()
    {
        var boardId = await Database.ImportAsync("# B\n\n- [ ] Rotate keys\n- [ ] Other\n");
        var id = await SetAsync(boardId, "Rotate keys", i =>
        {
            i.Owner = "Priya";
            i.Priority = "High";
            i.DueDate = new DateOnly(2020, 1, 31);
            i.Status = ItemStatus.Blocked;
            i.StatusReason = "waiting on the vault upgrade";
        });

        var page = await RenderAsync(boardId, "");

        var row = page.QuerySelector($"li#item-{id}")!;
        Assert.Contains("rb-status-blocked", row.ClassList);
        Assert.Equal("Rotate keys", row.QuerySelector("label.rb-item-label")!.TextContent.Trim());
        Assert.Equal("waiting on the vault upgrade", row.QuerySelector(".rb-item-reason")!.TextContent);
        Assert.Equal("High", row.QuerySelector(".rb-priority")!.TextContent);
        Assert.Contains("Priya", row.QuerySelector(".rb-item-meta")!.TextContent);
        Assert.NotNull(row.QuerySelector(".rb-overdue"));
        Assert.Contains("31 Jan 2020", row.QuerySelector(".rb-overdue")!.TextContent);
        var status = row.QuerySelector("button.rb-status-button")!;
        Assert.Equal("Status of Rotate keys: Blocked", status.GetAttribute("aria-label"));
        Assert.Equal("menu", status.GetAttribute("aria-haspopup"));
        Assert.Equal("Details of Rotate keys", row.QuerySelector("button.rb-icon-button")!.GetAttribute("aria-label"));
        Assert.Contains("Priya", page.QuerySelectorAll("#rb-filter-owner option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task BoardPage_OpensTheDetailsOfTheItemInTheAddress()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("priority-matrix.md"));
        var id = await SetAsync(boardId, "Add a readiness probe", i =>
        {
            i.Owner = "Priya";
            i.EvidenceUrl = "https://ci.example.com/runs/7";
            i.Notes = "Probe path is /health/ready.";
            i.DueDate = new DateOnly(2026, 12, 1);
        });

        var page = await RenderAsync(boardId, $"?item={id}");

        var panel = page.QuerySelector("aside.rb-panel[role=dialog]")!;
        Assert.Equal("Add a readiness probe", panel.QuerySelector("#rb-details-title")!.TextContent);
        var facts = panel.QuerySelectorAll(".rb-fact").ToDictionary(f => f.QuerySelector("dt")!.TextContent, f => f.QuerySelector("dd")!.TextContent);
        Assert.Equal(("High", "Low", "Low", "2 h"), (facts["Impact"], facts["Effort"], facts["Risk"], facts["Estimate"]));
        Assert.Contains("The orchestrator sends traffic", panel.QuerySelector(".rb-panel-details")!.TextContent);
        Assert.Equal($"boards/{boardId}/document#L{SourceLineOf(page, id)}", panel.QuerySelector(".rb-fact a")!.GetAttribute("href"));
        Assert.Equal("Priya", panel.QuerySelector("#rb-details-owner")!.GetAttribute("value"));
        Assert.Equal("2026-12-01", panel.QuerySelector("#rb-details-due")!.GetAttribute("value"));
        Assert.Equal("https://ci.example.com/runs/7", panel.QuerySelector("#rb-details-evidence")!.GetAttribute("value"));
        Assert.Equal("Probe path is /health/ready.", panel.QuerySelector("#rb-details-notes")!.TextContent);
        Assert.Equal(["Priya"], panel.QuerySelectorAll("#rb-details-owners option").Select(o => o.GetAttribute("value")));
        Assert.Equal("nofollow noopener noreferrer", panel.QuerySelector("a.rb-evidence-link")!.GetAttribute("rel"));
    }

    [Fact]
    public async Task BoardPage_ShowsTheCategoriesItemsAndPrioritiesOfCorpusChecklist003()
    {
        var boardId = await Database.ImportAsync(File.ReadAllText(Path.Combine(TestFiles.CorpusDirectory, "003_47d9a064beaccfa0.txt")));

        var page = await RenderAsync(boardId, "");

        var sections = page.QuerySelectorAll("section.rb-section").ToDictionary(s => s.QuerySelector("h2")!.TextContent);
        Assert.Equal("Critical Infrastructure Gaps", page.QuerySelector("h2.rb-group-title")!.TextContent);
        var caching = sections["Caching & Session Management"];
        Assert.Equal(["Redis/caching layer", "Session persistence"], caching.QuerySelectorAll(".rb-item-title").Select(t => t.TextContent));
        Assert.Equal("Critical", caching.QuerySelector(".rb-priority")!.TextContent);
        Assert.Equal(4, sections["Database Operations"].QuerySelectorAll("li.rb-item").Length);
        Assert.Equal("0/4", sections["Database Operations"].QuerySelector(".rb-section-count")!.TextContent);
        Assert.Equal(["Critical", "High", "Medium", "Low"],
            page.QuerySelectorAll("#rb-filter-priority option").Skip(1).Select(o => o.TextContent));
    }

    private Task<AngleSharp.Dom.IDocument> RenderAsync(int boardId, string query) =>
        Renderer.RenderAsync<BoardPage>(new() { [nameof(BoardPage.BoardId)] = boardId }, $"boards/{boardId}{query}");

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("li.rb-item .rb-item-title").Select(t => t.TextContent).ToList();

    private static string SourceLineOf(AngleSharp.Dom.IDocument page, int itemId) =>
        page.QuerySelector($"li#item-{itemId} a.rb-source-link")!.TextContent.TrimStart('L');

    private async Task<int> SetAsync(int boardId, string title, Action<Item> change)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        var item = await db.Items.SingleAsync(i => i.BoardId == boardId && i.Title == title);
        change(item);
        await db.SaveChangesAsync();
        return item.Id;
    }
}
