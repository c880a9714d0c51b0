using System.Globalization;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Export;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// The Excel export of a board of 10,000 items with 10 filled columns each (section, title, status,
/// priority, impact, effort, two estimates, phase, key), against a bare
/// <see cref="OpenXmlWriter"/> that writes the same item cells (the Checklist sheet, and the
/// Priority Matrix list of the items that have an impact or effort) and nothing more: no styles,
/// widths, frozen panes, filters, formulas or guard. The difference is what the exporter adds.
/// <see cref="ClosedXmlWorkbook"/> writes the same cells with ClosedXML 0.95.4, the only version the
/// package registry here serves: what writing the export with it instead would cost.
/// </summary>
[MemoryDiagnoser]
public class ExportWorkbook
{
    public const int Items = 10_000;

    private static readonly string[] s_levels = ["High", "Medium", "Low"];
    private static readonly string[] s_priorities = ["Critical", "High", "Medium", "Low"];

    private BoardExport _board = null!;

    [GlobalSetup]
    public void Setup()
    {
        _board = Board(Items);
        Console.WriteLine($"// Board: {_board.Items.Count} items, {_board.Sections.Count} sections, {_board.Phases.Count} phases; " +
            $"workbook {ExporterWorkbook().Length:N0} bytes, bare {BareWorkbook().Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public byte[] BareOpenXmlWriter() => BareWorkbook();

    [Benchmark]
    public byte[] XlsxExport() => ExporterWorkbook();

    [Benchmark]
    public byte[] ClosedXmlWorkbook()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        var checklist = workbook.AddWorksheet("Checklist");
        var row = 0;
        foreach (var item in _board.Items)
        {
            row++;
            object?[] cells = [item.Section, item.Title, item.Status.DisplayName(), item.Priority, item.Impact, item.Effort, item.EstimateMinHours, item.EstimateMaxHours, item.Phase, item.Owner, item.Key];
            for (var column = 0; column < cells.Length; column++)
            {
                if (cells[column] is { } value)
                {
                    checklist.Cell(row, column + 1).Value = value;
                }
            }
        }

        var matrix = workbook.AddWorksheet("Priority Matrix");
        row = 0;
        foreach (var item in _board.Items.Where(i => i.Impact is not null || i.Effort is not null))
        {
            row++;
            object?[] cells = [item.Title, item.Impact, item.Effort, item.Status.DisplayName(), item.Priority,
                item.Impact is "High" && item.Effort is "Low" && item.Status is not (ItemStatus.Done or ItemStatus.NotApplicable) ? "Yes" : null];
            for (var column = 0; column < cells.Length; column++)
            {
                if (cells[column] is { } value)
                {
                    matrix.Cell(row, column + 1).Value = value;
                }
            }
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>
    /// Each benchmark run <paramref name="rounds"/> times, timed by the process's processor time as
    /// well as the wall clock, with the bytes it allocated: on a machine whose other work takes most
    /// of the cores, wall time measures the queue, processor time the work.
    /// </summary>
    public static void MeasureProcessorTime(int rounds)
    {
        var benchmark = new ExportWorkbook();
        benchmark.Setup();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, run) in new (string, Func<byte[]>)[]
            {
                (nameof(BareOpenXmlWriter), benchmark.BareOpenXmlWriter), (nameof(XlsxExport), benchmark.XlsxExport), (nameof(ClosedXmlWorkbook), benchmark.ClosedXmlWorkbook),
            })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                var processor = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var bytes = run();
                clock.Stop();
                process.Refresh();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round} {name,-18} processor {(process.TotalProcessorTime - processor).TotalMilliseconds,6:F0} ms  wall {clock.Elapsed.TotalMilliseconds,6:F0} ms  " +
                    $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,6:F1} MB  file {bytes.Length:N0} bytes"));
            }
        }
    }

    private byte[] ExporterWorkbook()
    {
        using var output = new MemoryStream();
        new XlsxExporter().Write(_board, output);
        return output.ToArray();
    }

    public static BoardExport Board(int items)
    {
        var random = new Random(20261122);
        var sections = Enumerable.Range(1, 40).Select(i => new ExportSection($"Area {i} > Checks {i % 7}", 1)).ToList();
        var phases = Enumerable.Range(1, 12).Select(i => new ExportPhase($"Week {i}", $"Week {i}", 0) { StartDay = (i - 1) * 7, EndDay = (i * 7) - 1 }).ToList();
        var list = new List<ExportItem>(items);
        for (var i = 0; i < items; i++)
        {
            var min = random.Next(1, 16);
            list.Add(new ExportItem($"area-{i % 40}-check-{i}", $"Check {i}: rotate the signing keys of service {random.Next(1000)}", (ItemStatus)random.Next(5))
            {
                Section = sections[i % sections.Count].Path,
                Priority = s_priorities[random.Next(s_priorities.Length)],
                Impact = s_levels[random.Next(3)],
                Effort = s_levels[random.Next(3)],
                EstimateMinHours = min,
                EstimateMaxHours = min * 2,
                Phase = phases[i % phases.Count].Path,
            });
        }

        return new BoardExport(1, "Benchmark board", "Platform", "benchmark.md", "", DateTime.UtcNow, DateTime.UtcNow, sections, list) { Phases = phases };
    }

    private byte[] BareWorkbook()
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var checklist = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(checklist))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                foreach (var item in _board.Items)
                {
                    writer.WriteStartElement(new Row());
                    Text(writer, item.Section);
                    Text(writer, item.Title);
                    Text(writer, item.Status.DisplayName());
                    Text(writer, item.Priority);
                    Text(writer, item.Impact);
                    Text(writer, item.Effort);
                    Number(writer, item.EstimateMinHours);
                    Number(writer, item.EstimateMaxHours);
                    Text(writer, item.Phase);
                    Text(writer, item.Owner);
                    Text(writer, item.Key);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            var matrix = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(matrix))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                foreach (var item in _board.Items.Where(i => i.Impact is not null || i.Effort is not null))
                {
                    writer.WriteStartElement(new Row());
                    Text(writer, item.Title);
                    Text(writer, item.Impact);
                    Text(writer, item.Effort);
                    Text(writer, item.Status.DisplayName());
                    Text(writer, item.Priority);
                    Text(writer, item.Impact is "High" && item.Effort is "Low" && item.Status is not (ItemStatus.Done or ItemStatus.NotApplicable) ? "Yes" : null);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = "Checklist", SheetId = 1U, Id = workbook.GetIdOfPart(checklist) },
                new Sheet { Name = "Priority Matrix", SheetId = 2U, Id = workbook.GetIdOfPart(matrix) }));
            workbook.Workbook.Save();
        }

        return output.ToArray();
    }

    // The way the SDK's documentation writes a cell: one element tree per cell, empty cells skipped.
    private static void Text(OpenXmlWriter writer, string? text)
    {
        if (text is not null)
        {
            writer.WriteElement(new Cell(new InlineString(new Text(text))) { DataType = CellValues.InlineString });
        }
    }

    private static void Number(OpenXmlWriter writer, double? value)
    {
        if (value is { } number)
        {
            writer.WriteElement(new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number });
        }
    }
}
