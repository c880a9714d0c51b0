using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Hosting;

public class HostTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/boards/1")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/favicon.svg")]
    [InlineData("/import")]
    [InlineData("/boards/1/reimport")]
    public async Task Get_Answers200(string path)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(path, response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Ready_ReportsTheDatabaseHealthy()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var body = await client.GetStringAsync("/health/ready");

        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_AskedBySomeoneSignedOut_SaysNothingOfWhatTheDatabaseHolds()
    {
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync("/health/ready");

        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("board", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("[0-9]", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("description").GetString()!);
    }

    [Fact]
    public async Task FirstStart_SeedsTheSampleBoard_AndTheBoardPageListsItsItems()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var html = await client.GetStringAsync("/boards/1");

        var document = await new HtmlParser().ParseDocumentAsync(html);
        Assert.Equal("Payments API: production readiness", document.QuerySelector("h1")!.TextContent.Trim());
        var checkboxes = document.QuerySelectorAll("label.rb-item-label input[type=checkbox]");
        Assert.Equal(25, checkboxes.Length);
        Assert.Equal(5, checkboxes.Count(c => c.HasAttribute("checked")));
    }

    [Fact]
    public async Task Home_ListsTheSampleBoard()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var html = await client.GetStringAsync("/");

        var document = await new HtmlParser().ParseDocumentAsync(html);
        var card = Assert.Single(document.QuerySelectorAll("a.rb-board-card"));
        Assert.Equal("boards/1", card.GetAttribute("href"));
        Assert.Contains("5 of 24 done", card.TextContent);
    }

    [Fact]
    public async Task DocumentPage_ShowsTheSampleBoardsSource()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/boards/1/document");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(html);
        Assert.Contains("Document", document.QuerySelector(".rb-board-tab[aria-current=page]")!.TextContent);
        Assert.Equal("Payments API: production readiness", document.QuerySelector("nav.rb-breadcrumb a[href='boards/1']")!.TextContent);
        Assert.Equal("Payments API: production readiness", document.QuerySelector(".rb-doc-body h1")!.TextContent);
        Assert.Equal("sample-readiness-checklist.md", document.QuerySelector(".rb-doc-file-name")!.TextContent);
    }

    [Theory]
    [InlineData("/boards/999", "Board not found")]
    [InlineData("/boards/999/document", "Board not found")]
    [InlineData("/teams/999", "Team not found")]
    [InlineData("/no/such/page", "Page not found")]
    [InlineData("/boards/1/no-such-view", "Page not found")]
    public async Task UnknownPages_ShowAFriendlyPage_ThatSaysWhatWasNotFound(string path, string title)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(title, new HtmlParser().ParseDocument(html).QuerySelector(".rb-empty-title")?.TextContent);
        Assert.DoesNotContain("Exception", html);
    }
}
