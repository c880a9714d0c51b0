using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// A checklist of 5,000 tasks written as tables: 100 sections, each a table of 50 rows with an ID,
/// the requirement, a priority, a status, an owner, a due date and notes. Against Markdig's bare parse
/// of the same text, as <see cref="ParseChecklist"/> does for the other shapes.
/// </summary>
[MemoryDiagnoser]
public class ParseChecklistTables
{
    public const int Items = 5_000;

    private static readonly string[] s_statuses = ["Done", "In progress - Sprint 29", "⬜ Todo", "Blocked", "N/A", "✅", "Pending"];
    private static readonly string[] s_priorities = ["P0", "High", "Medium", "Low", "MUST", "🔴"];

    private string _markdown = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("# Generated table checklist\n");
        for (var n = 0; n < Items; n++)
        {
            if (n % 50 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n## Area {n / 50}\n\n| ID | Requirement | Priority | Status | Owner | Due | Notes |\n|---|---|---|---|---|---|---|\n");
            }

            text.Append(CultureInfo.InvariantCulture,
                $"| REQ-{n:D4} | Rotate the signing keys of service {n} and confirm every consumer | {s_priorities[n % s_priorities.Length]} | {s_statuses[n % s_statuses.Length]} | owner{n % 17} | 2026-12-{1 + (n % 28):D2} | checked in review {n % 9} |\n");
        }

        _markdown = text.ToString();
        var items = new MarkdownImporter().Parse(_markdown).Items.Count;
        Console.WriteLine($"// {Items:N0} table rows in {Items / 50} tables, {_markdown.Length:N0} characters; {items:N0} items");
        if (items != Items)
        {
            throw new InvalidOperationException($"The importer read {items} items, not {Items}.");
        }
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_markdown);

    /// <summary>Markdig's bare parse reads no pipe tables (they are an extension): this is the parse that does.</summary>
    [Benchmark]
    public MarkdownDocument MarkdigParseWithImporterPipeline() => Markdown.Parse(_markdown, MarkdownImporter.Pipeline);

    [Benchmark]
    public ParseResult ImporterParse() => new MarkdownImporter().Parse(_markdown);
}
