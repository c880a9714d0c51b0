using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ChecklistFlowTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task Checklist_FiltersByTextAndStatus_InTheAddress_AndClearsThem()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var board = new BoardPageObject(await context.NewPageAsync());
        await board.OpenAsync(App.BaseUrl, 1);
        await Expect(board.ResultCount).ToHaveTextAsync("25 items");

        await board.SearchAsync("backup");
        await Expect(board.Titles).ToHaveTextAsync(["Automated daily backups", "A restore rehearsed from last night's backup"]);
        await Expect(board.ResultCount).ToHaveTextAsync("2 of 25 items match");

        await board.StatusFilter.SelectOptionAsync("Done");
        await Expect(board.Page).ToHaveURLAsync(new Regex(@"status=done"));
        await Expect(board.Titles).ToHaveTextAsync(["Automated daily backups"]);

        await board.FilterChip("Text: \u201Cbackup\u201D").ClickAsync();
        await Expect(board.ResultCount).ToHaveTextAsync("5 of 25 items match");
        await Expect(board.FilterChip("Status: Done")).ToBeVisibleAsync();

        // A shared link opens the same view.
        var shared = board.Page.Url;
        var other = new BoardPageObject(await context.NewPageAsync());
        await other.Page.GotoAsync(shared);
        await other.WaitUntilInteractiveAsync();
        await Expect(other.ResultCount).ToHaveTextAsync("5 of 25 items match");

        await board.SearchAsync("no such thing");
        await Expect(board.Page.GetByRole(AriaRole.Heading, new() { Name = "No items match these filters" })).ToBeVisibleAsync();
        await board.Page.Locator(".rb-empty").GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await Expect(board.Page).ToHaveURLAsync($"{App.BaseUrl}/boards/1");
        await Expect(board.ResultCount).ToHaveTextAsync("25 items");
    }

    [Fact]
    public async Task Checklist_SetsOwnerAndDueDateInTheDetails_AndTheRowShowsThem()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var board = new BoardPageObject(await context.NewPageAsync());
        const string title = "Rollback tested in staging";
        await board.OpenAsync(App.BaseUrl, 1);

        await board.OpenDetailsAsync(title);
        await board.Details.GetByLabel("Owner").FillAsync("Priya");
        await board.Details.GetByLabel("Due date").FillAsync("2026-12-01");
        await board.Details.GetByLabel("Evidence link").FillAsync("ftp://files.example.com/rollback");
        await board.Details.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(board.Details.GetByText("must be a web address starting with http:// or https://")).ToBeVisibleAsync();

        await board.Details.GetByLabel("Evidence link").FillAsync("https://ci.example.com/rollback/17");
        await board.Details.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(board.Details.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await board.Details.GetByRole(AriaRole.Button, new() { Name = "Close details" }).ClickAsync();
        await Expect(board.Details).ToHaveCountAsync(0);

        await Expect(board.Row(title).Locator(".rb-item-meta")).ToContainTextAsync("Priya");
        await Expect(board.Row(title).Locator(".rb-item-meta")).ToContainTextAsync("1 Dec 2026");

        await board.ReloadAsync();
        await board.OwnerFilter.SelectOptionAsync("Priya");
        await Expect(board.Titles).ToHaveTextAsync([title]);
        await board.OpenDetailsAsync(title);
        await Expect(board.Details.GetByLabel("Owner")).ToHaveValueAsync("Priya");
        await Expect(board.Details.GetByLabel("Due date")).ToHaveValueAsync("2026-12-01");
        await Expect(board.Details.GetByRole(AriaRole.Link, new() { Name = "Open the evidence" }))
            .ToHaveAttributeAsync("href", "https://ci.example.com/rollback/17");
    }

    [Fact]
    public async Task Checklist_MarksAnItemBlocked_OnlyWithAReason()
    {
        await using var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var board = new BoardPageObject(await context.NewPageAsync());
        const string title = "On-call rotation staffed for launch week";
        await board.OpenAsync(App.BaseUrl, 1);

        await board.ChooseStatusAsync(title, "Blocked");
        await board.Row(title).GetByRole(AriaRole.Button, new() { Name = "Mark blocked" }).ClickAsync();
        await Expect(board.Row(title)).ToContainTextAsync("Say why the item is blocked.");
        await Expect(board.Row(title)).ToHaveClassAsync(new Regex(@"\brb-status-open\b"));

        await board.ReasonBox(title).FillAsync("Waiting on the hiring of a second SRE");
        await board.Row(title).GetByRole(AriaRole.Button, new() { Name = "Mark blocked" }).ClickAsync();
        await Expect(board.Row(title)).ToHaveClassAsync(new Regex(@"\brb-status-blocked\b"));
        await Expect(board.Row(title).Locator(".rb-item-reason")).ToHaveTextAsync("Waiting on the hiring of a second SRE");
        await Expect(board.StatusButton(title)).ToHaveTextAsync(new Regex("Blocked"));
        await Expect(board.Progress).ToHaveTextAsync("5 of 24 done · 20%");

        await board.ReloadAsync();
        await Expect(board.Row(title)).ToHaveClassAsync(new Regex(@"\brb-status-blocked\b"));

        // Not applicable leaves the item out of the progress.
        await board.ChooseStatusAsync(title, "Not applicable");
        await board.ReasonBox(title).FillAsync("The launch week is covered by the vendor");
        await board.Row(title).GetByRole(AriaRole.Button, new() { Name = "Mark not applicable" }).ClickAsync();
        await Expect(board.Row(title)).ToHaveClassAsync(new Regex(@"\brb-status-not-applicable\b"));
        await Expect(board.Progress).ToHaveTextAsync("5 of 23 done · 21%");

        var overflow = await board.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen");
    }
}
