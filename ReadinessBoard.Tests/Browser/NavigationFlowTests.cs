using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

/// <summary>A board page as the server first sends it, and the same page once it runs live.</summary>
[Collection(BrowserCollection.Name)]
public class NavigationFlowTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task GoingLive_DoesNotMoveTheTabs()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var first = await context.NewPageAsync();
        // Hold the live connection's first request: the page stays as the server first rendered it.
        await first.RouteAsync("**/_blazor/negotiate**", _ => Task.CompletedTask);
        await first.GotoAsync($"{App.BaseUrl}/boards/1/overview");
        var before = await BoardViews(first).BoundingBoxAsync();

        var live = await context.NewPageAsync();
        await live.GotoAsync($"{App.BaseUrl}/boards/1/overview");
        await Expect(live.GetByRole(AriaRole.List, new() { Name = "Viewing now" }).GetByRole(AriaRole.Listitem)).Not.ToHaveCountAsync(0);
        var after = await BoardViews(live).BoundingBoxAsync();

        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(before.Y, after.Y);
    }

    [Fact]
    public async Task OnceLive_ALinkOpensThePageInPlace_WithoutALoad()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{App.BaseUrl}/boards/1/overview");
        await Expect(page.Locator(".rb-overview")).ToHaveAttributeAsync("data-interactive", "true");
        // A page load would drop this marker.
        await page.EvaluateAsync("() => window.notReloaded = true");

        await BoardViews(page).GetByRole(AriaRole.Link, new() { Name = "Matrix" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/1/matrix$"));
        await Expect(page.Locator(".rb-matrix-view")).ToHaveAttributeAsync("data-interactive", "true");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
    }

    private static ILocator BoardViews(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Board views" });
}
