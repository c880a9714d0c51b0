using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Export;

public class XlsxExporterTests
{
    [Fact]
    public void Workbook_HasTheSevenSheets_AndValidates()
    {
        var board = ExportBoards.FromDocument(File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt")));

        using var workbook = Workbook.Of(board);

        Assert.Equal(["Summary", "Checklist", "Priority Matrix", "KPIs", "Costs", "Plan", "Activity"], workbook.SheetNames);
        Assert.Empty(workbook.ValidationErrors());
    }

    [Fact]
    public void Checklist_HoldsEveryItem_WithNumbersAsNumbers_AndTheHeaderFrozenAndFiltered()
    {
        var board = ExportBoards.FromDocument(TestFiles.ReadBytes("priority-matrix.md"));
        board = board with
        {
            Items = board.Items.Select((item, i) => i == 0 ? item with { DueDate = new DateOnly(2026, 4, 1), Owner = "Dana" } : item).ToList(),
        };

        using var workbook = Workbook.Of(board);
        var sheet = workbook.Sheet("Checklist");

        Assert.Equal("Item", workbook.Text(sheet, "B1"));
        Assert.Equal(board.Items.Count + 1, sheet.Descendants<Row>().Count());
        var first = board.Items[0];
        Assert.Equal(first.Title, workbook.Text(sheet, "B2"));
        Assert.Equal("Done", workbook.Text(sheet, "C2"));
        Assert.Equal("Dana", workbook.Text(sheet, "L2"));
        var due = workbook.Cell(sheet, "M2");
        Assert.Null(due.DataType);
        Assert.Equal(new DateTime(2026, 4, 1).ToOADate(), double.Parse(due.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("yyyy-mm-dd", workbook.NumberFormatOf(due));
        var hours = workbook.Cell(sheet, "J2");
        Assert.Null(hours.DataType);
        Assert.Equal(first.EstimateMaxHours, double.Parse(hours.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal($"A1:S{board.Items.Count + 1}", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.True(sheet.Descendants<Column>().Count() >= 19);
        Assert.Equal("FFD9F2E3", workbook.FillOf(workbook.Cell(sheet, "C2")));
    }

    [Fact]
    public void Summary_CountsAndProgress_AreFormulas_WithTheirValuesCached()
    {
        var board = ExportBoards.FromDocument(TestFiles.ReadBytes("nested-tasks.md"));
        var done = board.Items.Count(i => i.Status == ItemStatus.Done);
        var counted = board.Items.Count(i => i.Status != ItemStatus.NotApplicable);

        using var workbook = Workbook.Of(board);
        var summary = workbook.Sheet("Summary");

        var doneRow = workbook.RowOf(summary, "Done");
        var doneCell = workbook.Cell(summary, $"B{doneRow}");
        Assert.StartsWith("COUNTIF(Checklist!$C$2:$C$", doneCell.CellFormula!.Text, StringComparison.Ordinal);
        Assert.Equal(done.ToString(System.Globalization.CultureInfo.InvariantCulture), doneCell.CellValue!.Text);
        var progress = workbook.Cell(summary, $"B{workbook.RowOf(summary, "Progress (not applicable left out)")}");
        Assert.NotNull(progress.CellFormula);
        Assert.Equal((double)done / counted, double.Parse(progress.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("0%", workbook.NumberFormatOf(progress));
        Assert.True(workbook.Document.WorkbookPart!.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void MatrixKpisCostsAndPlan_HoldLiveTotals()
    {
        var board = ExportBoards.FromDocument(File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt")));

        using var workbook = Workbook.Of(board);

        var matrix = workbook.Sheet("Priority Matrix");
        Assert.Equal("Impact \\ Effort", workbook.Text(matrix, "H1"));
        var grid = matrix.Descendants<Cell>().Where(c => c.CellFormula is not null).ToList();
        Assert.NotEmpty(grid);
        Assert.Equal(board.Items.Count(i => i.Impact is not null && i.Effort is not null),
            grid.Sum(c => double.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));

        var kpis = workbook.Sheet("KPIs");
        Assert.Equal(board.Metrics.Count + 1, kpis.Descendants<Row>().Count());
        Assert.Equal(board.Metrics[0].Name, workbook.Text(kpis, "A2"));

        var costs = workbook.Sheet("Costs");
        var monthlyMin = workbook.Cell(costs, "K2");
        Assert.StartsWith("SUMIFS(", monthlyMin.CellFormula!.Text, StringComparison.Ordinal);
        var expected = board.Costs.Where(c => !c.IsTotal).SelectMany(c => c.Amounts).Where(a => a.Period == CostPeriod.Month).Sum(a => a.Min);
        Assert.Equal(expected, double.Parse(monthlyMin.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 6);

        var plan = workbook.Sheet("Plan");
        Assert.Equal(board.Phases.Count + 1, plan.Descendants<Row>().Count());
        var items = workbook.Cell(plan, "F2");
        Assert.StartsWith("COUNTIFS(", items.CellFormula!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileBoard_ExportsToAWorkbookThatValidates_WithNoTextAsAFormula()
    {
        var board = ExportBoards.Hostile();

        using var workbook = Workbook.Of(board);

        Assert.Empty(workbook.ValidationErrors());
        var checklist = workbook.Sheet("Checklist");
        var formulaLike = workbook.Cell(checklist, "B2");
        Assert.Equal(CellValues.InlineString, formulaLike.DataType!.Value);
        Assert.Null(formulaLike.CellFormula);
        Assert.Equal(board.Items[0].Title, workbook.Text(checklist, "B2"));
        Assert.True(workbook.FormatOf(formulaLike).QuotePrefix!.Value);
        Assert.Equal("_x0007_", workbook.Text(checklist, "B8").Substring(5, 7));
        Assert.Equal("_x005F_x0041_ looks escaped", workbook.Text(checklist, "B11"));
        Assert.Equal(30_000, workbook.Text(checklist, "Q2").Length);
        Assert.Equal(board.Items[0].Notes, workbook.Text(checklist, "Q2"));
        Assert.Equal("\nCarriage", workbook.Text(checklist, "B7"));
        Assert.Equal("  padded  ", workbook.Text(checklist, "B12"));
        Assert.Equal("Emoji 👩🏽‍💻 ✅ 🔴", workbook.Text(checklist, "B9"));
        // Every formula in the workbook is one the exporter wrote: none came from the board's text.
        foreach (var sheetName in workbook.SheetNames)
        {
            foreach (var formula in workbook.Sheet(sheetName).Descendants<CellFormula>())
            {
                Assert.Matches(@"^(COUNTIF|SUM|SUMPRODUCT|IF|Costs!|12\*)", formula.Text);
            }
        }
    }

    [Fact]
    public void LargeBoard_WrittenInManyBlocks_Validates_AndEveryTitleReadsBack()
    {
        string[] titles = ["Rotate the keys 🔑", "a < b && c > d", "  padded  ", "Émoji 👩🏽‍💻 ✅", "=SUM(A1:A2)", "tab\tinside", "_x0041_", "Bell \u0007"];
        var items = Enumerable.Range(0, 1_500).Select(i => new ExportItem($"key-{i}", $"{titles[i % titles.Length]} {i}", (ItemStatus)(i % 5))
        {
            Section = i % 3 == 0 ? "Security > Secrets" : "Émoji 🚀 section",
            Impact = "High",
            Effort = "Low",
            EstimateMinHours = i,
            Notes = i % 100 == 0 ? string.Concat(Enumerable.Repeat("🚀 <notes> & more ", 1_000)) : null,
        }).ToList();
        var board = new BoardExport(1, "Large", "Team", null, "", ExportBoards.Now, ExportBoards.Now, [], items);

        using var workbook = Workbook.Of(board);

        Assert.Empty(workbook.ValidationErrors());
        var rows = workbook.Sheet("Checklist").Descendants<Row>().Skip(1).ToList();
        Assert.Equal(items.Count, rows.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var cells = rows[i].Elements<Cell>().ToDictionary(c => c.CellReference!.Value![..1]);
            Assert.Equal(FormulaGuard.ForXlsx(items[i].Title), cells["B"].InlineString!.Text!.Text);
            Assert.Equal(items[i].Notes is { } notes ? FormulaGuard.ForXlsx(notes) : null, cells.GetValueOrDefault("Q")?.InlineString!.Text!.Text);
        }
    }

    [Fact]
    public void ASectionTooLongForACriterion_IsCountedByComparison_AndValidates()
    {
        var longSection = "Security > " + new string('s', XlsxCondition.MaxCriterionLength);
        var items = new[] { ItemStatus.Done, ItemStatus.Open, ItemStatus.NotApplicable }
            .Select((status, i) => new ExportItem($"key-{i}", $"Item {i}", status) { Section = longSection }).ToList();
        var board = new BoardExport(1, "Long", "Team", null, "", ExportBoards.Now, ExportBoards.Now, [new ExportSection(longSection, 1)], items);

        using var workbook = Workbook.Of(board);

        Assert.Empty(workbook.ValidationErrors());
        var summary = workbook.Sheet("Summary");
        var row = workbook.RowOf(summary, longSection);
        var counted = workbook.Cell(summary, $"B{row}");
        Assert.StartsWith("SUMPRODUCT(--(", counted.CellFormula!.Text, StringComparison.Ordinal);
        Assert.Equal(("2", "1"), (counted.CellValue!.Text, workbook.Cell(summary, $"C{row}").CellValue!.Text));
    }

    [Fact]
    public void EmptyBoard_ExportsToAWorkbookThatValidates()
    {
        var board = new BoardExport(1, "Empty", "Team", null, "", ExportBoards.Now, ExportBoards.Now, [], []);

        using var workbook = Workbook.Of(board);

        Assert.Empty(workbook.ValidationErrors());
        Assert.Equal("0", workbook.Cell(workbook.Sheet("Summary"), $"B{workbook.RowOf(workbook.Sheet("Summary"), "All items")}").CellValue!.Text);
    }

    /// <summary>A written workbook, opened again with the Open XML SDK.</summary>
    internal sealed class Workbook : IDisposable
    {
        private readonly MemoryStream _bytes;

        private Workbook(MemoryStream bytes)
        {
            _bytes = bytes;
            Document = SpreadsheetDocument.Open(bytes, isEditable: false);
        }

        public SpreadsheetDocument Document { get; }

        public IReadOnlyList<string> SheetNames => Document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

        public static Workbook Of(BoardExport board)
        {
            var bytes = new MemoryStream();
            new XlsxExporter().Write(board, bytes);
            bytes.Position = 0;
            return new Workbook(bytes);
        }

        public static Workbook Open(byte[] bytes) => new(new MemoryStream(bytes));

        public List<string> ValidationErrors() =>
            new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        public Worksheet Sheet(string name)
        {
            var sheet = Document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
            return ((WorksheetPart)Document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
        }

        public Cell Cell(Worksheet sheet, string reference) =>
            sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference) ?? throw new Xunit.Sdk.XunitException($"no cell {reference}");

        public string Text(Worksheet sheet, string reference)
        {
            var cell = Cell(sheet, reference);
            return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : cell.CellValue!.Text;
        }

        public int RowOf(Worksheet sheet, string label)
        {
            var cell = sheet.Descendants<Cell>().First(c => c.CellReference!.Value!.StartsWith('A') && c.InlineString?.Text?.Text == label);
            return (int)((Row)cell.Parent!).RowIndex!.Value;
        }

        public CellFormat FormatOf(Cell cell) =>
            Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

        public string? NumberFormatOf(Cell cell)
        {
            var id = FormatOf(cell).NumberFormatId!.Value;
            return id == 9 ? "0%" : Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
                .SingleOrDefault(f => f.NumberFormatId! == id)?.FormatCode?.Value;
        }

        public string? FillOf(Cell cell)
        {
            var fill = Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)FormatOf(cell).FillId!.Value);
            return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
        }

        public void Dispose()
        {
            Document.Dispose();
            _bytes.Dispose();
        }
    }
}
