using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SecurityFlowTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task ThePages_RunUnderTheContentSecurityPolicy_WithoutOneViolation()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var board = new BoardPageObject(page);

        await board.OpenAsync(App.BaseUrl, 1);
        await board.SetDoneAsync("Rate limiting on the public API", true);
        await page.GotoAsync($"{App.BaseUrl}/boards/1/document");
        await page.GotoAsync($"{App.BaseUrl}/import");
        await page.Locator(".rb-import[data-interactive=true]").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Paste markdown" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Markdown to import" }).FillAsync("# Pasted\n\n- [ ] First\n- [x] Second\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 2 items as a new board" })).ToBeVisibleAsync();

        Assert.Empty(violations);
    }

    [Fact]
    public async Task APastedDocument_LargerThanOneMessage_StreamsToThePreview()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{App.BaseUrl}/import");
        await page.Locator(".rb-import[data-interactive=true]").WaitForAsync();
        var markdown = "# Big paste\n\n" + string.Concat(Enumerable.Range(1, 3000).Select(i => $"- [ ] Task number {i} of the big pasted checklist\n"));
        Assert.True(markdown.Length > 100_000);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Paste markdown" }).ClickAsync();
        // As a paste does: the whole text at once, not typed key by key.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Markdown to import" })
            .EvaluateAsync("(box, text) => { box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); }", markdown);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(page.Locator(".rb-count", new() { HasText = "items" }).First).ToContainTextAsync("3000");
    }
}
