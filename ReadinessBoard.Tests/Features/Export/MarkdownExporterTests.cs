using System.Text;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Export;

public partial class MarkdownExporterTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        data.Add(Path.Combine(TestFiles.CorpusDirectory, "003_47d9a064beaccfa0.txt"));
        data.Add(Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Export_WithNoChanges_IsTheImportedFileByteForByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var board = ExportBoards.FromDocument(bytes, Path.GetFileName(path));

        var exported = Export(board);

        Assert.Equal(bytes, exported);
    }

    [Fact]
    public void Export_KeepsCrlfLoneCrAndGarbledText_AndDropsOnlyTheByteOrderMark_UntilAMarkChanges()
    {
        var text = "# Launch\r\n\r\n- [ ] Back up the database ‚úÖ\r\n- [x] Add health checks\r- [ ] Write the runbook\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var board = ExportBoards.FromDocument(bytes);

        Assert.Equal(Encoding.UTF8.GetBytes(text), Export(board));

        var ticked = board.WithStatuses(i => i.Title.StartsWith("Write", StringComparison.Ordinal) ? ItemStatus.Done : i.Status);
        // A changed garbled document is written repaired throughout, its line ends as they were.
        Assert.Equal(
            text.Replace("- [ ] Write", "- [x] Write", StringComparison.Ordinal).Replace("‚úÖ", "✅", StringComparison.Ordinal),
            Encoding.UTF8.GetString(Export(ticked)));
    }

    [Fact]
    public void Export_SetsTaskBoxes_AndNothingElse()
    {
        var board = ExportBoards.FromDocument(TestFiles.ReadBytes("nested-tasks.md"));
        var source = board.SourceMarkdown;
        var first = board.Items[0];
        var second = board.Items[1];
        var flipped = board.WithStatuses(i => i == first ? Flip(i.Status) : i == second ? ItemStatus.NotApplicable : i.Status);

        var exported = Encoding.UTF8.GetString(Export(flipped));

        var sourceLines = source.Split('\n');
        var exportedLines = exported.Split('\n');
        Assert.Equal(sourceLines.Length, exportedLines.Length);
        var changed = Enumerable.Range(0, sourceLines.Length).Where(i => sourceLines[i] != exportedLines[i]).ToList();
        Assert.Equal([first.SourceLine - 1, second.SourceLine - 1], changed);
        Assert.Contains(first.Status == ItemStatus.Done ? "[ ]" : "[x]", exportedLines[first.SourceLine - 1], StringComparison.Ordinal);
        Assert.Contains("[~]", exportedLines[second.SourceLine - 1], StringComparison.Ordinal);
        Assert.Equal(sourceLines[first.SourceLine - 1].Length, exportedLines[first.SourceLine - 1].Length);
    }

    [Fact]
    public void Export_RewritesMatrixStatusCells_Strikes_AndHeadingLines()
    {
        var board = ExportBoards.FromDocument(TestFiles.ReadBytes("priority-matrix.md"));
        var hsts = board.Items.Single(i => i.Title.Contains("HSTS", StringComparison.Ordinal));
        var probe = board.Items.Single(i => i.Title.Contains("readiness probe", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.Done, hsts.Status);
        Assert.Equal(ItemStatus.Open, probe.Status);

        var changed = board.WithStatuses(i => i == hsts ? ItemStatus.Open : i == probe ? ItemStatus.Done : i.Status);
        var exported = Encoding.UTF8.GetString(Export(changed));

        Assert.Contains("| 1. Turn on HSTS for the storefront | High | Low | ⭐⭐⭐⭐⭐ | ⬜ TODO | 1h |", exported, StringComparison.Ordinal);
        Assert.Contains("| 2. Add a readiness probe | High | Low | ⭐⭐⭐⭐ | ✅ DONE | 2h |", exported, StringComparison.Ordinal);
        Assert.Contains("**Impact:** HIGH | **Effort:** LOW\n**Status:** Open\n", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("**Completed:** 2026-01-20", exported, StringComparison.Ordinal);
        AssertReadsBack(changed, exported);
    }

    [Fact]
    public void Export_RewritesStatusWordsInNumberedHeadings_InTheirStyle()
    {
        var board = ExportBoards.FromDocument(TestFiles.ReadBytes("numbered-headings.md"));
        var legacy = board.Items.Single(i => i.Title.Contains("legacy login", StringComparison.Ordinal));
        var audit = board.Items.Single(i => i.Title.Contains("Audit trail", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.InProgress, audit.Status);

        var changed = board.WithStatuses(i => i == legacy ? ItemStatus.InProgress : i == audit ? ItemStatus.Done : i.Status);
        var exported = Encoding.UTF8.GetString(Export(changed));

        Assert.Contains("### 3. Remove the legacy login endpoint ⏳ IN PROGRESS\n", exported, StringComparison.Ordinal);
        Assert.Contains("**Status:** DONE\n", exported, StringComparison.Ordinal);
        AssertReadsBack(changed, exported);
    }

    [Fact]
    public void Export_MovesTheMarkOfAnswerColumns_ToTheNewStatus()
    {
        var board = ExportBoards.FromDocument(TestFiles.ReadBytes("real-gaps5-answer-columns.md"));
        var diagram = board.Items.Single(i => i.Title.StartsWith("A current diagram", StringComparison.Ordinal));
        var alerts = board.Items.Single(i => i.Title.StartsWith("Alerts page", StringComparison.Ordinal));
        var question = board.Items.Single(i => i.Title == "Are feature flags documented?");

        var changed = board.WithStatuses(i => i == diagram ? ItemStatus.InProgress : i == alerts ? ItemStatus.Done : i == question ? ItemStatus.NotApplicable : i.Status);
        var exported = Encoding.UTF8.GetString(Export(changed));

        // "| Not satisfied | Partially satisfied | Totally satisfied | Not applicable |": the X moves to the new status's column.
        Assert.Contains("| 1 | Architecture | A current diagram shows every dependency of the service | | X |   | |", exported, StringComparison.Ordinal);
        Assert.Contains("| 5 | Monitoring | Alerts page the on-call rotation, not a mailbox |   | | X | |", exported, StringComparison.Ordinal);
        Assert.Contains("| Are feature flags documented? | |   | ✓ | |", exported, StringComparison.Ordinal);
        AssertReadsBack(changed, exported);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Export_AfterTicking_ReadsBackAsTheNewState(string path)
    {
        var board = ExportBoards.FromDocument(File.ReadAllBytes(path), Path.GetFileName(path));
        // Only marks that a document can carry: every item flipped between done and open.
        var changed = board.WithStatuses(i => Flip(i.Status));

        var exported = Encoding.UTF8.GetString(Export(changed));

        // Back to open: every mark of the item says open (or there was none). Done: certain at least where the item has a task box;
        // a document without a place for a mark (a bold bullet, an unmarked heading or plan line) cannot say it.
        var sourceLines = board.SourceMarkdown.ReplaceLineEndings("\n").Split('\n');
        var boxed = new MarkdownImporter().Parse(MojibakeRepair.Repair(board.SourceMarkdown).Text).Items
            .Where(i => i.Lines.Any(l => TaskBox().IsMatch(sourceLines[l - 1]))).Select(i => i.Key).ToHashSet();
        var reread = new MarkdownImporter().Parse(MojibakeRepair.Repair(exported).Text).Items.ToDictionary(i => i.Key);
        foreach (var item in changed.Items.Where(i => i.Status == ItemStatus.Open || boxed.Contains(i.Key)))
        {
            Assert.True(reread.TryGetValue(item.Key, out var again), $"{item.Title} is still an item after the export");
            Assert.True(item.Status == again.Status, $"{Path.GetFileName(path)}: \"{item.Title}\" reads back as {again.Status}, not {item.Status}");
        }

        Assert.Equal(board.Items.Count, reread.Count);
    }

    [Fact]
    public void Export_OfAGarbledDocument_WithAChange_IsRepairedThroughout_NeverMixed()
    {
        var path = Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt");
        var board = ExportBoards.FromDocument(File.ReadAllBytes(path), Path.GetFileName(path));
        var open = board.Items.First(i => i.Status == ItemStatus.Open);

        var unchanged = Encoding.UTF8.GetString(Export(board));
        var exported = Encoding.UTF8.GetString(Export(board.WithStatuses(i => i.Key == open.Key ? ItemStatus.Done : i.Status)));

        // Untouched, the file is the one imported, garbled as it came; changed, every line is repaired.
        Assert.Contains("‚úÖ", unchanged, StringComparison.Ordinal);
        Assert.DoesNotContain("‚úÖ", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("üî", exported, StringComparison.Ordinal);
        Assert.Equal(MojibakeRepair.Repair(board.SourceMarkdown).Text.Split('\n').Length, exported.Split('\n').Length);
        Assert.Equal(ItemStatus.Done, new MarkdownImporter().Parse(exported).Items.Single(i => i.Key == open.Key).Status);
    }

    private static ItemStatus Flip(ItemStatus status) => status == ItemStatus.Done ? ItemStatus.Open : ItemStatus.Done;

    private static void AssertReadsBack(BoardExport board, string exported)
    {
        var reread = new MarkdownImporter().Parse(exported).Items.ToDictionary(i => i.Key);
        foreach (var item in board.Items)
        {
            Assert.Equal((item.Title, item.Status), (item.Title, reread[item.Key].Status));
        }
    }

    private static byte[] Export(BoardExport board)
    {
        using var output = new MemoryStream();
        new MarkdownExporter().Write(board, output);
        return output.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[[ xX~]\]")]
    private static partial System.Text.RegularExpressions.Regex TaskBox();
}
