using System.Text;
using Microsoft.Data.Sqlite;
using ReadinessBoard.Cli;
using ReadinessBoard.Hosting;
using ReadinessBoard.Tests.Features.Export;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Cli;

public class ExportCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private static string Corpus(string name) => Path.Combine(TestFiles.CorpusDirectory, name);

    private Task<int> RunAsync(params string[] args) =>
        CommandLine.RunAsync([.. args, $"--ReadinessBoard:DataDirectory={_folder.File("data")}"], new AppPaths(_folder.Path, RunFromSource: true), _stdout, _stderr);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task ImportCorpusAsync()
    {
        Assert.Equal(ExitCodes.Success, await RunAsync("import", Corpus("004_8b219cbebdcce178.txt")));
        _stdout.GetStringBuilder().Clear();
    }

    [Fact]
    public async Task ExportXlsx_WritesAWorkbookThatValidates()
    {
        await ImportCorpusAsync();

        var exitCode = await RunAsync("export", "1", "--format", "xlsx", "-o", _folder.File("board.xlsx"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", _stderr.ToString());
        using var workbook = XlsxExporterTests.Workbook.Open(File.ReadAllBytes(_folder.File("board.xlsx")));
        Assert.Empty(workbook.ValidationErrors());
        Assert.Equal(7, workbook.SheetNames.Count);
        Assert.Equal(["board.xlsx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ExportMarkdown_ByTitle_ToStdout_IsTheSourceByteForByte()
    {
        await ImportCorpusAsync();

        var exitCode = await RunAsync("export", "Production Readiness Checklist", "--format", "md");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(File.ReadAllBytes(Corpus("004_8b219cbebdcce178.txt")), Encoding.UTF8.GetBytes(_stdout.ToString()));
    }

    [Fact]
    public async Task ExportCsv_TakesTheFormatFromTheFileName_AndReplacesAnOldFile()
    {
        await ImportCorpusAsync();
        File.WriteAllText(_folder.File("items.csv"), "old");

        var exitCode = await RunAsync("export", "1", "-o", _folder.File("items.csv"));

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = File.ReadAllLines(_folder.File("items.csv"));
        Assert.Equal(21, lines.Length);
        Assert.StartsWith("Section,Item,Status", lines[0], StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetPreamble(), File.ReadAllBytes(_folder.File("items.csv"))[..3]);
    }

    [Theory]
    [InlineData("9", "--format", "csv", "no board \"9\"")]
    [InlineData("1", "--format", "pdf", "unknown format \"pdf\"")]
    [InlineData("1", "--format", "xlsx", "an xlsx workbook is not text")]
    [InlineData("1", "-o", "missing-folder/board.xlsx", "does not exist")]
    public async Task BadInput_ExitsWith2AndOneLine_AndWritesNoFile(string board, string option, string value, string message)
    {
        await ImportCorpusAsync();
        var before = Directory.GetFileSystemEntries(_folder.Path).Order().ToList();

        var exitCode = await RunAsync("export", board, option, option == "-o" ? _folder.File(value) : value);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        var error = _stderr.ToString().TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("readinessboard: export: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("", _stdout.ToString());
        Assert.Equal(before, Directory.GetFileSystemEntries(_folder.Path).Order().ToList());
    }
}
