using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

/// <summary>Two people on the same board, each in a browser of their own.</summary>
[Collection(BrowserCollection.Name)]
public class LiveFlowTests(BrowserFixture browser) : AppTest(browser)
{
    private const string Title = "Rate limiting on the public API";
    // The seeded sample board's items are numbered in document order; this is its third.
    private const int ItemId = 3;

    [Fact]
    public async Task ATick_InOneBrowser_ShowsInTheOther_WithoutAReload_AndPresenceListsBoth()
    {
        await using var annContext = await Browser.NewContextAsync();
        await using var bobContext = await Browser.NewContextAsync();
        var ann = new BoardPageObject(await annContext.NewPageAsync());
        var bob = new BoardPageObject(await bobContext.NewPageAsync());
        await ann.OpenAsync(App.BaseUrl, 1);
        await bob.OpenAsync(App.BaseUrl, 1);
        // A reload would drop this marker: it proves the page was updated in place.
        await bob.Page.EvaluateAsync("() => window.notReloaded = true");

        await Expect(Viewers(ann.Page)).ToHaveCountAsync(2);
        await Expect(Viewers(bob.Page)).ToHaveCountAsync(2);
        await Expect(Viewers(ann.Page).Filter(new() { HasText = "(you)" })).ToHaveCountAsync(1);

        var sectionCount = bob.Page.Locator("section.rb-section", new() { Has = bob.Item(Title) }).Locator(".rb-section-count");
        var (sectionDone, sectionCounted) = Fraction(await sectionCount.TextContentAsync());

        await ann.SetDoneAsync(Title, true);

        await Expect(bob.Item(Title)).ToBeCheckedAsync();
        await Expect(bob.Row(Title)).ToHaveClassAsync(new Regex(@"\brb-status-done\b"));
        await Expect(bob.Progress).ToHaveTextAsync("6 of 24 done · 25%");
        await Expect(sectionCount).ToHaveTextAsync($"{sectionDone + 1}/{sectionCounted}");

        await bob.SetDoneAsync(Title, false);
        await Expect(ann.Item(Title)).Not.ToBeCheckedAsync();
        await Expect(ann.Progress).ToHaveTextAsync("5 of 24 done · 20%");
        Assert.True(await bob.Page.EvaluateAsync<bool>("() => window.notReloaded === true"));

        await bobContext.CloseAsync();
        await Expect(Viewers(ann.Page)).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ATick_ReachesAViewerWhoShowsOnlyOpenItems_AndTheItemLeavesTheirList()
    {
        await using var annContext = await Browser.NewContextAsync();
        await using var bobContext = await Browser.NewContextAsync();
        var ann = new BoardPageObject(await annContext.NewPageAsync());
        var bob = new BoardPageObject(await bobContext.NewPageAsync());
        await ann.OpenAsync(App.BaseUrl, 1);
        await bob.Page.GotoAsync($"{App.BaseUrl}/boards/1?status=open");
        await bob.WaitUntilInteractiveAsync();
        await Expect(bob.Item(Title)).ToBeVisibleAsync();
        var open = await bob.Titles.CountAsync();

        await ann.SetDoneAsync(Title, true);

        await Expect(bob.Item(Title)).ToHaveCountAsync(0);
        await Expect(bob.Titles).ToHaveCountAsync(open - 1);
        await Expect(bob.Progress).ToHaveTextAsync("6 of 24 done · 25%");
        await ann.SetDoneAsync(Title, false);
        await Expect(bob.Item(Title)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AfterTheAppRestarts_ThePageReloadsItself_WithTheCurrentState()
    {
        await using var context = await Browser.NewContextAsync();
        var board = new BoardPageObject(await context.NewPageAsync());
        await board.OpenAsync(App.BaseUrl, 1);

        await RestartAppOnTheSameAddressAsync(async () =>
            await Expect(board.Page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync("Reconnecting"));
        await SetStatusThroughTheApiAsync(context, new { status = "done" });

        // Blazor retries; the restarted app no longer knows the circuit; the page reloads itself.
        await Expect(board.Item(Title)).ToBeCheckedAsync(new() { Timeout = 45_000 });
        await Expect(board.Page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        await board.WaitUntilInteractiveAsync();
        await Expect(Viewers(board.Page)).ToHaveCountAsync(1);
    }

    private static (int Done, int Counted) Fraction(string? text)
    {
        var parts = (text ?? "").Trim().Split('/');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static ILocator Viewers(IPage page) =>
        page.GetByRole(AriaRole.List, new() { Name = "Viewing now" }).GetByRole(AriaRole.Listitem);

    /// <summary>As a script would, with the signed-in context's cookie.</summary>
    private async Task SetStatusThroughTheApiAsync(IBrowserContext context, object body)
    {
        var response = await context.APIRequest.PutAsync($"{App.BaseUrl}/api/boards/1/items/{ItemId}/status", new() { DataObject = body });
        Assert.True(response.Ok, $"The API answered {response.Status}: {await response.TextAsync()}");
    }
}
