using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class TickFlowTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task Tick_SurvivesAReloadAndARestartOfTheApp()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var board = new BoardPageObject(await context.NewPageAsync());
        const string title = "Rate limiting on the public API";

        await board.OpenAsync(App.BaseUrl, 1);
        await Expect(board.Heading).ToHaveTextAsync("Payments API: production readiness");
        await Expect(board.Item(title)).Not.ToBeCheckedAsync();
        await Expect(board.Progress).ToHaveTextAsync("5 of 24 done · 20%");

        await board.SetDoneAsync(title, true);
        await Expect(board.Progress).ToHaveTextAsync("6 of 24 done · 25%");

        await board.ReloadAsync();
        await Expect(board.Item(title)).ToBeCheckedAsync();

        await RestartAppAsync();
        await board.OpenAsync(App.BaseUrl, 1);
        await Expect(board.Item(title)).ToBeCheckedAsync();
        await Expect(board.Progress).ToHaveTextAsync("6 of 24 done · 25%");

        await board.SetDoneAsync(title, false);
        await board.ReloadAsync();
        await Expect(board.Item(title)).Not.ToBeCheckedAsync();
        await Expect(board.Progress).ToHaveTextAsync("5 of 24 done · 20%");
    }

    [Fact]
    public async Task BoardPage_FitsAPhoneScreen_AndStillTicks()
    {
        await using var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var board = new BoardPageObject(await context.NewPageAsync());

        await board.OpenAsync(App.BaseUrl, 1);

        var overflow = await board.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen");
        await board.SetDoneAsync("Runbook for the top five alerts", true);
        await board.ReloadAsync();
        await Expect(board.Item("Runbook for the top five alerts")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task HomePage_LeadsToTheBoard()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(App.BaseUrl);
        // A click in the moment the live connection starts can land before the router listens.
        await page.Locator(".rb-board-grid[data-interactive=true]").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Payments API: production readiness" }).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{App.BaseUrl}/boards/1");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Payments API: production readiness");
    }
}
