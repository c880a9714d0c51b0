using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import.Readers;
using static ReadinessBoard.Features.Import.Readers.CellWords;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// One walk over Markdig's syntax tree, in document order, collecting sections, plan phases, every
/// mention of a task, KPIs, cost lines and priority lists. Deciding which mentions are one task is
/// left to <see cref="ItemAssembler"/>.
/// </summary>
internal sealed partial class DocumentScan(string markdown, ImportLimits limits, ReadingChoices? choices = null)
{
    private readonly ReadingChoices _choices = choices ?? ReadingChoices.None;
    private readonly DocumentReaders _readers = DocumentReaders.Create();

    private static readonly string[] s_metaKeys = ["impact", "effort", "risk", "priority", "status", "completed", "estimate", "time", "owner", "estimated time", "estimated effort", "time estimate"];
    private static readonly string[] s_goalKey = ["goal"];

    private readonly List<(int Level, int Index)> _sectionStack = [];
    private readonly List<(int Level, int Index)> _phaseStack = [];
    // "## Should Have (Week 2)": the MoSCoW priority of everything under the heading.
    private readonly List<(int Level, string Priority)> _priorityStack = [];
    private (Mention Item, int Level)? _itemHeading;
    private readonly StringBuilder _itemDetails = new();
    // The first paragraph of the list item being walked: ListItem has read it as the item.
    private ParagraphBlock? _listItemLead;
    private readonly StringBuilder _metaValue = new();
    private (ParagraphBlock? Paragraph, string Text) _lastText = (null, "");
    private int? _labelPhase;
    private (string Priority, int Line)? _priorityLabel;
    private int _taskDepth;

    /// <summary>The document's text, for what Markdig does not keep (GitLab's <c>[~]</c>).</summary>
    public string Source => markdown;

    /// <summary>The priority label ("**Critical:**") that names the tasks of the list right below it.</summary>
    public (string Priority, int Line)? PriorityLabel => _priorityLabel;

    /// <summary>The walk is under a numbered task heading: what it reads are that task's details and subtasks.</summary>
    public bool InTaskHeading => _itemHeading is not null;

    /// <summary>How many task boxes the line being read is nested under.</summary>
    public int TaskDepth => _taskDepth;

    public string? Title { get; private set; }
    public List<ParsedSection> Sections { get; } = [];
    public List<RawPhase> Phases { get; } = [];
    public List<Mention> Mentions { get; } = [];
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

    /// <summary>
    /// The plain text of a paragraph. A list item's first paragraph is read by <see cref="ListItem"/> and
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

    public int? CurrentSection => _sectionStack.Count > 0 ? _sectionStack[^1].Index : null;

    public int? CurrentPhase => _labelPhase ?? (_phaseStack.Count > 0 ? _phaseStack[^1].Index : null);

    public void Run(MarkdownDocument document)
    {
        Blocks(document, depth: 0);
        CloseItemHeading();
        EndCheck(level: 0);
        AcceptHeadingChecks();
        _readers.BoldBullets.End(this);
        Mentions.RemoveAll(m => m.Dropped);
        BlockReadings.Sort((a, b) => a.Line.CompareTo(b.Line));
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

            if (_check is not null && container is MarkdownDocument && block is not HeadingBlock)
            {
                CheckContent(block);
            }

            switch (block)
            {
                case HeadingBlock heading:
                    Heading(heading, container, index);
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
                case ContainerBlock nested:
                    Blocks(nested, depth + 1);
                    break;
            }
        }
    }

    private void Heading(HeadingBlock heading, ContainerBlock container, int index)
    {
        var text = MarkdownText.Of(heading.Inline);
        var line = heading.Line + 1;
        if (_itemHeading is { } open && heading.Level <= open.Level)
        {
            CloseItemHeading();
        }

        EndCheck(heading.Level);

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

        // Only a numbered heading can be a task: the others are spared the status marks and the look below.
        var numbered = TitleText.StartsWithNumber(text);
        var status = numbered ? StatusMarks.Find(text) : null;
        if (_itemHeading is null && numbered && IsItemHeading(text, status, container, index) && TitleText.Parse(text) is { Title.Length: > 0 } parts)
        {
            var mention = new Mention(MentionKind.Heading, Truncate(parts.Title, line, "A task title"), line)
            {
                Number = parts.Number,
                Section = CurrentSection,
                Phase = CurrentPhase,
                Estimate = parts.Estimate,
                Status = status,
                Authority = status is null ? 0 : Mention.Authorities.Explicit,
                StatusWhere = "its heading",
            };
            AddMention(mention);
            _itemHeading = (mention, heading.Level);
            return;
        }

        // "## Should Have (Week 2)", "### Critical Issues", "## P0 - fix before launch": the priority of everything under it.
        var priorityHeading = PriorityHeading.Find(text);
        if (priorityHeading is not null)
        {
            _priorityStack.Add((heading.Level, priorityHeading));
        }

        var title = Truncate(TitleText.StripSymbols(text), line, "A heading");
        var sectionIndex = Sections.Count;
        Sections.Add(new ParsedSection(sectionIndex, CurrentSection, title.Length > 0 ? title : text, heading.Level, line));
        _sectionStack.Add((heading.Level, sectionIndex));

        if (PhaseOf(text) is { } label)
        {
            var phase = new RawPhase(Phases.Count, CurrentPhase, label, StatedHours(text), line);
            Phases.Add(phase);
            _phaseStack.Add((heading.Level, phase.Index));
        }
        else
        {
            OpenCheck(heading, text, sectionIndex, priorityHeading);
        }
    }

    /// <summary>
    /// The phase a heading or a bold label names. An hour slot ("10:00 AM") is a step of the day it stands
    /// in; outside a day it is a phase only when the label starts with it ("### 10:00 AM: cut over").
    /// </summary>
    private PhaseLabel? PhaseOf(string text)
    {
        var label = PhaseLabel.Find(text);
        if (label is not { IsSlot: true })
        {
            return label;
        }

        var day = _phaseStack.Count > 0 ? Phases[_phaseStack[^1].Index].Label : null;
        if (day is { IsSlot: true })
        {
            day = Phases[_phaseStack[^1].Index].ParentIndex is { } parent ? Phases[parent].Label : null;
        }

        // "10:00 AM: cut over" starts with its time; "T-30 minutes" counts to the launch, whose day it is on.
        var startsWithTime = text.AsSpan().TrimStart().Length > 0 && char.IsAsciiDigit(text.AsSpan().TrimStart()[0]);
        return day is not null || startsWithTime || label.Name.StartsWith('T') ? label.Within(day) : null;
    }

    /// <summary>The hours a phase label states besides its own name: "Week 1 (40 hours)" is 40; "6 Hours Before" states none.</summary>
    private static double? StatedHours(string text) => HourRange.Find(PhaseLabel.WithoutLabels(text))?.Max;

    /// <summary>
    /// A numbered heading (the caller has checked the number) is a task when it says so: an estimate or a status in the heading, or
    /// Impact/Effort/Completed lines right below it. "## 1. Introduction" stays a section.
    /// </summary>
    private bool IsItemHeading(string text, ItemStatus? status, ContainerBlock container, int index)
    {
        if (HourRange.Find(text) is not null)
        {
            return true;
        }

        var level = ((HeadingBlock)container[index]).Level;
        var holdsParts = false;
        for (var next = index + 1; next < container.Count; next++)
        {
            if (container[next] is HeadingBlock sub)
            {
                // "## 2. Quality Gates ✅" over sub-headings or a table of its own checks is a section that says it is done.
                holdsParts |= sub.Level > level;
                break;
            }

            holdsParts |= container[next] is Table;
            if (next <= index + 4 && container[next] is ParagraphBlock { Inline.FirstChild: EmphasisInline } paragraph && MetaPairs(paragraph, s_metaKeys).Count > 0)
            {
                return true;
            }
        }

        return status is not null && !holdsParts;
    }

    private void Paragraph(ParagraphBlock paragraph)
    {
        var line = paragraph.Line + 1;
        if (_itemHeading is { } open)
        {
            var pairs = MetaPairs(paragraph, s_metaKeys);
            var any = false;
            foreach (var (key, value) in pairs)
            {
                any |= Facts.Apply(open.Item, key, value);
            }

            if (!any)
            {
                AppendDetails(TextOf(paragraph));
            }

            return;
        }

        // "**Day 3-5:**" may stand alone, or head the lines below it when a list starting at 5
        // cannot interrupt the paragraph (CommonMark): those lines are then list lines all the same.
        var lines = paragraph.Inline?.FirstChild is EmphasisInline ? LineShapes.ParagraphLines(paragraph) : null;
        if (lines is not null && LineShapes.BoldLabel(lines[0].Inlines) is { } label && Label(label, line))
        {
            foreach (var (_, text, at) in lines.Skip(1))
            {
                if (LineShapes.ListLineText(text) is { } item)
                {
                    ListLikeLine(item, at);
                }
            }

            return;
        }

        if (CurrentPhase is { } current && lines is not null && MetaPairs(paragraph, s_goalKey) is [{ Value.Length: > 0 } goal, ..])
        {
            Phases[current].Goal ??= goal.Value.Length > 2000 ? goal.Value[..2000] : goal.Value;
            return;
        }

        // A list item's first paragraph was looked at for a priority list already (ListItem).
        if (!ReferenceEquals(paragraph, _listItemLead))
        {
            InlinePriorityListReader.Read(TextOf(paragraph), line, this);
        }
    }

    /// <summary>A phase label opens a phase; a priority label opens a priority list. False for other labels.</summary>
    private bool Label(string label, int line)
    {
        if (PhaseOf(label) is { } phaseLabel)
        {
            var parent = _phaseStack.Count > 0 ? _phaseStack[^1].Index : (int?)null;
            var phase = new RawPhase(Phases.Count, parent, phaseLabel, StatedHours(label), line);
            Phases.Add(phase);
            _labelPhase = phase.Index;
            return true;
        }

        if (PriorityWord(label) is { } priority)
        {
            _priorityLabel = (priority, line);
            return true;
        }

        return false;
    }

    private void ListLikeLine(string text, int line)
    {
        if (_priorityLabel is { } label)
        {
            AddPriorityName(label.Priority, text, line);
        }
        else if (CurrentPhase is { } phase)
        {
            PlanLineReader.Read(text, phase, line, this);
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

    private void AppendDetails(string text)
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
    private List<(string Key, string Value)> MetaPairs(ParagraphBlock paragraph, string[] keys)
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
