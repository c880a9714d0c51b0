using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// The importer's parse against Markdig's own parse of the same text, with the same extensions: the
/// difference is what the importer adds on top of the syntax tree (the scan, matching, assembling).
/// </summary>
[MemoryDiagnoser]
public class ParseChecklist
{
    // The importer's pipeline, built the same way here so that the baseline depends on nothing of the importer.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseTaskLists()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private string _markdown = "";

    [GlobalSetup]
    public void Setup()
    {
        var checklist = ChecklistGenerator.Generate(ChecklistGenerator.DefaultItems);
        _markdown = checklist.Markdown;
        Console.WriteLine($"// Generated checklist: {checklist.Describe()}");
        checklist.EnsureReadWhole(new MarkdownImporter().Parse(_markdown));
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_markdown, s_pipeline);

    [Benchmark]
    public ParseResult ImporterParse() => new MarkdownImporter().Parse(_markdown);
}
