using System.Net;
using System.Text;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Export;

/// <summary>GET /boards/{id}/export/{format} on the whole app, over the sample board it seeds.</summary>
public class ExportEndpointTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    [InlineData("md", "text/markdown", ".md")]
    [InlineData("csv", "text/csv", ".csv")]
    public async Task Export_AnswersTheFile_WithItsTypeAndAFileNameFromTheTitle(string format, string contentType, string extension)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync($"/boards/1/export/{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"Payments API production readiness{extension}", disposition.FileNameStar);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(bytes);
        if (format == "xlsx")
        {
            using var workbook = XlsxExporterTests.Workbook.Open(bytes);
            Assert.Empty(workbook.ValidationErrors());
            // 25 items, one of them not applicable: "5 of 24 done" on the page.
            Assert.Equal(25, workbook.Sheet("Checklist").Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count() - 1);
        }
        else if (format == "md")
        {
            Assert.StartsWith("# Payments API: production readiness", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_OfAnUnknownBoard_Is404()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/boards/999/export/xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Export_InAnUnknownFormat_Is400_NamingTheFormats()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/boards/1/export/pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("xlsx, md or csv", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
