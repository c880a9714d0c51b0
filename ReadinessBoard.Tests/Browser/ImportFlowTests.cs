using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ImportFlowTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task Upload_Preview_Import_ThenANewVersionKeepsTheTicks()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await OpenImportAsync(page, $"{App.BaseUrl}/import");

        await page.Locator("#rb-import-file").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "browser-import.md"));
        await Expect(page.Locator(".rb-preview-header h2")).ToHaveTextAsync("Search service: launch checklist");
        await Expect(page.Locator(".rb-count").First).ToContainTextAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 items as a new board" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/2$"));
        var board = new BoardPageObject(page);
        await board.WaitUntilInteractiveAsync();
        await Expect(board.Heading).ToHaveTextAsync("Search service: launch checklist");
        await Expect(board.Item("Enable TLS on the search cluster")).Not.ToBeCheckedAsync();
        await Expect(board.Item("Restrict the admin API to the VPN")).ToBeCheckedAsync();
        await board.SetDoneAsync("Rotate the admin password", true);

        // A newer version drops one task and adds another.
        var v2 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "browser-import.md"))
            .Replace("- [x] Restrict the admin API to the VPN", "- [ ] Snapshot the indexes nightly", StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Import new version" }).ClickAsync();
        await WaitForFilePickerAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Paste markdown" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Markdown to import" }).FillAsync(v2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator(".rb-preview-header")).ToContainTextAsync("1 added · 0 changed · 1 archived · 2 unchanged");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply the new version" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/2$"));
        await board.WaitUntilInteractiveAsync();
        await Expect(board.Item("Rotate the admin password")).ToBeCheckedAsync();
        await Expect(board.Item("Snapshot the indexes nightly")).Not.ToBeCheckedAsync();
        await Expect(board.Item("Restrict the admin API to the VPN")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task APreviewWithoutItems_SaysSo_AndOneChoiceReadsTheTableAsItems_ForThisVersionAndTheNext()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await OpenImportAsync(page, $"{App.BaseUrl}/import");
        const string v1 = "# Payments launch\n\n## Owners\n\n| Area | Person |\n|---|---|\n| Rotate the signing keys | Priya |\n| Load test at twice the peak | Sam |\n";

        await page.GetByRole(AriaRole.Tab, new() { Name = "Paste markdown" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Markdown to import" }).FillAsync(v1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator(".rb-no-items")).ToContainTextAsync("No items found.");
        await page.GetByLabel("Read the table on line 5 as").SelectOptionAsync("items");
        await Expect(page.Locator(".rb-no-items")).ToHaveCountAsync(0);
        await page.GetByLabel("Owner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Person" });
        await Expect(page.Locator(".rb-preview-grid")).ToContainTextAsync("Rotate the signing keys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 items as a new board" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/boards/\d+$"));
        var board = new BoardPageObject(page);
        await board.WaitUntilInteractiveAsync();
        await Expect(board.Item("Load test at twice the peak")).Not.ToBeCheckedAsync();

        // The next version is read the same way: its new row is an item.
        await page.GetByRole(AriaRole.Link, new() { Name = "Import new version" }).ClickAsync();
        await WaitForFilePickerAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Paste markdown" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Markdown to import" }).FillAsync(v1 + "| Freeze the schema | Lee |\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator(".rb-preview-header")).ToContainTextAsync("1 added · 0 changed · 0 archived · 2 unchanged");
        await Expect(page.Locator("tr.rb-block-chosen")).ToContainTextAsync("read as items, as you chose");
    }

    private static async Task OpenImportAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitForFilePickerAsync(page);
    }

    /// <summary>The file picker takes files only once Blazor has wired it up, a moment after the page is interactive.</summary>
    private static async Task WaitForFilePickerAsync(IPage page)
    {
        await page.Locator(".rb-import[data-interactive=true]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('rb-import-file')?._blazorInputFileNextFileId !== undefined");
    }

    [Fact]
    public async Task Upload_OfABinaryFile_SaysWhyAndImportsNothing()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenImportAsync(page, $"{App.BaseUrl}/import");

        await page.Locator("#rb-import-file").SetInputFilesAsync(new FilePayload { Name = "notes.md", MimeType = "text/markdown", Buffer = [0x23, 0x20, 0x54, 0x0A, 0x00, 0x01] });

        await Expect(page.Locator(".rb-import-error")).ToContainTextAsync("Line 2: The file is not text");
        await Expect(page.Locator(".rb-preview")).ToHaveCountAsync(0);
    }
}
