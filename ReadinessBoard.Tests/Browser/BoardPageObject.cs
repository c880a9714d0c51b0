using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ReadinessBoard.Tests.Browser;

/// <summary>The board page as a person uses it: by role and accessible name.</summary>
public sealed class BoardPageObject(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Progress => page.Locator(".rb-progress-text");

    public ILocator Item(string title) => page.GetByRole(AriaRole.Checkbox, new() { Name = title, Exact = true });

    public async Task OpenAsync(string baseUrl, int boardId)
    {
        await page.GotoAsync($"{baseUrl}/boards/{boardId}");
        await WaitUntilInteractiveAsync();
    }

    public async Task ReloadAsync()
    {
        await page.ReloadAsync();
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Checkboxes stay disabled until the circuit is up; the page says when it is.</summary>
    public Task WaitUntilInteractiveAsync() =>
        page.Locator("article.rb-board[data-interactive=true]").WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>The row of an item; its status class is rendered by the server, never by the click itself.</summary>
    public ILocator Row(string title) => page.Locator("li.rb-item", new() { Has = Item(title) });

    /// <summary>Sets an item's box and waits until the server's answer is on screen.</summary>
    public async Task SetDoneAsync(string title, bool done)
    {
        var box = Item(title);
        await box.SetCheckedAsync(done);
        await Assertions.Expect(Row(title)).ToHaveClassAsync(new Regex(done ? @"\brb-status-done\b" : @"\brb-status-open\b"));
        await Assertions.Expect(box).ToBeEnabledAsync();
    }
}
