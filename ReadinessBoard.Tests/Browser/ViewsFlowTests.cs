using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReadinessBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ViewsFlowTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task ImportedAuditChecklist_WalkEveryView()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();

        // Import the real audit checklist through the import page.
        await page.GotoAsync($"{App.BaseUrl}/import");
        await page.Locator(".rb-import[data-interactive=true]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('rb-import-file')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("#rb-import-file").SetInputFilesAsync(Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Import \d+ items as a new board$") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/2$"));
        var views = page.GetByRole(AriaRole.Navigation, new() { Name = "Board views" });

        // Overview: progress, quick wins.
        await page.GotoAsync($"{App.BaseUrl}/boards/2/overview");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Production Readiness Checklist");
        await Expect(page.Locator(".rb-big-value")).ToHaveTextAsync("15%");
        await Expect(page.Locator(".rb-overview-quick-wins .rb-link-list a")).ToHaveCountAsync(3);
        await page.Locator(".rb-overview[data-interactive=true]").WaitForAsync();

        // Matrix: 17 chips, 3 done; a cell leads to the filtered checklist.
        await views.GetByRole(AriaRole.Link, new() { Name = "Matrix" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/2/matrix$"));
        // A click while the circuit connects can land on the prerendered cell that is being replaced.
        await page.Locator(".rb-matrix-view[data-interactive=true]").WaitForAsync();
        await Expect(page.Locator(".rb-matrix .rb-chip")).ToHaveCountAsync(17);
        await Expect(page.Locator(".rb-matrix .rb-chip.rb-status-done")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Cell, new() { Name = "High impact, Low effort: 3 items, 0 done. Show them on the checklist." }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/2\?impact=High&effort=Low$"));
        await page.GoBackAsync();

        // KPIs: ten with a status colour; an update is kept and changes the status.
        await views.GetByRole(AriaRole.Link, new() { Name = "KPIs" }).ClickAsync();
        await page.Locator(".rb-kpis[data-interactive=true]").WaitForAsync();
        await Expect(page.Locator("section.rb-kpi")).ToHaveCountAsync(10);
        var backup = page.Locator("section.rb-kpi", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Backup Coverage" }) });
        await Expect(backup).ToHaveClassAsync(new Regex(@"\brb-kpi-off-track\b"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the value of Backup Coverage" }).ClickAsync();
        await backup.GetByLabel("New current value").FillAsync("100%");
        await backup.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(backup).ToHaveClassAsync(new Regex(@"\brb-kpi-met\b"));
        await Expect(backup.Locator(".rb-kpi-history summary")).ToHaveTextAsync("History (2)");

        // Costs: monthly as a range, one-time.
        await views.GetByRole(AriaRole.Link, new() { Name = "Costs" }).ClickAsync();
        await Expect(page.Locator(".rb-cost-monthly .rb-cost-value")).ToHaveTextAsync("$55 to $155");
        await Expect(page.Locator(".rb-cost-one-time .rb-cost-value")).ToHaveTextAsync("$0");

        // Plan: phases in order; a start date in the past makes open phases slip.
        await views.GetByRole(AriaRole.Link, new() { Name = "Plan" }).ClickAsync();
        await page.Locator(".rb-plan[data-interactive=true]").WaitForAsync();
        await Expect(page.Locator(".rb-plan-phase-name").First).ToHaveTextAsync("Week 1");
        await Expect(page.Locator(".rb-plan-slipping")).ToHaveCountAsync(0);
        await page.Locator("#rb-plan-start-date").FillAsync("2026-01-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set start date" }).ClickAsync();
        await Expect(page.Locator(".rb-plan-dates").First).ToHaveTextAsync("Mon 5 Jan 2026 – Sun 11 Jan 2026");
        await Expect(page.Locator(".rb-plan-phase").First).ToHaveClassAsync(new Regex(@"\brb-plan-slipping\b"));

        // Activity: the KPI update and the start date, filterable by kind.
        await views.GetByRole(AriaRole.Link, new() { Name = "Activity" }).ClickAsync();
        await Expect(page.Locator(".rb-activity-entry")).ToHaveCountAsync(3);
        await page.GetByLabel("Kind of change").SelectOptionAsync(new SelectOptionValue { Label = "KPI value" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"kind=metric\.value"));
        await Expect(page.Locator(".rb-activity-entry")).ToHaveCountAsync(1);
        await Expect(page.Locator(".rb-activity-entry")).ToContainTextAsync("Backup Coverage: 30% → 100% (met)");
        // The filter loaded the page anew: a link clicked while its live connection starts can be lost.
        await page.Locator(".rb-activity[data-interactive=true]").WaitForAsync();

        // Document, and back to the checklist.
        await views.GetByRole(AriaRole.Link, new() { Name = "Document" }).ClickAsync();
        await Expect(page.Locator(".rb-doc-body h1").First).ToHaveTextAsync("Production Readiness Checklist");
        await views.GetByRole(AriaRole.Link, new() { Name = "Checklist" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/2$"));
        await new BoardPageObject(page).WaitUntilInteractiveAsync();
    }

    [Fact]
    public async Task EveryView_FitsA390PixelScreen()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        foreach (var view in new[] { "overview", "matrix", "kpis", "costs", "plan", "activity", "document" })
        {
            await page.GotoAsync($"{App.BaseUrl}/boards/1/{view}");
            await Expect(page.Locator("h1.rb-page-title")).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"The {view} view is {overflow} px wider than the screen.");
        }
    }
}
