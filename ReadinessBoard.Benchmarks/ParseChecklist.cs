using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// The importer's parse against Markdig's bare parse of the same text, <c>Markdown.Parse(text)</c>
/// with Markdig's default pipeline: the target is stated against that. The importer's own Markdig
/// parse, with the extensions it reads (task lists, pipe tables, strikethrough…), is measured beside
/// them, to tell what the extensions cost from what the importer adds on top of the syntax tree.
/// </summary>
[MemoryDiagnoser]
public class ParseChecklist
{
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
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_markdown);

    [Benchmark]
    public MarkdownDocument MarkdigParseWithImporterPipeline() => Markdown.Parse(_markdown, MarkdownImporter.Pipeline);

    [Benchmark]
    public ParseResult ImporterParse() => new MarkdownImporter().Parse(_markdown);
}
