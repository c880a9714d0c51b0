using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Parsers.Inlines;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Turns a markdown checklist into a <see cref="ParseResult"/>. Pure: no database, no UI, no host.
/// One walk over Markdig's syntax tree collects every shape the document uses (<see cref="DocumentScan"/>);
/// then every task becomes one item however often it is mentioned (<see cref="ItemAssembler"/>).
/// </summary>
public sealed class MarkdownImporter(ImportLimits limits)
{
    // Immutable and thread-safe: built once, shared by every parse. No precise source locations: the
    // importer reads the lines and spans of blocks, which Markdig always keeps, never an inline's
    // position, and tracking those costs every inline of the document a lookup.
    private static readonly MarkdownPipeline s_pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        // The task list parser, where UseTaskLists would put it, but without the HTML classes it otherwise
        // attaches to every task and its list: the importer renders no HTML, and those attributes were an
        // allocation per task. UseTaskLists then finds it there and adds no second one.
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new TaskListInlineParser { ListClass = null!, ListItemClass = null! });
        return builder
            .UseTaskLists()
            .UsePipeTables()
            .UseEmphasisExtras()
            // GitHub's ":heavy_check_mark:" and ":x:" are the marks they stand for; ":)" stays text.
            .UseEmojiAndSmiley(enableSmileys: false)
            .Build();
    }

    public MarkdownImporter() : this(ImportLimits.Default)
    {
    }

    public static MarkdownPipeline Pipeline => s_pipeline;

    public ParseResult Parse(string markdown, string? fallbackTitle = null) => Parse(markdown, fallbackTitle, ReadingChoices.None);

    /// <summary>Parses the document, reading the blocks <paramref name="choices"/> names as a person chose.</summary>
    public ParseResult Parse(string markdown, string? fallbackTitle, ReadingChoices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(markdown);
        TextLimits.Check(markdown, limits);
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, s_pipeline);
        }
        catch (ArgumentException ex)
        {
            // Markdig's own guard against pathological nesting; the checks above catch the usual cases with a line.
            throw new ImportException($"the document nests its markup too deeply to be read ({ex.Message.Split('.')[0]}).");
        }

        var scan = new DocumentScan(markdown, limits, choices);
        scan.Run(document);

        var (items, itemWarnings) = new ItemAssembler(scan, limits).Assemble(new ParseResultSections(scan.Sections));
        var phases = PhasePlan.Order(scan.Phases, items, itemWarnings);
        var warnings = scan.Warnings.Concat(itemWarnings).OrderBy(w => w.Line).ToList();
        var title = scan.Title ?? (string.IsNullOrWhiteSpace(fallbackTitle) ? "Untitled checklist" : fallbackTitle.Trim());
        return new ParseResult(title, scan.Sections, items, warnings)
        {
            Metrics = scan.Metrics,
            Costs = scan.Costs,
            Phases = phases,
            KeptTables = scan.KeptTables,
            Blocks = scan.BlockReadings,
        };
    }
}
