using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReadinessBoard.Cli;
using ReadinessBoard.Hosting;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Cli;

public class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private string Corpus(string name) => Path.Combine(TestFiles.CorpusDirectory, name);

    private Task<int> RunAsync(params string[] args) =>
        CommandLine.RunAsync([.. args, $"--ReadinessBoard:DataDirectory={_folder.File("data")}"], new AppPaths(_folder.Path, RunFromSource: true), _stdout, _stderr);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task DryRunJson_PrintsTheContract_AndWritesNothing()
    {
        var exitCode = await RunAsync("import", Corpus("004_8b219cbebdcce178.txt"), "--dry-run", "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", _stderr.ToString());
        using var json = JsonDocument.Parse(_stdout.ToString());
        var root = json.RootElement;
        Assert.Equal("Production Readiness Checklist", root.GetProperty("title").GetString());
        Assert.Equal(20, root.GetProperty("items").GetArrayLength());
        var item = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Enable TLS for NATS");
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.Equal("Quick Wins (Remaining)", item.GetProperty("section").GetString());
        Assert.Equal("High", item.GetProperty("impact").GetString());
        Assert.Equal(2, item.GetProperty("estimateHours").GetProperty("min").GetDouble());
        Assert.Equal("Week 1 > Day 3-5", item.GetProperty("phase").GetString());
        Assert.Equal(57, item.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("items")[19].GetProperty("estimateHours").ValueKind);
        Assert.Equal(10, root.GetProperty("metrics").GetArrayLength());
        Assert.Equal("off-track", root.GetProperty("metrics")[0].GetProperty("status").GetString());
        Assert.Equal(30, root.GetProperty("metrics")[0].GetProperty("currentValue").GetDouble());
        var total = root.GetProperty("costs").EnumerateArray().Single(c => c.GetProperty("isTotal").GetBoolean());
        Assert.Equal("month", total.GetProperty("amounts")[0].GetProperty("period").GetString());
        Assert.Equal(8, root.GetProperty("phases").GetArrayLength());
        Assert.Equal(1, root.GetProperty("phases")[0].GetProperty("order").GetInt32());
        Assert.Equal(0, root.GetProperty("tables").GetInt32());
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(blocks.Select(b => b.GetProperty("line").GetInt32()).Order(), blocks.Select(b => b.GetProperty("line").GetInt32()));
        var matrix = Assert.Single(blocks, b => b.GetProperty("kind").GetString() == "matrix");
        Assert.Equal((398, 17), (matrix.GetProperty("line").GetInt32(), matrix.GetProperty("items").GetInt32()));
        Assert.Contains("Impact and Effort", matrix.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["costs", "items", "kpis", "matrix", "not-items", "plan"], blocks.Select(b => b.GetProperty("kind").GetString()).Distinct().Order());
        Assert.Contains(blocks, b => b.GetProperty("kind").GetString() == "not-items" && b.GetProperty("reason").GetString()!.StartsWith("references", StringComparison.Ordinal));
        Assert.True(root.GetProperty("warnings").GetArrayLength() > 0);
        Assert.False(Directory.Exists(_folder.File("data")), "a dry run writes nothing");
    }

    [Fact]
    public async Task DryRun_WithRead_ReadsTheNamedBlockAsChosen_AndNamesAWrongLineOrColumn()
    {
        File.WriteAllText(_folder.File("owners.md"), "# Launch\n\n## Owners\n\n| Area | Person |\n|---|---|\n| Rotate the keys | Priya |\n| Load test | Sam |\n\n## Ideas\n\n- Add a canary\n");

        var exitCode = await RunAsync("import", _folder.File("owners.md"), "--dry-run", "--json", "--read", "5=items:title=Area,owner=2", "--read", "12=items");

        Assert.Equal(ExitCodes.Success, exitCode);
        using var json = JsonDocument.Parse(_stdout.ToString());
        var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("title").GetString(), i.GetProperty("owner").GetString())).ToList();
        Assert.Equal([("Rotate the keys", "Priya"), ("Load test", "Sam"), ("Add a canary", null)], items);

        Assert.Equal(ExitCodes.BadInput, await RunAsync("import", _folder.File("owners.md"), "--dry-run", "--read", "6=items"));
        Assert.Contains("no list, table or run of headings starts on line 6; they start on lines 5, 12", _stderr.ToString());
        Assert.Equal(ExitCodes.BadInput, await RunAsync("import", _folder.File("owners.md"), "--dry-run", "--read", "5=items:title=Task"));
        Assert.Contains("the table on line 5 has no column \"Task\"; its columns are \"Area\", \"Person\"", _stderr.ToString());
    }

    [Fact]
    public async Task Import_CreatesTheBoard_AndPrintsItsId()
    {
        var exitCode = await RunAsync("import", Corpus("003_47d9a064beaccfa0.txt"), "--team", "Platform");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("1", _stdout.ToString().Trim());
        Assert.True(File.Exists(Path.Combine(_folder.File("data"), "readiness.db")));

        var second = await RunAsync("import", Corpus("004_8b219cbebdcce178.txt"));
        Assert.Equal(ExitCodes.Success, second);
        Assert.EndsWith("2", _stdout.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfABinaryFile_ExitsWith2AndOneLine()
    {
        File.WriteAllBytes(_folder.File("photo.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var exitCode = await RunAsync("import", _folder.File("photo.md"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        var error = _stderr.ToString().TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("readinessboard: import: photo.md:3: The file is not text", error, StringComparison.Ordinal);
        Assert.Equal("", _stdout.ToString());
        Assert.False(Directory.Exists(_folder.File("data")));
    }

    [Theory]
    [InlineData("missing.md", "cannot read the file")]
    [InlineData("image.png", "is not a markdown or text file")]
    public async Task Import_OfAFileItCannotTake_SaysWhy(string name, string message)
    {
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            File.WriteAllText(_folder.File(name), "# not really");
        }

        var exitCode = await RunAsync("import", _folder.File(name), "--dry-run");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(message, _stderr.ToString());
    }

    [Fact]
    public async Task Import_OverTheSizeLimit_IsRefusedBeforeReading_WithTheFilesRealSize()
    {
        using (var stream = File.Create(_folder.File("huge.md")))
        {
            stream.SetLength(3_219_128);
        }

        var exitCode = await RunAsync("import", _folder.File("huge.md"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("The file is 3.07 MB; the largest document ReadinessBoard imports is 2 MB", _stderr.ToString());
    }
}
