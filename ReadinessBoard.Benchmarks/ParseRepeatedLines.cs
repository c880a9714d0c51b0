using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// A document near the size limit that repeats one task line 9,500 times: every item's key collides
/// with all the ones before it. The importer must stay linear in it (the target: under a second for
/// any document within the limits).
/// </summary>
[MemoryDiagnoser]
public class ParseRepeatedLines
{
    public const int Lines = 9_500;

    private const string Line =
        "- [ ] Rotate the signing keys of the ledger service, confirm that every consumer picked up the new key, " +
        "and remove the old key from the vault once the overlap window has passed without errors in the logs ok\n";

    private string _markdown = "";

    [GlobalSetup]
    public void Setup()
    {
        _markdown = "# Same line\n\n" + string.Concat(Enumerable.Repeat(Line, Lines));
        var items = new MarkdownImporter().Parse(_markdown).Items.Count;
        Console.WriteLine($"// {Lines:N0} identical task lines, {_markdown.Length:N0} characters; {items:N0} items");
        if (items != Lines)
        {
            throw new InvalidOperationException($"The importer read {items} items, not {Lines}.");
        }
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_markdown);

    [Benchmark]
    public ParseResult ImporterParse() => new MarkdownImporter().Parse(_markdown);
}
