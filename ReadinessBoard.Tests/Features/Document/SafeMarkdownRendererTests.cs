using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReadinessBoard.Features.Document;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Document;

public class SafeMarkdownRendererTests
{
    private static readonly HtmlParser s_parser = new();

    public static TheoryData<string> CorpusFiles()
    {
        var files = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(TestFiles.CorpusDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(path));
        }

        return files;
    }

    [Fact]
    public void Render_ShowsRawHtmlAsText_NeverAsLiveTags()
    {
        var page = Parse(SafeMarkdownRenderer.Render(TestFiles.Read("unsafe-document.md")));

        Assert.Empty(page.QuerySelectorAll("script, iframe, style, svg, object, embed, b, div:not(.rb-doc-block):not(.rb-doc-body)"));
        Assert.DoesNotContain(page.Body!.QuerySelectorAll("*").SelectMany(e => e.Attributes),
            a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert('block')</script>", page.Body.TextContent);
        Assert.Contains("<img src=\"x\" onerror=\"alert('img')\">", page.Body.TextContent);
    }

    [Fact]
    public void Render_LeavesNoScriptUrlAnywhere()
    {
        var page = Parse(SafeMarkdownRenderer.Render(TestFiles.Read("unsafe-document.md")));

        var urls = page.Body!.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
        Assert.Equal(["https://example.com/a.png"], urls);
        Assert.Contains("script link", page.Body.TextContent);
        Assert.Contains("reference link", page.Body.TextContent);
        Assert.Contains("script image", page.Body.TextContent);
    }

    [Theory]
    [InlineData("[the words](javascript:alert(1))")]
    [InlineData("[the words](JavaScript:alert(1))")]
    [InlineData("[the words](java&#x73;cript:alert(1))")]
    [InlineData("[the words](<javascript:alert(1)>)")]
    [InlineData("[the words](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[the words](vbscript:msgbox(1))")]
    [InlineData("[the words](file:///etc/passwd)")]
    [InlineData("[the words](ftp://example.com/file)")]
    [InlineData("[the words](../boards/2)")]
    [InlineData("[the words](/boards/2)")]
    [InlineData("[the words](docs/guide.md)")]
    [InlineData("[the words](#security)")]
    [InlineData("[the words](//example.com/protocol-relative)")]
    [InlineData("[the words]()")]
    [InlineData("[the words][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[**the** words](javascript:alert(1))")]
    public void Render_TurnsLinksWithOtherSchemesIntoTheirWords(string markdown)
    {
        var page = Parse(SafeMarkdownRenderer.Render(markdown));

        Assert.Empty(page.QuerySelectorAll("a, [href]"));
        Assert.Equal("the words", page.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("<vbscript:msgbox(1)>", "vbscript:msgbox(1)")]
    [InlineData("<file:///etc/passwd>", "file:///etc/passwd")]
    [InlineData("ftp://example.com/file", "ftp://example.com/file")]
    public void Render_TurnsAutolinksWithOtherSchemesIntoText(string markdown, string text)
    {
        var page = Parse(SafeMarkdownRenderer.Render(markdown));

        Assert.Empty(page.QuerySelectorAll("a, [href]"));
        Assert.Equal(text, page.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("[site](https://example.com/a?b=1)", "https://example.com/a?b=1", "site")]
    [InlineData("[site](HTTP://example.com)", "HTTP://example.com", "site")]
    [InlineData("<https://example.com>", "https://example.com", "https://example.com")]
    [InlineData("see https://example.com/x today", "https://example.com/x", "https://example.com/x")]
    [InlineData("see www.example.com today", "http://www.example.com", "www.example.com")]
    [InlineData("[site][ref]\n\n[ref]: https://example.com", "https://example.com", "site")]
    public void Render_KeepsWebLinks_OpeningOutsideTheApp(string markdown, string href, string text)
    {
        var page = Parse(SafeMarkdownRenderer.Render(markdown));

        var link = Assert.Single(page.QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("[write to us](mailto:team@example.com)", "mailto:team@example.com", "write to us")]
    [InlineData("<team@example.com>", "mailto:team@example.com", "team@example.com")]
    public void Render_KeepsMailtoLinks(string markdown, string href, string text)
    {
        var page = Parse(SafeMarkdownRenderer.Render(markdown));

        var link = Assert.Single(page.QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
        Assert.False(link.HasAttribute("target"));
    }

    [Theory]
    [InlineData("![the diagram](https://example.com/d.png)", "the diagram")]
    [InlineData("![](http://example.com/d.png)", "http://example.com/d.png")]
    public void Render_ShowsAWebImageAsALinkToIt_SinceThePagesLoadNoImageFromElsewhere(string markdown, string text)
    {
        var page = Parse(SafeMarkdownRenderer.Render(markdown));

        Assert.Empty(page.QuerySelectorAll("img, [src]"));
        var link = Assert.Single(page.QuerySelectorAll("a.rb-doc-image-link"));
        Assert.Equal(markdown[(markdown.IndexOf('(', StringComparison.Ordinal) + 1)..^1], link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Contains("noreferrer", link.GetAttribute("rel"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![the diagram](javascript:alert(1))")]
    [InlineData("![the diagram](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)")]
    [InlineData("![the diagram](mailto:team@example.com)")]
    [InlineData("![the diagram](images/d.png)")]
    [InlineData("![the diagram](file:///c:/d.png)")]
    public void Render_ShowsOtherImagesAsTheirAltText(string markdown)
    {
        var page = Parse(SafeMarkdownRenderer.Render(markdown));

        Assert.Empty(page.QuerySelectorAll("img, [src], [href]"));
        Assert.Equal("the diagram", page.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Render_KeepsASafeLinkAroundAnImage_AsTheImagesAltText_AndDropsAnUnsafeOne()
    {
        var page = Parse(SafeMarkdownRenderer.Render(
            "[![ok](https://example.com/ok.png)](https://example.com)\n\n[![bad](data:x)](javascript:alert(1))"));

        var link = Assert.Single(page.QuerySelectorAll("a"));
        Assert.Equal(("https://example.com", "ok"), (link.GetAttribute("href"), link.TextContent));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Equal("bad", page.QuerySelectorAll("p")[1].TextContent);
    }

    [Fact]
    public void Render_RendersPipeTablesAsTables()
    {
        var page = Parse(SafeMarkdownRenderer.Render(TestFiles.Read("document-blocks.md")));

        var table = Assert.Single(page.QuerySelectorAll("table"));
        Assert.Equal(["name", "value"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["a", "1"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void Render_ShowsTaskListsAsReadOnlyCheckboxes()
    {
        var page = Parse(SafeMarkdownRenderer.Render("- [x] Done\n- [ ] Open\n"));

        var boxes = page.QuerySelectorAll("li.task-list-item input[type=checkbox]");
        Assert.Equal(2, boxes.Length);
        Assert.All(boxes, box => Assert.True(box.HasAttribute("disabled")));
        Assert.True(boxes[0].HasAttribute("checked"));
        Assert.False(boxes[1].HasAttribute("checked"));
    }

    [Fact]
    public void Render_GivesHeadingsGitHubStyleIds()
    {
        var page = Parse(SafeMarkdownRenderer.Render("# Payments API\n\n## Rate limiting & quotas\n\n## Rate limiting & quotas\n"));

        Assert.Equal(["payments-api", "rate-limiting--quotas", "rate-limiting--quotas-1"],
            page.QuerySelectorAll("h1, h2").Select(h => h.Id));
    }

    [Fact]
    public void Render_WrapsEachTopLevelBlock_WithItsSourceLine()
    {
        var markdown = TestFiles.Read("document-blocks.md");

        var blocks = Parse(SafeMarkdownRenderer.Render(markdown)).QuerySelectorAll(".rb-doc-body > .rb-doc-block");

        Assert.Equal(["L1", "L3", "L6", "L9", "L13", "L17", "L19"], blocks.Select(b => b.Id));
        Assert.All(blocks, b => Assert.Equal(b.Id, SafeMarkdownRenderer.LineAnchor(int.Parse(b.GetAttribute("data-line")!))));
        Assert.Equal(["h1", "p", "ul", "table", "pre", "blockquote", "h2"], blocks.Select(b => b.FirstElementChild!.LocalName));
        var lines = markdown.Split('\n');
        Assert.Equal("| name | value |", lines[9 - 1]);
        Assert.Equal("> a quote", lines[17 - 1]);
    }

    [Fact]
    public void Render_CountsLinesTheSameWithCrLf()
    {
        var markdown = TestFiles.Read("document-blocks.md").ReplaceLineEndings("\r\n");

        var blocks = Parse(SafeMarkdownRenderer.Render(markdown)).QuerySelectorAll(".rb-doc-block");

        Assert.Equal(["L1", "L3", "L6", "L9", "L13", "L17", "L19"], blocks.Select(b => b.Id));
    }

    [Fact]
    public void Render_AnEmptyDocument_IsEmpty()
    {
        Assert.Equal("", SafeMarkdownRenderer.Render(""));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Render_TheCorpusDocuments_RenderEveryBlockSafely(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(TestFiles.CorpusDirectory, name));
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');

        var page = Parse(SafeMarkdownRenderer.Render(markdown));

        Assert.Empty(page.QuerySelectorAll("script, iframe"));
        var blocks = page.QuerySelectorAll(".rb-doc-body > .rb-doc-block");
        Assert.NotEmpty(blocks);
        var starts = blocks.Select(b => int.Parse(b.GetAttribute("data-line")!)).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(starts.Count, starts.Distinct().Count());
        // Every block starts on a line with text, and the first one on the document's first text.
        Assert.All(starts, line => Assert.False(string.IsNullOrWhiteSpace(lines[line - 1])));
        Assert.Equal(Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l)) + 1, starts[0]);
    }

    private static IDocument Parse(string html) =>
        s_parser.ParseDocument($"<!DOCTYPE html><html><body><div class=\"rb-doc-body\">{html}</div></body></html>");

    [Fact]
    public void Render_AnchorsListItemsAndTableRowsAtTheirOwnLines()
    {
        var html = SafeMarkdownRenderer.Render("# T\n\n- [ ] one\n  - [ ] nested\n- [ ] two\n\n| Task | Impact |\n|---|---|\n| A | High |\n");

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("L3", document.QuerySelector("#L3")!.GetAttribute("id"));
        Assert.Equal("LI", document.QuerySelector("#L4")!.TagName);
        Assert.Equal("LI", document.QuerySelector("#L5")!.TagName);
        Assert.Equal("TR", document.QuerySelector("#L9")!.TagName);
        Assert.Equal(1, html.Split("id=\"L3\"").Length - 1);
    }
}
