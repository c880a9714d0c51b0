using System.Text;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Checklist;

public class ChecklistQueriesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ChecklistQueries _queries = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _queries = new ChecklistQueries(_database.Factory, new BoardReadCache());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Get_PagesInSectionOrder_AndHoldsOnlyThePage()
    {
        var boardId = await _database.ImportAsync(Generated(sections: 3, perSection: 40));

        var first = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None, page: 1, pageSize: 50))!;
        var last = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None, page: 3, pageSize: 50))!;

        Assert.Equal((120, 3, 50), (first.Page.Matching, first.Page.Count, first.Page.Items.Count));
        Assert.Equal("Area 1 task 1", first.Page.Items[0].Title);
        Assert.Equal("Area 2 task 10", first.Page.Items[^1].Title);
        Assert.Equal(20, last.Page.Items.Count);
        Assert.Equal(("Area 3 task 21", "Area 3 task 40"), (last.Page.Items[0].Title, last.Page.Items[^1].Title));
        Assert.Equal((101, 120), (last.Page.First, last.Page.Last));
        // Counts cover the whole board, whatever the page.
        Assert.Equal((120, 120), (last.ItemCount, last.Total));
        Assert.Equal([40, 40, 40], last.Sections.Select(s => s.Items));
    }

    [Fact]
    public async Task Get_AfterAStoredChange_ShowsIt_ThoughTheReadIsShared()
    {
        var boardId = await _database.ImportAsync("# B\n\n- [ ] Rotate keys\n- [ ] Raise the limit\n");
        var before = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None))!;
        var item = before.Page.Items[0];

        await new ItemStatusService(_database.Factory, TimeProvider.System)
            .SetStatusAsync(new SetItemStatus(item.Id, ItemStatus.Done, null, item.Version), Actor.System);
        var after = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None))!;

        Assert.Equal((ItemStatus.Open, 0), (before.Page.Items[0].Status, before.Done));
        Assert.Equal((ItemStatus.Done, 1), (after.Page.Items[0].Status, after.Done));
    }

    [Fact]
    public async Task Get_SharesTheRead_ButNotWhetherTheReaderMayEdit()
    {
        var boardId = await _database.ImportAsync("# B\n\n- [ ] Rotate keys\n");
        var viewer = await _database.MemberAsync("viewer-1", "viewer@example.com", TeamRole.Viewer);
        var editor = await _database.MemberAsync("editor-1", "editor@example.com", TeamRole.Editor);
        var outsider = await _database.MemberAsync("outsider-1", "outsider@example.com", TeamRole.Owner, teamName: "Other team");

        var asViewer = (await _queries.GetAsync(boardId, viewer, ChecklistFilter.None))!;
        var asEditor = (await _queries.GetAsync(boardId, editor, ChecklistFilter.None))!;
        var asOutsider = await _queries.GetAsync(boardId, outsider, ChecklistFilter.None);

        Assert.Same(asViewer.Page, asEditor.Page);
        Assert.Equal((false, true), (asViewer.CanEdit, asEditor.CanEdit));
        Assert.Null(asOutsider);
    }

    [Fact]
    public void Filter_EqualWhenItChoosesTheSameItems()
    {
        var one = ChecklistFilter.FromQuery(["done", "open"], " Priya ", null, "3", null, null, null);
        var other = new ChecklistFilter([ItemStatus.Open, ItemStatus.Done], "Priya", PhaseId: 3);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, other with { Statuses = [ItemStatus.Open] });
        Assert.NotEqual(one, other with { Owner = "Sam" });
    }

    [Fact]
    public async Task Get_APageBeyondTheLast_ShowsTheLast()
    {
        var boardId = await _database.ImportAsync(Generated(sections: 1, perSection: 12));

        var view = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None, page: 99, pageSize: 5))!;

        Assert.Equal((3, 2), (view.Page.Number, view.Page.Items.Count));
    }

    [Fact]
    public async Task Get_FiltersByTextInTitleDetailsNotesAndOwner_TreatingWildcardsAsText()
    {
        var boardId = await _database.ImportAsync("# B\n\n- [ ] Rotate keys\n- [ ] Raise the limit to 100%\n- [ ] Name it snake_case\n- [ ] Other\n");
        await SetAsync(boardId, "Other", i => { i.Notes = "ask about KEYS first"; i.Owner = "Zoë"; });

        Assert.Equal(["Rotate keys", "Other"], await TitlesAsync(boardId, ChecklistFilter.None with { Text = "keys" }));
        Assert.Equal(["Raise the limit to 100%"], await TitlesAsync(boardId, ChecklistFilter.None with { Text = "100%" }));
        Assert.Equal(["Name it snake_case"], await TitlesAsync(boardId, ChecklistFilter.None with { Text = "e_c" }));
        Assert.Equal(["Raise the limit to 100%"], await TitlesAsync(boardId, ChecklistFilter.None with { Text = "%" }));
        Assert.Equal(["Name it snake_case"], await TitlesAsync(boardId, ChecklistFilter.None with { Text = "_" }));
        Assert.Equal(["Other"], await TitlesAsync(boardId, ChecklistFilter.None with { Text = "Zoë" }));
    }

    [Fact]
    public async Task Get_FiltersByStatusesOwnerAndPriority()
    {
        var boardId = await _database.ImportAsync(TestFiles.Read("nested-tasks.md"));
        await SetAsync(boardId, "Child open", i => i.Owner = "Priya");

        var done = await TitlesAsync(boardId, new ChecklistFilter([ItemStatus.Done]));
        var doneOrNa = await TitlesAsync(boardId, new ChecklistFilter([ItemStatus.Done, ItemStatus.NotApplicable]));
        var priya = await TitlesAsync(boardId, ChecklistFilter.None with { Owner = "Priya" });
        var unassigned = await TitlesAsync(boardId, ChecklistFilter.None with { Owner = ChecklistFilter.Unassigned });

        Assert.Equal(3, done.Count);
        Assert.Equal(4, doneOrNa.Count);
        Assert.Equal(["Child open"], priya);
        Assert.Equal(10, unassigned.Count);
        var view = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None))!;
        Assert.Equal(["Priya"], view.Choices.Owners);
    }

    [Fact]
    public async Task Get_FiltersByImpactAndEffort_AsTheMatrixLinksThem()
    {
        var boardId = await _database.ImportAsync(TestFiles.Read("priority-matrix.md"));

        var quickWins = await TitlesAsync(boardId, ChecklistFilter.None with { Impact = "High", Effort = "Low" });
        var anyCase = await TitlesAsync(boardId, ChecklistFilter.None with { Impact = "high", Effort = "LOW" });

        Assert.Equal(["Turn on HSTS for the storefront", "Add a readiness probe"], quickWins);
        Assert.Equal(quickWins, anyCase);
        var view = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None))!;
        Assert.Equal(["Critical", "High", "Medium", "Low"], view.Choices.Impacts);
        Assert.Equal(["High", "Medium", "Low"], view.Choices.Efforts);
    }

    [Fact]
    public async Task Get_FiltersByPhase_IncludingThePhasesInsideIt()
    {
        var boardId = await _database.ImportAsync(TestFiles.Read("plan.md"));
        var view = (await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None))!;
        var week1 = view.Choices.Phases.Single(p => p.Path == "Week 1");
        var days = view.Choices.Phases.Single(p => p.Path == "Week 1 > Day 1-2");

        var inWeek = await TitlesAsync(boardId, ChecklistFilter.None with { PhaseId = week1.Id });
        var inDays = await TitlesAsync(boardId, ChecklistFilter.None with { PhaseId = days.Id });

        Assert.Equal(1, days.Depth);
        Assert.Equal(2, inDays.Count);
        Assert.Equal(4, inWeek.Count);
        Assert.Superset(inDays.ToHashSet(), inWeek.ToHashSet());
    }

    [Fact]
    public async Task Get_ForAMissingOrArchivedBoard_IsNull()
    {
        var boardId = await _database.ImportAsync("# B\n\n- [ ] One\n");
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            await db.Boards.Where(b => b.Id == boardId).ExecuteUpdateAsync(s => s.SetProperty(b => b.ArchivedAt, DateTime.UtcNow));
        }

        Assert.Null(await _queries.GetAsync(boardId, Actor.System, ChecklistFilter.None));
        Assert.Null(await _queries.GetAsync(4242, Actor.System, ChecklistFilter.None));
    }

    [Fact]
    public void Filter_ReadsTheQueryString_IgnoringWhatItDoesNotKnow()
    {
        var filter = ChecklistFilter.FromQuery(["blocked", "nonsense", "in-progress", "blocked"], " Priya ", "", "12", "  ", "High", null);

        Assert.Equal([ItemStatus.InProgress, ItemStatus.Blocked], filter.Statuses);
        Assert.Equal(("Priya", null, 12, null, "High", null), (filter.Owner, filter.Priority, filter.PhaseId, filter.Text, filter.Impact, filter.Effort));
        Assert.True(ChecklistFilter.FromQuery(null, null, null, "x", null, null, null).IsEmpty);
    }

    private async Task<List<string>> TitlesAsync(int boardId, ChecklistFilter filter) =>
        (await _queries.GetAsync(boardId, Actor.System, filter))!.Page.Items.Select(i => i.Title).ToList();

    private async Task SetAsync(int boardId, string title, Action<Item> change)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var item = await db.Items.SingleAsync(i => i.BoardId == boardId && i.Title == title);
        change(item);
        await db.SaveChangesAsync();
    }

    internal static string Generated(int sections, int perSection)
    {
        var markdown = new StringBuilder("# Generated board\n");
        for (var s = 1; s <= sections; s++)
        {
            markdown.Append("\n## Area ").Append(s).Append("\n\n");
            for (var t = 1; t <= perSection; t++)
            {
                markdown.Append("- [ ] Area ").Append(s).Append(" task ").Append(t).Append('\n');
            }
        }

        return markdown.ToString();
    }
}
