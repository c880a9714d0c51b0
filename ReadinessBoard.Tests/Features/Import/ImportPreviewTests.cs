using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

public class ImportPreviewTests : ComponentTest
{
    [Fact]
    public async Task ImportPreview_ShowsCountsWarningsAndEveryKindOfEntry()
    {
        var prepared = DocumentImport.Prepare(File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt")), "004.txt");

        var page = await Renderer.RenderAsync<ImportPreview>(new() { [nameof(ImportPreview.Report)] = prepared.Report });

        var counts = page.QuerySelectorAll(".rb-count").Select(c => c.TextContent.Trim().Replace("\n", " ", StringComparison.Ordinal)).ToList();
        Assert.Contains(counts, c => c.StartsWith("20", StringComparison.Ordinal) && c.Contains("items (3 done)", StringComparison.Ordinal));
        Assert.Contains(counts, c => c.StartsWith("10", StringComparison.Ordinal) && c.Contains("KPIs", StringComparison.Ordinal));
        var warnings = page.QuerySelectorAll(".rb-warnings li").Select(li => li.TextContent).ToList();
        Assert.Contains(warnings, w => w.Contains("Line 448", StringComparison.Ordinal) && w.Contains("Implement Cold Storage Archive", StringComparison.Ordinal));
        Assert.Contains("Enable TLS for NATS", page.QuerySelector(".rb-preview-grid")!.TextContent);
        Assert.Equal(10, page.QuerySelectorAll(".rb-table")[0].QuerySelectorAll("tbody tr").Length);
        Assert.Contains("$55–155", page.QuerySelector("tr.rb-total")!.TextContent);
        Assert.Equal(8, page.QuerySelectorAll(".rb-phase-list li").Length);
    }

    [Fact]
    public async Task ImportPage_BeforeADocument_OffersUploadAndPaste()
    {
        var page = await Renderer.RenderAsync<ImportPage>();

        Assert.Equal("Import a checklist", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[type=file][accept*='.md']"));
        Assert.Null(page.QuerySelector(".rb-preview"));
    }

    [Fact]
    public async Task ReimportPage_ForAMissingBoard_SaysSo()
    {
        var page = await Renderer.RenderAsync<ReimportPage>(new() { [nameof(ReimportPage.BoardId)] = 4242 });

        Assert.Equal("Board not found", page.QuerySelector(".rb-empty-title")!.TextContent);
    }
}
