using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Turns a markdown checklist into a <see cref="ParseResult"/>. Pure: no database, no UI, no host.
/// Headings become sections; task list items, at any depth, become items.
/// </summary>
public sealed class MarkdownImporter(ImportLimits limits)
{
    // Immutable and thread-safe: built once, shared by every parse.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseTaskLists()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public MarkdownImporter() : this(ImportLimits.Default)
    {
    }

    public static MarkdownPipeline Pipeline => s_pipeline;

    public ParseResult Parse(string markdown, string? fallbackTitle = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, s_pipeline);
        var walk = new Walk(markdown, limits);
        walk.Blocks(document, depth: 0);

        var title = walk.Title ?? (string.IsNullOrWhiteSpace(fallbackTitle) ? "Untitled checklist" : fallbackTitle.Trim());
        return new ParseResult(title, walk.Sections, walk.Items, walk.Warnings);
    }

    private sealed class Walk(string markdown, ImportLimits limits)
    {
        private readonly List<(int Level, int Index, string Path)> _headings = [];
        private readonly ItemKeys _keys = new();
        // How many task items enclose the current block: the indent of a nested task.
        private int _taskDepth;

        public string? Title { get; private set; }
        public List<ParsedSection> Sections { get; } = [];
        public List<ParsedItem> Items { get; } = [];
        public List<ImportWarning> Warnings { get; } = [];

        public void Blocks(ContainerBlock container, int depth)
        {
            if (depth > limits.MaxDepth)
            {
                throw new ImportException($"the document nests lists or quotes more than {limits.MaxDepth} levels deep.", container.Line + 1);
            }

            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        Heading(heading);
                        break;
                    case ListBlock list:
                        foreach (var child in list)
                        {
                            if (child is ListItemBlock listItem)
                            {
                                ListItem(listItem, depth);
                            }
                        }

                        break;
                    case ContainerBlock nested:
                        Blocks(nested, depth + 1);
                        break;
                }
            }
        }

        private void Heading(HeadingBlock heading)
        {
            var text = MarkdownText.Of(heading.Inline);
            var line = heading.Line + 1;
            if (text.Length == 0)
            {
                Warnings.Add(new ImportWarning(line, "An empty heading was skipped."));
                return;
            }

            if (heading.Level == 1 && Title is null)
            {
                Title = Truncate(text, line, "The title");
                return;
            }

            while (_headings.Count > 0 && _headings[^1].Level >= heading.Level)
            {
                _headings.RemoveAt(_headings.Count - 1);
            }

            int? parent = _headings.Count > 0 ? _headings[^1].Index : null;
            var title = Truncate(text, line, "A heading");
            var path = _headings.Count > 0 ? _headings[^1].Path + ParsedSection.PathSeparator + title : title;
            var index = Sections.Count;
            Sections.Add(new ParsedSection(index, parent, title, heading.Level, line));
            _headings.Add((heading.Level, index, path));
        }

        private void ListItem(ListItemBlock listItem, int depth)
        {
            var isTask = false;
            if (listItem.FirstOrDefault() is ParagraphBlock paragraph && TaskState(paragraph) is { } status)
            {
                isTask = true;
                var line = paragraph.Line + 1;
                var text = MarkdownText.Of(paragraph.Inline);
                if (status == ItemStatus.NotApplicable)
                {
                    text = text[NotApplicableMark.Length..].TrimStart();
                }

                if (text.Length == 0)
                {
                    Warnings.Add(new ImportWarning(line, "A task without a title was skipped."));
                }
                else
                {
                    if (Items.Count >= limits.MaxItems)
                    {
                        throw new ImportException($"the document has more than {limits.MaxItems} items.", line);
                    }

                    var title = Truncate(text, line, "A task title");
                    var section = _headings.Count > 0 ? _headings[^1] : default((int Level, int Index, string Path)?);
                    Items.Add(new ParsedItem(
                        _keys.Next(section?.Path, title), title, section?.Index, status, StatusReason: null, _taskDepth, line));
                }
            }

            _taskDepth += isTask ? 1 : 0;
            Blocks(listItem, depth + 1);
            _taskDepth -= isTask ? 1 : 0;
        }

        private const string NotApplicableMark = "[~]";

        private ItemStatus? TaskState(ParagraphBlock paragraph)
        {
            if (paragraph.Inline?.FirstChild is TaskList task)
            {
                return task.Checked ? ItemStatus.Done : ItemStatus.Open;
            }

            // GitLab's "[~]" (not applicable) is no task list to Markdig: read it from the source itself.
            var start = paragraph.Span.Start;
            return start >= 0 && markdown.AsSpan(start).StartsWith(NotApplicableMark)
                ? ItemStatus.NotApplicable
                : null;
        }

        private string Truncate(string text, int line, string what)
        {
            if (text.Length <= limits.MaxTitleLength)
            {
                return text;
            }

            Warnings.Add(new ImportWarning(line, $"{what} was longer than {limits.MaxTitleLength} characters and was shortened."));
            return text[..limits.MaxTitleLength];
        }
    }
}
