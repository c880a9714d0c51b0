using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReadinessBoard.Features.Import.Readers;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// One walk over Markdig's syntax tree, in document order. The scan keeps what the document is at each
/// point (the open sections, plan phases, priority scopes and task heading) and offers every block to the
/// readers of <see cref="DocumentReaders"/>, one per shape, the first that claims it reading it: sections,
/// plan phases, every mention of a task, KPIs, cost lines and priority lists are collected so, each block
/// with how it was read (<see cref="BlockReadings"/>). Deciding which mentions are one task is left to
/// <see cref="ItemAssembler"/>.
/// </summary>
internal sealed partial class DocumentScan(string markdown, ImportLimits limits, ReadingChoices? choices = null)
{
    private readonly ReadingChoices _choices = choices ?? ReadingChoices.None;
    private readonly DocumentReaders _readers = DocumentReaders.Create();

    /// <summary>How the person importing chose to read blocks, by their anchors.</summary>
    public ReadingChoices Choices => _choices;

    private readonly List<(int Level, int Index)> _sectionStack = [];
    private readonly List<(int Level, int Index)> _phaseStack = [];
    // "## Should Have (Week 2)": the MoSCoW priority of everything under the heading.
    private readonly List<(int Level, string Priority)> _priorityStack = [];
    private (Mention Item, int Level)? _itemHeading;
    private readonly StringBuilder _itemDetails = new();
    // The first paragraph of the list item being walked: the line readers have read it as the item.
    private ParagraphBlock? _listItemLead;
    private readonly StringBuilder _metaValue = new();
    private (ParagraphBlock? Paragraph, string Text) _lastText = (null, "");
    private int? _labelPhase;
    private (string Priority, int Line)? _priorityLabel;
    private int _taskDepth;

    public string? Title { get; private set; }
    public List<ParsedSection> Sections { get; } = [];
    public List<RawPhase> Phases { get; } = [];
    // Room from the start for a mention on most lines, below the size of a large object: a 5,000-item board's list
    // otherwise grows a dozen times.
    public List<Mention> Mentions { get; } = new(Math.Min(markdown.AsSpan().Count('\n') * 3 / 4, 10_000));
    public List<ParsedMetric> Metrics { get; } = [];
    public List<ParsedCostLine> Costs { get; } = [];
    public List<PriorityName> PriorityNames { get; } = [];
    public List<ImportWarning> Warnings { get; } = [];
    public HashSet<int> SectionsWithTasks { get; } = [];
    public int KeptTables { get; private set; }
    public int MatrixRows { get; set; }
    public int ChecklistRows { get; set; }

    public sealed record RawPhase(int Index, int? ParentIndex, PhaseLabel Label, double? StatedHours, int Line)
    {
        public string? Goal { get; set; }
    }

    public sealed record PriorityName(string Priority, string Name, int Line);

    /// <summary>The document's text, for what Markdig does not keep (GitLab's <c>[~]</c>).</summary>
    public string Source => markdown;

    /// <summary>The priority label ("**Critical:**") that names the tasks of the list right below it.</summary>
    public (string Priority, int Line)? PriorityLabel
    {
        get => _priorityLabel;
        set => _priorityLabel = value;
    }

    /// <summary>The walk is under a numbered task heading: what it reads are that task's details and subtasks.</summary>
    public bool InTaskHeading => _itemHeading is not null;

    /// <summary>The item of the numbered task heading the walk is under, if any.</summary>
    public Mention? TaskHeading => _itemHeading?.Item;

    /// <summary>How many task boxes the line being read is nested under.</summary>
    public int TaskDepth => _taskDepth;

    /// <summary>The priority of the innermost priority heading the walk is under ("### Critical Issues"), if any.</summary>
    public string? ScopePriority => _priorityStack.Count > 0 ? _priorityStack[^1].Priority : null;

    public int? CurrentSection => _sectionStack.Count > 0 ? _sectionStack[^1].Index : null;

    public int? CurrentPhase => _labelPhase ?? (_phaseStack.Count > 0 ? _phaseStack[^1].Index : null);

    /// <summary>The phase of the innermost phase heading, leaving out a bold label's.</summary>
    public RawPhase? HeadingPhase => _phaseStack.Count > 0 ? Phases[_phaseStack[^1].Index] : null;

    /// <summary>The first paragraph of the list line being walked, which the line readers have read already.</summary>
    public ParagraphBlock? ListItemLead => _listItemLead;

    /// <summary>
    /// The plain text of a paragraph. A list item's first paragraph is read by the line readers and
    /// then walked once more with the item's blocks: its text is made once, not twice.
    /// </summary>
    public string TextOf(ParagraphBlock paragraph)
    {
        if (!ReferenceEquals(_lastText.Paragraph, paragraph))
        {
            _lastText = (paragraph, MarkdownText.Of(paragraph.Inline));
        }

        return _lastText.Text;
    }

    public void Run(MarkdownDocument document)
    {
        Blocks(document, depth: 0);
        CloseItemHeading();
        _readers.HeadingChecks.End(level: 0, this);
        _readers.HeadingChecks.Accept(this);
        _readers.BoldBullets.End(this);
        Mentions.RemoveAll(m => m.Dropped);
        BlockReadings.Sort((a, b) => a.Line.CompareTo(b.Line));

        // Every block reaches the whole document through its parent: holding one would keep Markdig's
        // syntax tree alive while the items are assembled, and have the collector promote it to its
        // oldest generation only to collect it there later.
        _listItemLead = null;
        _lastText = (null, "");
        _line.Clear();
    }

    private void Blocks(ContainerBlock container, int depth)
    {
        if (depth > limits.MaxDepth)
        {
            throw new ImportException($"the document nests lists or quotes more than {limits.MaxDepth} levels deep.", container.Line + 1);
        }

        for (var index = 0; index < container.Count; index++)
        {
            var block = container[index];
            if (block is not ListBlock)
            {
                // A priority label ("**Critical:**") names the list right below it, and nothing further.
                _priorityLabel = block is ParagraphBlock ? _priorityLabel : null;
            }

            if (container is MarkdownDocument && block is not HeadingBlock)
            {
                _readers.HeadingChecks.Content(block, this);
            }

            switch (block)
            {
                case HeadingBlock heading:
                    Heading(new HeadingInput(heading, MarkdownText.Of(heading.Inline), container, index));
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph);
                    break;
                case ListBlock list when _listNesting == 0:
                    TopLevelList(list, index > 0 ? container[index - 1] : null, depth);
                    _priorityLabel = null;
                    break;
                case ListBlock list:
                    _listNesting++;
                    List(list, depth);
                    _listNesting--;
                    break;
                case Table table:
                    Table(table);
                    break;
                case CodeBlock code when CodeBlockReader.Read(code, this) is { } reading:
                    AddBlock(reading);
                    break;
                case ContainerBlock nested:
                    Blocks(nested, depth + 1);
                    break;
            }
        }
    }

    /// <summary>
    /// A heading closes every scope at its level or deeper, then is offered to the readers of headings that
    /// are items; any other heading is a section, which the readers of section headings may make more of
    /// (a phase of the plan, a check).
    /// </summary>
    private void Heading(HeadingInput heading)
    {
        var text = heading.Text;
        var line = heading.Line;
        if (_itemHeading is { } open && heading.Level <= open.Level)
        {
            CloseItemHeading();
        }

        _readers.HeadingChecks.End(heading.Level, this);

        // A heading closes every section, phase and MoSCoW scope at its level or deeper.
        _labelPhase = null;
        CloseDeeper(_phaseStack, heading.Level);
        CloseDeeper(_sectionStack, heading.Level);
        CloseDeeper(_priorityStack, heading.Level);

        if (text.Length == 0)
        {
            Warnings.Add(new ImportWarning(line, "An empty heading was skipped."));
            return;
        }

        if (heading.Level == 1 && Title is null)
        {
            Title = Truncate(TitleText.StripSymbols(text), line, "The title");
            return;
        }

        foreach (var reader in _readers.ItemHeadings)
        {
            if (reader.TryRead(heading, this))
            {
                return;
            }
        }

        // "## Should Have (Week 2)", "### Critical Issues", "## P0 - fix before launch": the priority of everything under it.
        heading.Priority = PriorityHeading.Find(text);
        if (heading.Priority is { } priority)
        {
            _priorityStack.Add((heading.Level, priority));
        }

        var title = Truncate(TitleText.StripSymbols(text), line, "A heading");
        heading.Section = Sections.Count;
        Sections.Add(new ParsedSection(heading.Section, CurrentSection, title.Length > 0 ? title : text, heading.Level, line));
        _sectionStack.Add((heading.Level, heading.Section));
        foreach (var reader in _readers.SectionHeadings)
        {
            if (reader.TryRead(heading, this))
            {
                return;
            }
        }
    }

    /// <summary>Opens a numbered task heading: until a heading of its level or above, what is read is its details and subtasks.</summary>
    public void OpenTaskHeading(Mention item, int level)
    {
        AddMention(item);
        _itemHeading = (item, level);
    }

    /// <summary>Opens a phase of the plan that a heading names, nested in the phase the walk is in.</summary>
    public void OpenHeadingPhase(PhaseLabel label, int level, string text, int line) =>
        _phaseStack.Add((level, AddPhase(label, CurrentPhase, StatedHours(text), line)));

    /// <summary>Opens a phase a bold label names ("**Day 3-5:**"): it lasts until the next heading.</summary>
    public void OpenLabelPhase(PhaseLabel label, string text, int line) =>
        _labelPhase = AddPhase(label, HeadingPhase?.Index, StatedHours(text), line);

    /// <summary>
    /// The phase a line names for itself ("3. **Week 3:** run the failover drill"): the plan's phase of that name
    /// if it has one, else a new one where the walk is. The phase the walk is in stays open.
    /// </summary>
    public int PhaseFor(PhaseLabel label, int line)
    {
        var index = Phases.FindIndex(p => p.Label.Name == label.Name);
        if (index >= 0)
        {
            return index;
        }

        return AddPhase(label, CurrentPhase, statedHours: null, line);
    }

    /// <summary>Adds a phase inside the innermost of <paramref name="within"/> and its parents that can hold it; its index.</summary>
    private int AddPhase(PhaseLabel label, int? within, double? statedHours, int line)
    {
        var phase = new RawPhase(Phases.Count, Holding(label, within), label, statedHours, line);
        Phases.Add(phase);
        return phase.Index;
    }

    /// <summary>The innermost of <paramref name="from"/> and the phases it is in whose days hold the label's: a week is no part of a day.</summary>
    private int? Holding(PhaseLabel label, int? from)
    {
        for (var at = from; at is { } i; at = Phases[i].ParentIndex)
        {
            if (Phases[i].Label.Holds(label))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The hours a phase label states besides its own name: "Week 1 (40 hours)" is 40; "6 Hours Before" states none.</summary>
    private static double? StatedHours(string text) => HourRange.Find(PhaseLabel.WithoutLabels(text))?.Max;

    /// <summary>A paragraph outside a list line's lead, offered to the paragraph readers in turn.</summary>
    private void Paragraph(ParagraphBlock paragraph)
    {
        foreach (var reader in _readers.Paragraphs)
        {
            if (reader.TryRead(paragraph, this))
            {
                return;
            }
        }
    }

    private void Table(Table table)
    {
        // Plain loops over the rows: no tuples of records gathered by queries, no closures per row.
        List<Cell>? header = null;
        var body = new List<(int Line, List<Cell> Cells)>(table.Count);
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var cells = new List<Cell>(row.Count);
            foreach (var cell in row)
            {
                if (cell is TableCell tableCell)
                {
                    cells.Add(Cell.Of(tableCell));
                }
            }

            if (!row.IsHeader)
            {
                body.Add((row.Line + 1, cells));
            }
            else
            {
                header ??= cells;
            }
        }

        var line = table.Line + 1;
        if (header is null)
        {
            KeptTables++;
            AddBlock(new BlockReading(line, BlockKind.Table, 0, "a table without a header row: kept as it is") { Shape = BlockShape.Table, Anchor = Anchor(BlockShape.Table, "") });
            return;
        }

        var input = new TableInput(line, header, body, Anchor(BlockShape.Table, string.Join(" | ", header.ConvertAll(c => c.Text))),
            CurrentSection is { } s ? Sections[s].Title : "Table");
        if (_choices.For(input.Anchor) is { } choice)
        {
            if (choice.AsItems)
            {
                AddBlock(ChecklistTableReader.ReadAsChosen(input, choice.Columns, this));
                return;
            }

            KeptTables++;
            AddBlock(input.Reading(BlockKind.Table, 0, "kept as a table, as you chose", chosen: true));
            return;
        }

        foreach (var reader in _readers.Tables)
        {
            if (reader.TryRead(input, this) is { } reading)
            {
                AddBlock(reading);
                return;
            }
        }

        KeptTables++;
        AddBlock(input.Reading(BlockKind.Table, 0, "a table that names no tasks (no task column beside a status, priority, owner, due date or estimate): kept as it is"));
    }

    public void AddMention(Mention mention)
    {
        if (Mentions.Count >= limits.MaxItems * 4)
        {
            throw new ImportException($"the document has more than {limits.MaxItems} items.", mention.Line);
        }

        if (_priorityStack.Count > 0)
        {
            mention.ScopePriority ??= _priorityStack[^1].Priority;
        }

        Mentions.Add(mention);
    }

    /// <summary>Adds a paragraph to the details of the open task heading.</summary>
    public void AppendTaskDetails(string text)
    {
        if (_itemHeading is null || text.Length == 0 || _itemDetails.Length >= 2000)
        {
            return;
        }

        if (_itemDetails.Length > 0)
        {
            _itemDetails.Append('\n');
        }

        _itemDetails.Append(text.Length > 2000 - _itemDetails.Length ? text[..(2000 - _itemDetails.Length)] : text);
    }

    private void CloseItemHeading()
    {
        if (_itemHeading is { } open && _itemDetails.Length > 0)
        {
            open.Item.Details = _itemDetails.ToString();
        }

        _itemDetails.Clear();
        _itemHeading = null;
    }

    public void AddPriorityName(string priority, string text, int line)
    {
        var name = TitleText.Clean(text);
        if (name.Length > 0)
        {
            PriorityNames.Add(new PriorityName(priority, name, line));
        }
    }

    public string Truncate(string text, int line, string what)
    {
        if (text.Length <= limits.MaxTitleLength)
        {
            return text;
        }

        Warnings.Add(new ImportWarning(line, $"{what} was longer than {limits.MaxTitleLength} characters and was shortened."));
        // Never cut a character in two (an emoji or a math letter is two UTF-16 units).
        var cut = char.IsHighSurrogate(text[limits.MaxTitleLength - 1]) ? limits.MaxTitleLength - 1 : limits.MaxTitleLength;
        return text[..cut];
    }

    private static void CloseDeeper<T>(List<(int Level, T Value)> scopes, int level)
    {
        while (scopes.Count > 0 && scopes[^1].Level >= level)
        {
            scopes.RemoveAt(scopes.Count - 1);
        }
    }

    /// <summary>
    /// Bold "Key:" then its value, for each key of a paragraph that is one of <paramref name="keys"/> (lower case), in order.
    /// Other keys ("**Why:**") end the value before them and are skipped without building their text.
    /// </summary>
    public List<(string Key, string Value)> MetaPairs(ParagraphBlock paragraph, string[] keys)
    {
        var pairs = new List<(string Key, string Value)>();
        string? key = null;
        var value = _metaValue.Clear();
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            // "**Status:** Done" and "**Status**: Done" alike.
            if (inline is EmphasisInline { DelimiterCount: 2 } strong && MarkdownText.Of(strong) is var label
                && (label.EndsWith(':') || (strong.NextSibling is LiteralInline colon && colon.Content.AsSpan().StartsWith(":"))))
            {
                AddPair(pairs, key, value);
                key = KnownKey(label.AsSpan().TrimEnd(':').Trim(), keys);
                if (!label.EndsWith(':') && strong.NextSibling is LiteralInline after)
                {
                    value.Append(after.Content.AsSpan()[1..]);
                    inline = after;
                }
            }
            else if (inline is LineBreakInline)
            {
                AddPair(pairs, key, value);
                key = null;
            }
            else if (key is not null)
            {
                value.Append(inline is ContainerInline container ? MarkdownText.Of(container) : MarkdownText.OfLeaf(inline));
            }
        }

        AddPair(pairs, key, value);
        return pairs;
    }

    /// <summary>The key of <paramref name="keys"/> that <paramref name="label"/> is in lower case, or null.</summary>
    private static string? KnownKey(ReadOnlySpan<char> label, string[] keys)
    {
        if (label.Length > 16)
        {
            return null;
        }

        Span<char> lower = stackalloc char[label.Length];
        label.ToLowerInvariant(lower);
        foreach (var key in keys)
        {
            if (lower.SequenceEqual(key))
            {
                return key;
            }
        }

        return null;
    }

    private static void AddPair(List<(string Key, string Value)> pairs, string? key, StringBuilder value)
    {
        if (key is not null)
        {
            var text = value.Length == 0 ? "" : value.ToString();
            var trimmed = text.AsSpan().Trim().Trim('|').Trim();
            pairs.Add((key, trimmed.Length == text.Length ? text : trimmed.ToString()));
        }

        value.Clear();
    }

}
