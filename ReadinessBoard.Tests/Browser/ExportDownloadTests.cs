using Microsoft.Playwright;
using ReadinessBoard.Tests.Features.Export;

namespace ReadinessBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ExportDownloadTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task ExcelLink_OnTheBoardPage_DownloadsTheBoardsWorkbook_WithATickInIt()
    {
        await using var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true });
        var board = new BoardPageObject(await context.NewPageAsync());
        await board.OpenAsync(App.BaseUrl, 1);
        await board.SetDoneAsync("Rate limiting on the public API", true);

        var download = await board.Page.RunAndWaitForDownloadAsync(() =>
            board.Page.GetByRole(AriaRole.Link, new() { Name = "Excel workbook (.xlsx)" }).ClickAsync());

        Assert.Equal("Payments API production readiness.xlsx", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        using var workbook = XlsxExporterTests.Workbook.Open(bytes.ToArray());
        Assert.Empty(workbook.ValidationErrors());
        var checklist = workbook.Sheet("Checklist");
        var row = checklist.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Single(c => c.CellReference!.Value!.StartsWith('B') && c.InlineString?.Text?.Text == "Rate limiting on the public API");
        var status = workbook.Text(checklist, "C" + row.CellReference!.Value![1..]);
        Assert.Equal("Done", status);
    }
}
