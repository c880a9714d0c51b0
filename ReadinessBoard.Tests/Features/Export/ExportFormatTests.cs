using ReadinessBoard.Features.Export;

namespace ReadinessBoard.Tests.Features.Export;

public class ExportFormatTests
{
    [Theory]
    [InlineData("Payments API: production readiness", ExportFormat.Xlsx, "Payments API production readiness.xlsx")]
    [InlineData("a/b\\c", ExportFormat.Csv, "a-b-c.csv")]
    [InlineData("../../etc/passwd", ExportFormat.Markdown, "etc-passwd.md")]
    [InlineData("\"quoted\"\r\n", ExportFormat.Csv, "quoted.csv")]
    [InlineData("Émoji 🚀 board", ExportFormat.Xlsx, "Émoji board.xlsx")]
    [InlineData("???", ExportFormat.Xlsx, "board.xlsx")]
    public void FileName_KeepsWordsAndDropsWhatAFileSystemOrAHeaderWouldMisread(string title, ExportFormat format, string expected) =>
        Assert.Equal(expected, format.FileName(title));

    [Theory]
    [InlineData("xlsx", ExportFormat.Xlsx)]
    [InlineData("MD", ExportFormat.Markdown)]
    [InlineData("markdown", ExportFormat.Markdown)]
    [InlineData(" csv ", ExportFormat.Csv)]
    public void TryParse_TakesTheFormatNames(string name, ExportFormat expected)
    {
        Assert.True(ExportFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RefusesOtherNames(string? name) => Assert.False(ExportFormats.TryParse(name, out _));
}
