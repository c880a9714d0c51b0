using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.ActivityFeed;
using ReadinessBoard.Features.Costs;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Kpis;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Matrix;
using ReadinessBoard.Features.Overview;
using ReadinessBoard.Features.Plan;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Views;

/// <summary>The board views rendered with the framework's HtmlRenderer over boards imported from real checklists.</summary>
public class BoardViewsTests : ComponentTest
{
    private const string AuditChecklist = "004_8b219cbebdcce178.txt";
    private const string GapsChecklist = "003_47d9a064beaccfa0.txt";

    private async Task<int> ImportCorpusAsync(string name)
    {
        var decoded = DocumentDecoder.Decode(File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, name)), ImportLimits.Default);
        var boardId = await Database.ImportAsync(decoded.Text, teamName: "Platform");
        await Database.MemberAsync(Owner.Id!, Owner.Name, TeamRole.Owner, "Platform");
        return boardId;
    }

    private Task<IDocument> RenderAsync<TPage>(int boardId)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        Renderer.RenderAsync<TPage>(new() { ["BoardId"] = boardId });

    [Fact]
    public async Task MatrixPage_PlacesThe17TasksByImpactAndEffort_3Done()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);

        var page = await RenderAsync<MatrixPage>(boardId);

        var chips = page.QuerySelectorAll(".rb-matrix .rb-chip");
        Assert.Equal(17, chips.Length);
        Assert.Equal(3, page.QuerySelectorAll(".rb-matrix .rb-chip.rb-status-done").Length);
        Assert.Equal(["Critical impact", "High impact", "Medium impact"], page.QuerySelectorAll(".rb-matrix-impact").Select(e => e.TextContent));
        Assert.Equal(["Low effort", "Medium effort", "High effort"], page.QuerySelectorAll(".rb-matrix-effort").Select(e => e.TextContent));
        var quick = page.QuerySelector("a.rb-matrix-cell-quick")!;
        Assert.Equal($"boards/{boardId}?impact=High&effort=Low", quick.GetAttribute("href"));
        Assert.Equal("3", quick.QuerySelector(".rb-matrix-count-value")!.TextContent);
        Assert.Contains("Enable TLS for NATS", quick.TextContent);
    }

    [Fact]
    public async Task OverviewPage_ShowsProgressQuickWinsAndTheTabs()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);

        var page = await RenderAsync<OverviewPage>(boardId);

        Assert.Equal("Production Readiness Checklist", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("page", page.QuerySelector(".rb-board-tab-current")!.GetAttribute("aria-current"));
        Assert.Contains("Overview", page.QuerySelector(".rb-board-tab-current")!.TextContent);
        Assert.Equal(8, page.QuerySelectorAll(".rb-board-tabs li").Length - 1);
        Assert.Equal("15%", page.QuerySelector(".rb-big-value")!.TextContent);
        var wins = page.QuerySelectorAll(".rb-overview-quick-wins .rb-link-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(3, wins.Count);
        Assert.Contains("Enable TLS for NATS", wins);
        Assert.StartsWith($"boards/{boardId}#item-", page.QuerySelector(".rb-overview-quick-wins a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("No open item is past its due date.", page.QuerySelector(".rb-overview-overdue")!.TextContent);
        var done = page.QuerySelector(".rb-status-count.rb-status-done .rb-status-count-value")!;
        Assert.Equal("3", done.TextContent);
    }

    [Fact]
    public async Task OverviewPage_ListsOverdueItems_AndAKpiMarkedMetThatMissesItsTarget()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("kpis.md") + "\n## Tasks\n\n- [ ] Write the runbook\n- [x] Rotate keys\n");
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            await db.Items.Where(i => i.BoardId == boardId && i.Title == "Write the runbook")
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.DueDate, new DateOnly(2020, 1, 1)));
        }

        var page = await RenderAsync<OverviewPage>(boardId);

        Assert.Equal("Write the runbook", page.QuerySelector(".rb-overview-overdue .rb-link-list a")!.TextContent);
        var warnings = page.QuerySelectorAll(".rb-overview-warnings .rb-warning").Select(w => w.TextContent).ToList();
        Assert.Contains(warnings, w => w.Contains("\"Alert coverage\" is marked met", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverviewPage_WarnsOfItemsTheDocumentMarksDoneThatAreOpen()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);
        int webhook;
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            webhook = await db.Items.Where(i => i.BoardId == boardId && i.Title == "Webhook Signature Strict Validation").Select(i => i.Id).SingleAsync();
        }

        var before = await RenderAsync<OverviewPage>(boardId);
        await new ReadinessBoard.Features.Checklist.ItemStatusService(Database.Factory, TimeProvider.System)
            .SetStatusAsync(new(webhook, ItemStatus.Open), Owner);
        var after = await RenderAsync<OverviewPage>(boardId);

        var warnings = before.QuerySelectorAll(".rb-overview-warnings .rb-warning").Select(w => w.TextContent).ToList();
        Assert.Equal(5, warnings.Count(w => w.Contains("is marked done in the plan, but the item is open.", StringComparison.Ordinal)));
        Assert.Contains(warnings, w => w.Contains("\"Implement Cold Storage Archive\" is marked done in the plan", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("Webhook", StringComparison.Ordinal));
        Assert.Contains(after.QuerySelectorAll(".rb-overview-warnings .rb-warning"),
            w => w.TextContent.Contains("\"Webhook Signature Strict Validation\" is marked done in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverviewPage_OfTheGapsChecklist_ShowsItsCategoriesAndPriorities()
    {
        var boardId = await ImportCorpusAsync(GapsChecklist);

        var page = await RenderAsync<OverviewPage>(boardId);

        var sections = page.QuerySelectorAll("#rb-by-section + .rb-progress-list .rb-progress-row-label").Select(e => e.TextContent).ToList();
        Assert.Contains(sections, s => s.EndsWith("Database Operations", StringComparison.Ordinal));
        Assert.True(sections.Count >= 8);
        var priorities = page.QuerySelectorAll("#rb-by-priority + .rb-progress-list .rb-progress-row-label").Select(e => e.TextContent).ToList();
        Assert.Equal(["Critical", "High", "Medium", "Low", "No priority"], priorities);
        Assert.Contains("no Day, Week or Month", page.QuerySelector("#rb-by-phase")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task KpisPage_ShowsTheTenKpisWithStatusColours()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);

        var page = await RenderAsync<KpisPage>(boardId);

        var kpis = page.QuerySelectorAll("section.rb-kpi");
        Assert.Equal(10, kpis.Length);
        Assert.All(kpis, k => Assert.Matches(@"\brb-kpi-(met|on-track|at-risk|off-track|unknown)\b", k.ClassName));
        var backup = kpis[0];
        Assert.Equal("Backup Coverage", backup.QuerySelector("h2")!.TextContent);
        Assert.Contains("rb-kpi-off-track", backup.ClassName);
        Assert.Equal("30", backup.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
        Assert.Contains("rb-kpi-at-risk", kpis[1].ClassName);
    }

    [Fact]
    public async Task KpisPage_AfterTwoUpdates_KeepsTheHistoryAndDrawsATrend()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);
        var values = new MetricValueService(Database.Factory, TimeProvider.System);
        int metricId;
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            metricId = await db.Metrics.Where(m => m.BoardId == boardId && m.Name == "Backup Coverage").Select(m => m.Id).SingleAsync();
        }

        Assert.Equal(MetricChangeOutcome.Changed, (await values.SetCurrentAsync(new SetMetricValue(metricId, "60%", 1), Owner)).Outcome);
        var second = await values.SetCurrentAsync(new SetMetricValue(metricId, " 100% ", 2), Owner);
        var page = await RenderAsync<KpisPage>(boardId);

        Assert.Equal(MetricChangeOutcome.Changed, second.Outcome);
        Assert.Equal(MetricStatus.Met, second.Status);
        var backup = page.QuerySelectorAll("section.rb-kpi")[0];
        Assert.Contains("rb-kpi-met", backup.ClassName);
        Assert.Equal("100%", backup.QuerySelector(".rb-kpi-current")!.TextContent);
        Assert.Equal(["100%", "60%", "30%"], backup.QuerySelectorAll(".rb-kpi-history li strong").Select(e => e.TextContent));
        Assert.NotNull(backup.QuerySelector(".rb-kpi-trend"));
    }

    [Fact]
    public async Task MetricValueService_RefusesAStaleVersion_AndWritesActivity()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);
        var values = new MetricValueService(Database.Factory, TimeProvider.System);
        await using var db = await Database.Factory.CreateDbContextAsync();
        var metricId = await db.Metrics.Where(m => m.BoardId == boardId).OrderBy(m => m.Position).Select(m => m.Id).FirstAsync();

        await values.SetCurrentAsync(new SetMetricValue(metricId, "45%", 1), await Database.MemberAsync("u1", "Ana", TeamRole.Editor, "Platform"));
        var stale = await values.SetCurrentAsync(new SetMetricValue(metricId, "50%", 1), Owner);
        var again = await values.SetCurrentAsync(new SetMetricValue(metricId, "45%", 1), Owner);

        Assert.Equal(MetricChangeOutcome.Conflict, stale.Outcome);
        Assert.Equal("45%", stale.CurrentText);
        Assert.Equal(MetricChangeOutcome.Unchanged, again.Outcome);
        var activity = await db.Activities.Where(a => a.BoardId == boardId && a.Kind == ActivityKinds.MetricValue).SingleAsync();
        Assert.Equal("Ana", activity.ActorName);
        Assert.Equal(("30%", "45%"), (activity.Before, activity.After));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => values.SetCurrentAsync(new SetMetricValue(metricId, "  ", 2), Owner));
    }

    [Fact]
    public async Task CostsPage_ShowsMonthly55To155AndOneTime0()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);

        var page = await RenderAsync<CostsPage>(boardId);

        Assert.Equal("$55 to $155", page.QuerySelector(".rb-cost-monthly .rb-cost-value")!.TextContent);
        Assert.Equal("$0", page.QuerySelector(".rb-cost-one-time .rb-cost-value")!.TextContent);
        Assert.Equal("$660 to $1,860", page.QuerySelector(".rb-cost-annual .rb-cost-value")!.TextContent);
        Assert.Contains("the same", page.QuerySelector(".rb-cost-monthly")!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll(".rb-cost-table tbody tr").Length);
        Assert.Equal("$55 to $155", page.QuerySelector(".rb-cost-remaining-monthly")!.TextContent);
    }

    [Fact]
    public async Task CostsPage_ComparingColumns_ShowsEachColumnSummedOnItsOwn_AndEngineeringHoursAsOneTime()
    {
        var boardId = await Database.ImportAsync(TestFiles.Read("cost-comparison.md"), teamName: "Platform");
        await Database.MemberAsync(Owner.Id!, Owner.Name, TeamRole.Owner, "Platform");

        var page = await RenderAsync<CostsPage>(boardId);

        // The headline adds each line's first monthly column (Current); Recommended and Proposed stand beside it, never added to it.
        Assert.Equal("$337", page.QuerySelector(".rb-cost-monthly .rb-cost-value")!.TextContent);
        Assert.Equal("Recommended: $787 · Proposed: $121", page.QuerySelector(".rb-cost-monthly .rb-cost-alternatives")!.TextContent.Trim());
        // The stated total sums its own table, not the board: it agrees with that table's lines.
        Assert.Contains("The document says $287 for Monthly infrastructure, the same.", page.QuerySelector(".rb-cost-monthly")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("$6,720", page.QuerySelector(".rb-cost-one-time .rb-cost-value")!.TextContent);
        var infrastructure = page.QuerySelectorAll(".rb-cost-table")[0];
        Assert.Equal(["Line", "Current a month", "Recommended a month", "Pays for"], infrastructure.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["Sum", "$287", "$787", ""], infrastructure.QuerySelectorAll("tfoot tr > *").Select(c => c.TextContent.Trim()));
        Assert.Contains("Unit price: $0.003 each", page.QuerySelectorAll(".rb-cost-table")[^1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_ShowsThePhasesInOrder_WithDatesAndSlippingOnceStarted()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);
        await new PlanStartService(Database.Factory, TimeProvider.System).SetStartAsync(boardId, new DateOnly(2020, 1, 6), Owner);

        var page = await RenderAsync<PlanPage>(boardId);

        var names = page.QuerySelectorAll(".rb-plan-phase-name").Select(e => e.TextContent).ToList();
        Assert.Equal(["Week 1", "Day 1-2", "Day 3-5", "Week 2-3", "Week 2", "Week 3", "Month 2", "Month 3"], names);
        var first = page.QuerySelectorAll(".rb-plan-phase")[0];
        Assert.Contains("Mon 6 Jan 2020 – Sun 12 Jan 2020", first.QuerySelector(".rb-plan-dates")!.TextContent);
        Assert.Contains("3 of 7 done", first.TextContent);
        Assert.NotNull(first.QuerySelector(".rb-plan-flag"));
        Assert.Equal("2020-01-06", page.QuerySelector("#rb-plan-start-date")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PlanPage_WithoutAStart_HasNoDatesAndNoSlipping()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);

        var page = await RenderAsync<PlanPage>(boardId);

        Assert.Empty(page.QuerySelectorAll(".rb-plan-dates"));
        Assert.Empty(page.QuerySelectorAll(".rb-plan-slipping"));
        Assert.Contains("Set the day Week 1 starts", page.QuerySelector(".rb-plan-start")!.TextContent);
    }

    [Fact]
    public async Task ActivityPage_FiltersByKind()
    {
        var boardId = await ImportCorpusAsync(AuditChecklist);
        await new PlanStartService(Database.Factory, TimeProvider.System).SetStartAsync(boardId, new DateOnly(2026, 1, 5), await Database.MemberAsync("u2", "Bo", TeamRole.Editor, "Platform"));

        var all = await RenderAsync<ActivityPage>(boardId);
        var queries = new ActivityQueries(Database.Factory, new BoardReadCache());
        var byKind = await queries.GetAsync(boardId, Owner, new ActivityFilter(Kind: ActivityKinds.BoardPlanStart));
        var byText = await queries.GetAsync(boardId, Owner, new ActivityFilter(Text: "IMPORTED \"production"));
        var byWho = await queries.GetAsync(boardId, Owner, new ActivityFilter(Actor: "Nobody"));

        var entries = all.QuerySelectorAll(".rb-activity-entry");
        Assert.Equal(2, entries.Length);
        Assert.Contains("Plan starts on 2026-01-05", entries[0].TextContent);
        Assert.Contains("Bo", entries[0].TextContent);
        Assert.Equal(["Bo"], byKind!.Entries.Select(e => e.ActorName));
        Assert.Equal((1, 2), (byKind.Matching, byKind.All));
        Assert.Equal([ActivityKinds.BoardImported], byText!.Entries.Select(e => e.Kind));
        Assert.Empty(byWho!.Entries);
    }

    [Fact]
    public async Task Views_OfABoardWithoutData_ShowEmptyStates()
    {
        var boardId = await Database.ImportAsync("# Empty plan\n\nNothing here yet.\n");

        Assert.Equal("Nothing to sum up yet", (await RenderAsync<OverviewPage>(boardId)).QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Equal("No items to place on the matrix", (await RenderAsync<MatrixPage>(boardId)).QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Equal("No KPIs on this board", (await RenderAsync<KpisPage>(boardId)).QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Equal("No costs on this board", (await RenderAsync<CostsPage>(boardId)).QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Equal("No plan on this board", (await RenderAsync<PlanPage>(boardId)).QuerySelector(".rb-empty-title")!.TextContent);
        Assert.Single((await RenderAsync<ActivityPage>(boardId)).QuerySelectorAll(".rb-activity-entry"));
    }

    [Fact]
    public async Task Views_OfAnUnknownBoard_SayNotFound()
    {
        foreach (var page in new[]
        {
            await RenderAsync<OverviewPage>(4242), await RenderAsync<MatrixPage>(4242), await RenderAsync<KpisPage>(4242),
            await RenderAsync<CostsPage>(4242), await RenderAsync<PlanPage>(4242), await RenderAsync<ActivityPage>(4242),
        })
        {
            Assert.Equal("Board not found", page.QuerySelector(".rb-empty-title")!.TextContent);
        }
    }
}
