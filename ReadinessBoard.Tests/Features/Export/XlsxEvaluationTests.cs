using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Costs;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Kpis;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Matrix;
using ReadinessBoard.Features.Overview;
using ReadinessBoard.Features.Plan;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Export;

/// <summary>
/// Workbooks of real boards (imported, then worked on) opened again with ClosedXML, whose calculation
/// engine evaluates every formula as a spreadsheet does on open: each sheet is there, every formula
/// comes to the value written beside it, and the progress, counts, hours and cost totals are the ones
/// the board's own views show.
/// </summary>
public class XlsxEvaluationTests : ComponentTest
{
    public static TheoryData<string> Boards => new()
    {
        "corpus:003_47d9a064beaccfa0.txt",
        "corpus:004_8b219cbebdcce178.txt",
        "file:plan.md",
        "file:costs.md",
        "file:kpis.md",
        "file:priority-matrix.md",
        "file:numbered-headings.md",
        $"generated:{GeneratedItems}",
    };

    private const int GeneratedItems = 1_500;

    [Theory]
    [MemberData(nameof(Boards))]
    public async Task EveryFormula_EvaluatesToTheBoardsOwnFigures(string board)
    {
        var boardId = await Database.ImportAsync(Document(board));
        await WorkOnAsync(boardId);
        var reads = new BoardReadCache();

        using var workbook = await ExportAsync(boardId);

        Assert.Equal(XlsxExporter.SheetNames, workbook.Worksheets.Select(s => s.Name));
        // What the export wrote beside each formula, taken before ClosedXML evaluates (and caches) its own.
        var formulas = FormulaCells(workbook).Select(cell => (Cell: cell, Written: Convert.ToDouble(cell.CachedValue, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(formulas);
        Assert.All(formulas, f => Assert.True(
            Math.Abs(f.Written - Evaluate(f.Cell)) < 1e-9,
            $"{f.Cell.Worksheet.Name}!{f.Cell.Address} {f.Cell.FormulaA1} evaluates to {Evaluate(f.Cell)}, the export wrote {f.Written}."));

        var summary = workbook.Worksheet("Summary");
        var overview = (await new OverviewQueries(Database.Factory, TimeProvider.System, reads).GetAsync(boardId, Owner))!;
        foreach (var count in overview.Statuses)
        {
            Assert.Equal(count.Count, Number(summary, count.Status.DisplayName()));
        }

        Assert.Equal(overview.Statuses.Sum(s => s.Count), Number(summary, "All items"));
        Assert.Equal(overview.Overall.Fraction, Number(summary, "Progress (not applicable left out)"), 9);
        if (overview.Sections.Count > 0)
        {
            var header = summary.Column(1).CellsUsed().First(c => c.GetString() == "Section").Address.RowNumber;
            Assert.Equal(
                overview.Sections.Select(s => ((double)s.Progress.Total, (double)s.Progress.Done)),
                overview.Sections.Select((_, i) => (Evaluate(summary.Cell(header + 1 + i, 2)), Evaluate(summary.Cell(header + 1 + i, 3)))));
        }

        var kpis = (await new KpiQueries(Database.Factory, reads).GetAsync(boardId, Owner))!;
        Assert.Equal(kpis.Count(MetricStatus.Met), Number(summary, "KPIs met"));

        var costs = (await new CostQueries(Database.Factory, reads).GetAsync(boardId, Owner))!.Summary;
        if (!costs.IsEmpty)
        {
            Assert.Equal(
                new[] { costs.Monthly.Min, costs.Monthly.Max, costs.OneTime.Min, costs.OneTime.Max, costs.FirstYear.Min, costs.FirstYear.Max },
                new[] { "Monthly cost (min)", "Monthly cost (max)", "One-time cost (min)", "One-time cost (max)", "First year cost (min)", "First year cost (max)" }
                    .Select(label => Number(summary, label)));
        }

        var plan = (await new PlanQueries(Database.Factory, TimeProvider.System, reads).GetAsync(boardId, Owner))!;
        var planSheet = workbook.Worksheet("Plan");
        Assert.Equal(plan.Phases.Count, planSheet.RowsUsed().Count() - 1);
        for (var i = 0; i < plan.Phases.Count; i++)
        {
            var phase = plan.Phases[i].Rollup;
            var row = i + 2;
            Assert.Equal(phase.Phase.Path, planSheet.Cell(row, 2).GetString());
            Assert.Equal(
                (phase.Progress.Total, phase.Progress.Done, phase.Estimate?.Min ?? 0, phase.Estimate?.Max ?? 0),
                ((int)Evaluate(planSheet.Cell(row, 6)), (int)Evaluate(planSheet.Cell(row, 7)), Evaluate(planSheet.Cell(row, 9)), Evaluate(planSheet.Cell(row, 10))));
        }

        var matrix = (await new MatrixQueries(Database.Factory, reads).GetAsync(boardId, Owner))!;
        var grid = workbook.Worksheet("Priority Matrix");
        foreach (var cell in matrix.Rows.SelectMany(r => r.Cells))
        {
            Assert.Equal(cell.Items.Count, GridCount(grid, cell.Impact, cell.Effort));
        }
    }

    [Fact]
    public void TheGeneratedBoard_HasWhatTheTestNeeds()
    {
        var parsed = new MarkdownImporter().Parse(Document($"generated:{GeneratedItems}"));

        Assert.Equal(GeneratedItems, parsed.Items.Count);
        Assert.Contains(parsed.Phases, p => p.ParentIndex is not null);
        Assert.Contains(parsed.Sections, s => s.Title.Contains('*', StringComparison.Ordinal));
        Assert.Contains(parsed.Items, i => i.Impact is not null && i.Effort is not null);
        Assert.NotEmpty(parsed.Costs);
        Assert.NotEmpty(parsed.Metrics);
    }

    private static string Document(string board)
    {
        var (kind, name) = (board[..board.IndexOf(':', StringComparison.Ordinal)], board[(board.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "corpus" => DocumentDecoder.Decode(File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, name)), ImportLimits.Default).Text,
            "file" => TestFiles.Read(name),
            _ => Generated(int.Parse(name, CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>
    /// A plan of weeks with days inside them, each day a section of task items with estimates (some
    /// section names hold <c>*</c> and <c>?</c>, which a count must not take as wildcards), a priority
    /// matrix, KPIs and costs with a total row.
    /// </summary>
    private static string Generated(int items)
    {
        string[] impacts = ["High", "Medium", "Low", "Critical"];
        string[] efforts = ["Low", "Medium", "High"];
        const int matrixRows = 120;
        var text = new StringBuilder("# Generated launch readiness\n\n## Priority Matrix\n\n| Task | Impact | Effort | Status |\n|---|---|---|---|\n");
        for (var i = 1; i <= matrixRows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"| Matrix task {i} | {impacts[i % 4]} | {efforts[i % 3]} | {(i % 6 == 0 ? "✅ DONE" : "🔲 TODO")} |\n");
        }

        text.Append("\n## Success Metrics\n\n| Metric | Current | Target |\n|---|---|---|\n| Availability | 99.95% | 99.9% |\n| p95 latency | 420ms | <300ms |\n");
        text.Append("\n## Costs\n\n| Item | Monthly Cost | One-Time Cost |\n|---|---|---|\n| Database | $120-180 | $500 |\n| Pen test | - | $4,000 |\n| **Total** | **$120-180** | **$4,500** |\n");
        var remaining = items - matrixRows;
        for (int week = 1, n = 1; remaining > 0; week++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Week {week}\n");
            for (var day = 1; day <= 5 && remaining > 0; day += 2)
            {
                var area = week % 3 == 0 ? $"Area {week}.{day} * wildcards" : week % 3 == 1 ? $"Area {week}.{day} done?" : $"Area {week}.{day}";
                text.Append(CultureInfo.InvariantCulture, $"\n### Day {day}-{day + 1}: {area}\n\n");
                for (var k = 0; k < 60 && remaining > 0; k++, n++, remaining--)
                {
                    var box = n % 9 == 0 ? "x" : " ";
                    var estimate = n % 4 == 0 ? "" : n % 4 == 1 ? " (2h)" : n % 4 == 2 ? " (1-3h)" : " (1 day)";
                    text.Append(CultureInfo.InvariantCulture, $"- [{box}] Task {n} of week {week}{estimate}\n");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Some items done, in progress, blocked or not applicable, as a team would have them.</summary>
    private async Task WorkOnAsync(int boardId)
    {
        var status = new ItemStatusService(Database.Factory, TimeProvider.System);
        await using var db = await Database.Factory.CreateDbContextAsync();
        var ids = db.Items.Where(i => i.BoardId == boardId).OrderBy(i => i.Id).Select(i => i.Id).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            SetItemStatus? change = (i % 11) switch
            {
                1 => new(ids[i], ItemStatus.InProgress),
                4 => new(ids[i], ItemStatus.Done),
                6 => new(ids[i], ItemStatus.NotApplicable, "Not in this release"),
                9 => new(ids[i], ItemStatus.Blocked, "Waiting for the vendor"),
                _ => null,
            };
            if (change is not null)
            {
                await status.SetStatusAsync(change, Owner);
            }
        }
    }

    private async Task<XLWorkbook> ExportAsync(int boardId)
    {
        var board = await new ExportQueries(Database.Factory, TimeProvider.System).GetAsync(boardId);
        var bytes = new MemoryStream();
        new XlsxExporter().Write(board!, bytes);
        bytes.Position = 0;
        return new XLWorkbook(bytes);
    }

    private static IEnumerable<IXLCell> FormulaCells(XLWorkbook workbook) =>
        workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed(cell => cell.HasFormula));

    /// <summary>The formula's value as ClosedXML's calculation engine works it out.</summary>
    private static double Evaluate(IXLCell cell) => Convert.ToDouble(cell.Value, CultureInfo.InvariantCulture);

    /// <summary>The evaluated value beside a label in the first column of the Summary.</summary>
    private static double Number(IXLWorksheet summary, string label) =>
        Evaluate(summary.Column(1).CellsUsed().First(c => c.GetString() == label).CellRight());

    private static int GridCount(IXLWorksheet grid, string impact, string effort)
    {
        var corner = grid.Row(1).CellsUsed().First(c => c.GetString() == "Impact \\ Effort");
        var column = grid.Row(1).CellsUsed().First(c => c.Address.ColumnNumber > corner.Address.ColumnNumber && c.GetString() == effort).Address.ColumnNumber;
        var row = grid.Column(corner.Address.ColumnNumber).CellsUsed().First(c => c.Address.RowNumber > 1 && c.GetString() == impact).Address.RowNumber;
        return (int)Evaluate(grid.Cell(row, column));
    }
}
