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

    public ILocator Search => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });

    public ILocator StatusFilter => page.GetByRole(AriaRole.Combobox, new() { Name = "Status", Exact = true });

    public ILocator OwnerFilter => page.GetByRole(AriaRole.Combobox, new() { Name = "Owner", Exact = true });

    public ILocator ResultCount => page.Locator(".rb-result-count");

    public ILocator Titles => page.Locator("li.rb-item .rb-item-title");

    /// <summary>The chip of a filter in force; clicking it removes the filter.</summary>
    public ILocator FilterChip(string label) => page.GetByRole(AriaRole.Button, new() { Name = $"Remove filter {label}", Exact = true });

    /// <summary>Types into the search box and presses Enter, then waits for the address to carry it.</summary>
    public async Task SearchAsync(string text)
    {
        // Under load a re-render may land between the typing and the Enter and take the typed text back with it
        // (the search runs on Enter or when the box loses focus); type it again then, as a person would.
        for (var attempt = 1; ; attempt++)
        {
            await Search.FillAsync(text);
            await Search.PressAsync("Enter");
            try
            {
                await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]q="), new() { Timeout = attempt < 3 ? 5_000 : 15_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    public ILocator StatusButton(string title) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Status of {Regex.Escape(title)}:") });

    /// <summary>Chooses a status from an item's status menu; statuses that need a reason open the reason prompt.</summary>
    public async Task ChooseStatusAsync(string title, string status)
    {
        await StatusButton(title).ClickAsync();
        await page.GetByRole(AriaRole.Menuitemradio, new() { NameRegex = new Regex($"^{Regex.Escape(status)}…?$") }).ClickAsync();
    }

    public ILocator ReasonBox(string title) => Row(title).GetByRole(AriaRole.Textbox);

    public ILocator Details => page.GetByRole(AriaRole.Dialog);

    public async Task OpenDetailsAsync(string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Details of {title}", Exact = true }).ClickAsync();
        await Assertions.Expect(Details.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true })).ToBeVisibleAsync();
    }
}
