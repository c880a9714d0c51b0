using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// One walk over Markdig's syntax tree, in document order, collecting sections, plan phases, every
/// mention of a task, KPIs, cost lines and priority lists. Deciding which mentions are one task is
/// left to <see cref="ItemAssembler"/>.
/// </summary>
internal sealed partial class DocumentScan(string markdown, ImportLimits limits, ReadingChoices? choices = null)
{
    private readonly ReadingChoices _choices = choices ?? ReadingChoices.None;

    private const string NotApplicableMark = "[~]";
    private static readonly string[] s_metaKeys = ["impact", "effort", "risk", "priority", "status", "completed", "estimate", "time", "owner", "estimated time", "estimated effort", "time estimate"];
    private static readonly string[] s_goalKey = ["goal"];
    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

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
    public int MatrixRows { get; private set; }
    public int ChecklistRows { get; private set; }

    public sealed record RawPhase(int Index, int? ParentIndex, PhaseLabel Label, double? StatedHours, int Line)
    {
        public string? Goal { get; set; }
    }

    public sealed record PriorityName(string Priority, string Name, int Line);

    /// <summary>
    /// The plain text of a paragraph. A list item's first paragraph is read by <see cref="ListItem"/> and
    /// then walked once more with the item's blocks: its text is made once, not twice.
    /// </summary>
    private string TextOf(ParagraphBlock paragraph)
    {
        if (!ReferenceEquals(_lastText.Paragraph, paragraph))
        {
            _lastText = (paragraph, MarkdownText.Of(paragraph.Inline));
        }

        return _lastText.Text;
    }

    private int? CurrentSection => _sectionStack.Count > 0 ? _sectionStack[^1].Index : null;

    private int? CurrentPhase => _labelPhase ?? (_phaseStack.Count > 0 ? _phaseStack[^1].Index : null);

    public void Run(MarkdownDocument document)
    {
        Blocks(document, depth: 0);
        CloseItemHeading();
        EndCheck(level: 0);
        AcceptHeadingChecks();
        ReadBoldBullets();
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
                any |= ApplyMeta(open.Item, key, value);
            }

            if (!any)
            {
                AppendDetails(TextOf(paragraph));
            }

            return;
        }

        // "**Day 3-5:**" may stand alone, or head the lines below it when a list starting at 5
        // cannot interrupt the paragraph (CommonMark): those lines are then list lines all the same.
        var lines = paragraph.Inline?.FirstChild is EmphasisInline ? ParagraphLines(paragraph) : null;
        if (lines is not null && BoldLabel(lines[0].Inlines) is { } label && Label(label, line))
        {
            foreach (var (_, text, at) in lines.Skip(1))
            {
                if (ListLine().Match(text) is { Success: true } item)
                {
                    ListLikeLine(item.Groups["text"].Value, at);
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
            InlinePriorityList(TextOf(paragraph), line);
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
            PlanLine(text, phase, line);
        }
    }

    private void List(ListBlock list, int depth)
    {
        foreach (var child in list)
        {
            if (child is ListItemBlock listItem)
            {
                ListItem(listItem, depth);
            }
        }
    }

    private void ListItem(ListItemBlock listItem, int depth)
    {
        if (_listChosen && _listRole.Role == ListRole.NotItems)
        {
            // "This list is not items": not even its boxes.
            return;
        }

        var paragraph = listItem.Count > 0 ? listItem[0] as ParagraphBlock : null;
        var isTask = false;
        var mentionsBefore = Mentions.Count;
        if (paragraph is not null)
        {
            var line = paragraph.Line + 1;
            var text = TextOf(paragraph);
            if (_priorityLabel is { } label)
            {
                AddPriorityName(label.Priority, text, line);
                return;
            }

            if (TaskState(paragraph) is { } status)
            {
                if (status == ItemStatus.NotApplicable)
                {
                    text = text[NotApplicableMark.Length..].TrimStart();
                }

                var (withoutBadges, priority) = Markers(paragraph, text);
                isTask = Task(withoutBadges, status, line, priority);
            }
            else if (_itemHeading is not null)
            {
                // Under a numbered heading the walk of the item's blocks below reads this paragraph,
                // as any other: a line of facts sets them, anything else joins the details (once).
            }
            else if (_listRole.Role == ListRole.NotItems)
            {
                // References, a legend, consequences: never items.
            }
            else if (IsGroupLabel(listItem, paragraph, text))
            {
                // "1. **Quick smoke test:**" over a list of its own: the label of the lines below it, which are the items.
            }
            else if (CurrentPhase is { } phase)
            {
                PlanLine(text, phase, line);
            }
            else if (_listRole.Role == ListRole.Actions)
            {
                ActionLine(paragraph, text, line);
            }
            else if (BoldLead(paragraph) is { } fact && IsFactLead(fact, text) is { } key)
            {
                // "- **Effort:** 1 hour" under a bullet is a fact of that bullet's item; "- **Active users:** 10-25" is a figure. Never items.
                Fact(key, text, fact);
            }
            else if (!InlinePriorityList(text, line) && BoldLead(paragraph) is { } lead)
            {
                BoldBullet(lead, text, line);
            }
        }

        SetListItemMention(Mentions.Count > mentionsBefore ? Mentions[^1] : null);
        _taskDepth += isTask ? 1 : 0;
        _listItemLead = paragraph;
        Blocks(listItem, depth + 1);
        _taskDepth -= isTask ? 1 : 0;
    }

    /// <summary>A line that is a bold label and nothing else ("**Quick smoke test:**"), with a list under it.</summary>
    private static bool IsGroupLabel(ListItemBlock listItem, ParagraphBlock paragraph, string text) =>
        listItem.Count > 1 && listItem[1] is ListBlock && text.TrimEnd().EndsWith(':')
        && BoldLead(paragraph) is { } lead && TitleText.StripSymbols(text).TrimEnd(':', ' ').Length <= TitleText.StripSymbols(lead).TrimEnd(':', ' ').Length;

    /// <summary>Adds a task list item; false when it is no task (empty, or a progress summary).</summary>
    private bool Task(string text, ItemStatus status, int line, string? priority = null)
    {
        if (text.Length == 0)
        {
            Warnings.Add(new ImportWarning(line, "A task without a title was skipped."));
            return false;
        }

        // "[x] Quick Wins: 3/7 completed (43%)" sums up the tasks below it; it is no task of its own.
        if (IsProgressSummary(text))
        {
            return false;
        }

        var parts = TitleText.Parse(text);
        var title = parts.Title.Length > 0 ? parts.Title : TitleText.Clean(text);
        if (title.Length == 0)
        {
            title = text;
        }

        if (CurrentSection is { } section)
        {
            SectionsWithTasks.Add(section);
        }

        AddMention(new Mention(MentionKind.Task, Truncate(title, line, "A task title"), line)
        {
            Number = parts.Number,
            Section = CurrentSection,
            Phase = CurrentPhase,
            // Under a numbered task heading, a box is a subtask: one level below the heading's item.
            Depth = _taskDepth + (_itemHeading is not null ? 1 : 0),
            Estimate = parts.Estimate,
            Status = status,
            Authority = Mention.Authorities.Explicit,
            StatusWhere = "its task box",
            UnderTaskHeading = _itemHeading is not null,
            Priority = priority,
        });
        return true;
    }

    /// <summary>
    /// A task's priority marker and its text without it: a badge image whose alt text or address names a
    /// priority (<c>![Priority: High](https://img.shields.io/badge/priority-high-red)</c>), or a coloured circle
    /// the task starts with (🔴 🟡 🟢), which is its priority, not its status.
    /// </summary>
    private static (string Text, string? Priority) Markers(ParagraphBlock paragraph, string text)
    {
        string? priority = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsImage: true } image)
            {
                var alt = MarkdownText.Of(image);
                var named = Vocabulary.PriorityOfCell(alt) ?? Vocabulary.PriorityOfCell(BadgeWords(image.Url));
                if (named is not null)
                {
                    priority ??= named;
                    text = alt.Length > 0 && text.IndexOf(alt, StringComparison.Ordinal) is var at and >= 0 ? text.Remove(at, alt.Length).Trim() : text;
                }
            }
        }

        var start = text.AsSpan().TrimStart();
        if (priority is null && start.Length >= 2 && start[..2] is "🔴" or "🟠" or "🟡" or "🟢" or "🔵")
        {
            priority = Vocabulary.PriorityOfCell(start[..2].ToString());
        }

        return (text, priority);
    }

    /// <summary>The words of a badge's address: ".../badge/priority-high-red" is "priority high red".</summary>
    private static string BadgeWords(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        var path = url.Split('?')[0];
        var name = path[(path.LastIndexOf('/') + 1)..];
        return Uri.UnescapeDataString(name).Replace('-', ' ').Replace('_', ' ');
    }

    private void PlanLine(string text, int phase, int line)
    {
        if (IsProgressSummary(text))
        {
            return;
        }

        var parts = TitleText.Parse(text);
        if (parts.Title.Length == 0)
        {
            return;
        }

        var status = StatusMarks.Find(text);
        AddMention(new Mention(MentionKind.PlanLine, Truncate(parts.Title, line, "A task title"), line)
        {
            Number = null,
            Section = CurrentSection,
            Phase = phase,
            Estimate = parts.Estimate,
            Status = status,
            Authority = status is null ? 0 : Mention.Authorities.PlanMark,
            StatusWhere = "the plan",
        });
    }

    private void BoldBullet(string lead, string text, int line)
    {
        var title = TitleText.Clean(lead).TrimEnd(':').Trim();
        var rest = text.Length > lead.Length ? text[(text.IndexOf(lead, StringComparison.Ordinal) + lead.Length)..] : "";
        rest = rest.TrimStart(' ', '-', '–', '—', ':').Trim();
        // "**NATS Security:** https://…" is a reference, not a task.
        if (title.Length == 0 || rest.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // "**Fix the ESLint config** (1 hour)": the estimate after the lead is the item's, not its details.
        var restParts = TitleText.Parse(rest);
        _softMentions++;
        AddMention(new Mention(MentionKind.BoldBullet, Truncate(title, line, "A task title"), line)
        {
            Section = CurrentSection,
            Estimate = restParts.Estimate,
            Details = restParts.Title.Length == 0 ? null : restParts.Estimate is null ? rest : restParts.Title,
        });
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
                    cells.Add(CellText(tableCell));
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

        var headers = new List<string>(header.Count);
        foreach (var cell in header)
        {
            headers.Add(cell.Text.ToLowerInvariant());
        }

        var tableName = CurrentSection is { } s ? Sections[s].Title : "Table";
        var before = Mentions.Count;
        var headerTexts = header.ConvertAll(c => c.Text);
        var anchor = Anchor(BlockShape.Table, string.Join(" | ", headerTexts));
        void Block(BlockKind kind, int items, string reason, ChosenColumns? columns = null, bool chosen = false) =>
            AddBlock(new BlockReading(line, kind, items, reason) { Shape = BlockShape.Table, Anchor = anchor, Headers = headerTexts, Columns = columns, Chosen = chosen });

        if (_choices.For(anchor) is { } choice)
        {
            if (!choice.AsItems)
            {
                KeptTables++;
                Block(BlockKind.Table, 0, "kept as a table, as you chose", chosen: true);
                return;
            }

            var chosen = ChosenTableColumns(choice.Columns, headerTexts, body);
            ChecklistTable(chosen, header, body);
            Block(BlockKind.Items, Mentions.Count - before, $"read as items, as you chose: one item per row, titled by its {header[chosen.Title].Text} column{DescribeColumns(chosen, header)}",
                Chosen(chosen), chosen: true);
            return;
        }

        if (Column(headers, "impact") is { } impact && Column(headers, "effort") is { } effort)
        {
            Matrix(headers, body, impact, effort);
            Block(BlockKind.Matrix, Mentions.Count - before,
                $"a priority matrix: its {header[impact].Text} and {header[effort].Text} columns place each row's item on the matrix");
        }
        else if (Column(headers, "current") is { } current && Column(headers, "target") is { } target)
        {
            var metrics = Metrics.Count;
            Kpis(headers, body, current, target);
            Block(BlockKind.Kpis, 0, $"KPIs: {Metrics.Count - metrics} with a {header[current].Text} and a {header[target].Text} value");
        }
        else if (HasMoneyColumns(headers, body))
        {
            var costs = Costs.Count;
            CostTable(header.ConvertAll(c => c.Text), body, tableName);
            Block(BlockKind.Costs, 0, $"costs: {Costs.Count - costs} lines with amounts in money columns");
        }
        else if (TableColumns.Find(header.ConvertAll(c => c.Text), Texts(body)) is { } columns)
        {
            ChecklistTable(columns, header, body);
            Block(BlockKind.Items, Mentions.Count - before, $"a checklist table: one item per row, titled by its {header[columns.Title].Text} column{DescribeColumns(columns, header)}",
                Chosen(columns));
        }
        else
        {
            KeptTables++;
            Block(BlockKind.Table, 0, "a table that names no tasks (no task column beside a status, priority, owner, due date or estimate): kept as it is");
        }
    }

    private static ChosenColumns Chosen(TableColumns columns) => new(columns.Title, columns.Status, columns.Priority, columns.Owner, columns.Due);

    /// <summary>The columns a person named for a table, over the ones its headers give; a column out of the table is none.</summary>
    private static TableColumns ChosenTableColumns(ChosenColumns? chosen, List<string> headers, List<(int Line, List<Cell> Cells)> body)
    {
        var found = TableColumns.Find(headers, Texts(body));
        int? Within(int? column) => column is { } at && at >= 0 && at < headers.Count ? at : null;
        var title = Within(chosen?.Title) ?? found?.Title ?? 0;
        if (chosen is null)
        {
            return found ?? new TableColumns(title, null, null, null, null, null, null, null, []);
        }

        var baseline = found ?? new TableColumns(title, null, null, null, null, null, null, null, []);
        int? Other(int? column) => column == title ? null : column;
        return baseline with
        {
            Title = title,
            Id = Other(baseline.Id),
            Status = Other(Within(chosen.Status) ?? baseline.Status),
            Priority = Other(Within(chosen.Priority) ?? baseline.Priority),
            Owner = Other(Within(chosen.Owner) ?? baseline.Owner),
            Due = Other(Within(chosen.Due) ?? baseline.Due),
            Estimate = Other(baseline.Estimate),
            Notes = Other(baseline.Notes),
        };
    }

    /// <summary>", with Status, Owner and Due": the columns that fill a checklist table's items.</summary>
    private static string DescribeColumns(TableColumns columns, List<Cell> header)
    {
        var named = new List<string>();
        foreach (var column in (int?[])[columns.Status, columns.Priority, columns.Owner, columns.Due, columns.Estimate])
        {
            if (column is { } at && at < header.Count)
            {
                named.Add(header[at].Text);
            }
        }

        return named.Count switch
        {
            0 => "",
            1 => $", with {named[0]}",
            _ => $", with {string.Join(", ", named[..^1])} and {named[^1]}",
        };
    }

    private static List<IReadOnlyList<string>> Texts(List<(int Line, List<Cell> Cells)> body) =>
        body.ConvertAll(row => (IReadOnlyList<string>)row.Cells.ConvertAll(c => c.Text));

    /// <summary>
    /// A checklist written as a table: one item per row, its title from the task column, the other
    /// columns filling it (status, priority, owner, due date, estimate, notes, the row's reference).
    /// </summary>
    private void ChecklistTable(TableColumns columns, List<Cell> header, List<(int Line, List<Cell> Cells)> rows)
    {
        foreach (var (line, cells) in rows)
        {
            // A group row ("| **Security** |") names the rows below it; a row with only its title filled
            // in (a template's, its status still to be given) is a task.
            if (At(cells, columns.Title) is not { } titleText
                || (IsGroupRow(cells) && (cells[columns.Title].Bold || cells.Count < header.Count)))
            {
                continue;
            }

            ChecklistRows++;
            var parts = TitleText.Parse(titleText);
            var statusText = At(cells, columns.Status);
            ItemStatus? status = cells[columns.Title].Struck ? ItemStatus.Done
                : statusText is null ? null : Vocabulary.StatusOfCell(statusText) ?? StatusMarks.FindInCell(statusText);
            var reference = At(cells, columns.Id)?.Trim();
            var mention = new Mention(MentionKind.TableRow, Truncate(parts.Title.Length > 0 ? parts.Title : titleText, line, "A task title"), line)
            {
                // "| 3 | Finding |": a plain number is the task's number, which a numbered heading may share.
                Number = parts.Number ?? (reference is { Length: > 0 } r && r.All(char.IsAsciiDigit) && r.Length <= 4 ? int.Parse(r, CultureInfo.InvariantCulture) : null),
                Ref = reference is { Length: > 0 } r2 && !r2.All(char.IsAsciiDigit) ? Truncate(r2, line, "A reference") : null,
                Section = CurrentSection,
                Phase = CurrentPhase,
                Estimate = (At(cells, columns.Estimate) is { } time ? HourRange.Find(time) : null) ?? parts.Estimate,
                Priority = At(cells, columns.Priority) is { } priority ? Vocabulary.PriorityOfCell(priority) ?? PriorityOfCell(priority) : null,
                Owner = Person(At(cells, columns.Owner)),
                Due = DueDate(At(cells, columns.Due)),
                Details = Details(Filled(At(cells, columns.Notes)), RequiredLevels(columns, header, cells)),
                Status = status ?? (columns.Status is not null ? ItemStatus.Open : null),
                Authority = status is not null ? Mention.Authorities.Explicit : columns.Status is not null ? Mention.Authorities.Implied : 0,
                StatusWhere = "the checklist table",
            };
            AddMention(mention);
        }
    }

    /// <summary>The levels whose column ticks the row ("Level B, Level A"): where the task is required, never that it is done.</summary>
    private static string? RequiredLevels(TableColumns columns, List<Cell> header, List<Cell> cells)
    {
        var levels = columns.Levels.Where(i => At(cells, i) is { } tick && Vocabulary.StatusOfCell(tick) == ItemStatus.Done).Select(i => header[i].Text).ToList();
        return levels.Count == 0 ? null : $"Required at {string.Join(", ", levels)}.";
    }

    private static string? Details(string? notes, string? levels) =>
        notes is null ? levels : levels is null ? notes : $"{notes}\n\n{levels}";

    /// <summary>A person's name or handle from an Owner cell; nothing for a placeholder ("-", "TBD").</summary>
    private static string? Person(string? cell) => Filled(TitleText.StripSymbols(cell ?? "")) is { Length: <= 200 } name ? name : null;

    /// <summary>The cell's text, or null for a placeholder that says nothing ("-", "TBD", "n/a").</summary>
    private static string? Filled(string? cell) =>
        cell?.Trim() is { Length: > 0 } text && text.ToLowerInvariant() is not ("-" or "–" or "—" or "tbd" or "tba" or "n/a" or "none" or "?" or "unassigned")
            ? text : null;

    private static readonly string[] s_dateFormats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>A due date written as a date (<c>2026-12-18</c>, <c>Dec 18, 2026</c>); null for anything else ("Q3", "next sprint").</summary>
    private static DateOnly? DueDate(string? cell)
    {
        var text = cell?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return date;
        }

        return IsoDate().Match(text) is { Success: true } iso && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date : null;
    }

    /// <summary>A column after the first is headed as money, and a cell after the first of some row holds an amount.</summary>
    private static bool HasMoneyColumns(List<string> headers, List<(int Line, List<Cell> Cells)> body)
    {
        var moneyHeader = false;
        for (var i = 1; i < headers.Count && !moneyHeader; i++)
        {
            moneyHeader = MoneyRange.IsMoneyHeader(headers[i]);
        }

        if (!moneyHeader)
        {
            return false;
        }

        foreach (var (_, cells) in body)
        {
            for (var i = 1; i < cells.Count; i++)
            {
                if (MoneyRange.Parse(cells[i].Text) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Matrix(List<string> headers, List<(int Line, List<Cell> Cells)> rows, int impact, int effort)
    {
        // The task column, never a column of references ("# | Finding | Impact | Effort").
        var task = TableColumns.TitleOf(headers, Texts(rows)) ?? Column(headers, "task", "item", "action", "improvement", "initiative", "fix", "work", "feature", "name", "title") ?? 0;
        var status = Column(headers, "status", "state", "done");
        var priority = Column(headers, "priority", "score", "rank");
        var time = Column(headers, "time", "estimate", "effort (h", "hours", "duration");
        var explicitOpen = status is not null || AnyStruck(rows, task);
        foreach (var (line, cells) in rows)
        {
            if (cells.Count <= task || cells[task].Text.Length == 0 || IsGroupRow(cells))
            {
                continue;
            }

            MatrixRows++;
            var parts = TitleText.Parse(cells[task].Text);
            // The status column when it holds a status, else the first other cell with a mark.
            var cellStatus = At(cells, status) is { } statusText ? StatusMarks.FindInCell(statusText) : null;
            if (cellStatus is null && MarkedCell(cells, task) is { } marked)
            {
                cellStatus = StatusMarks.FindInCell(marked);
            }

            var rowStatus = cells[task].Struck ? ItemStatus.Done : cellStatus;
            // The time column when it holds an estimate, else the last other cell that does.
            var estimate = (At(cells, time) is { } timeText ? HourRange.Find(timeText) : null) ?? LastEstimate(cells, task, impact, effort)
                ?? (At(cells, effort) is { } effortText ? HourRange.Find(effortText) : null);
            var mention = new Mention(MentionKind.MatrixRow, Truncate(parts.Title.Length > 0 ? parts.Title : cells[task].Text, line, "A task title"), line)
            {
                Number = parts.Number,
                Section = CurrentSection,
                Phase = CurrentPhase,
                Estimate = estimate ?? parts.Estimate,
                Impact = Level(At(cells, impact)),
                Effort = Level(At(cells, effort)),
                FreeFacts = FreeFacts(("Impact", At(cells, impact)), ("Effort", At(cells, effort))),
                Priority = PriorityOfCell(At(cells, priority)),
                Status = rowStatus ?? (explicitOpen ? ItemStatus.Open : null),
                Authority = rowStatus is not null ? Mention.Authorities.Explicit : explicitOpen ? Mention.Authorities.Implied : 0,
                StatusWhere = "the priority matrix",
            };
            AddMention(mention);
        }
    }

    private static bool AnyStruck(List<(int Line, List<Cell> Cells)> rows, int column)
    {
        foreach (var (_, cells) in rows)
        {
            if (cells.Count > column && cells[column].Struck)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"| **Quick Wins** |": a row with nothing after its first cell groups the rows below it.</summary>
    private static bool IsGroupRow(List<Cell> cells)
    {
        for (var i = 1; i < cells.Count; i++)
        {
            if (cells[i].Text.Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first cell but the task's with a done or open mark (✅ 🔲 ⬜).</summary>
    private static string? MarkedCell(List<Cell> cells, int task)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (i != task && (text.Contains('✅') || text.Contains("🔲", StringComparison.Ordinal) || text.Contains('⬜')))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The estimate of the last cell that holds one, but the task's, impact's and effort's.</summary>
    private static HourRange? LastEstimate(List<Cell> cells, int task, int impact, int effort)
    {
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (i != task && i != impact && i != effort && HourRange.Find(cells[i].Text) is { } estimate)
            {
                return estimate;
            }
        }

        return null;
    }

    private void Kpis(List<string> headers, List<(int Line, List<Cell> Cells)> rows, int current, int target)
    {
        var name = Column(headers, "metric", "kpi", "measure", "indicator", "name") ?? 0;
        var status = Column(headers, "status", "state");
        foreach (var (line, cells) in rows)
        {
            var metricName = TitleText.Clean(At(cells, name) ?? "");
            if (metricName.Length == 0)
            {
                continue;
            }

            var currentValue = MetricValue.Parse(At(cells, current) ?? "");
            var targetValue = MetricValue.Parse(At(cells, target) ?? "");
            var direction = MetricValue.DirectionOf(currentValue, targetValue);
            var computed = MetricValue.StatusOf(currentValue, targetValue, direction);
            var stated = At(cells, status) is { } cell ? MetricValue.StatusFromCell(cell) : null;
            if (stated == MetricStatus.Met && computed is not (MetricStatus.Met or MetricStatus.Unknown))
            {
                Warnings.Add(new ImportWarning(line,
                    $"The KPI \"{metricName}\" is marked met, but its current value {currentValue.Text} misses the target {targetValue.Text}."));
            }

            Metrics.Add(new ParsedMetric(Truncate(metricName, line, "A KPI name"), currentValue, targetValue, direction, stated ?? computed, CurrentSection, line));
        }
    }

    /// <summary>
    /// One cost line per row, with an amount per money column. A cell without a period takes its column's
    /// ("Current" is monthly when its other cells say "/mo"); in a table of hours and a rate, the cost is
    /// one-time engineering work, worked out as hours × rate where the row does not state it.
    /// </summary>
    private void CostTable(List<string> headers, List<(int Line, List<Cell> Cells)> rows, string tableName)
    {
        var moneyColumns = new List<int>();
        int? rate = null, hours = null;
        for (var i = 1; i < headers.Count; i++)
        {
            var header = headers[i].ToLowerInvariant();
            if (header.Contains("rate", StringComparison.Ordinal))
            {
                rate ??= i;
            }
            else if (header.Contains("hour", StringComparison.Ordinal) || header is "hrs" or "effort" or "time" or "days")
            {
                hours ??= i;
                continue;
            }

            if (MoneyRange.IsMoneyHeader(headers[i]))
            {
                moneyColumns.Add(i);
            }
        }

        var engineering = rate is not null && hours is not null;
        var periods = ColumnPeriods(headers, rows, moneyColumns, engineering ? CostPeriod.OneTime : null);
        foreach (var (line, cells) in rows)
        {
            var name = TitleText.Clean(At(cells, 0) ?? "");
            if (name.Length == 0)
            {
                continue;
            }

            var amounts = new List<ParsedCostAmount>();
            foreach (var column in moneyColumns)
            {
                if (At(cells, column) is { } cell && MoneyRange.Parse(cell) is { } amount)
                {
                    amounts.Add(new ParsedCostAmount(headers[column], amount.Min, amount.Max, amount.Period ?? periods[column]));
                }
            }

            var isTotal = name.Contains("total", StringComparison.OrdinalIgnoreCase);
            if (engineering && !isTotal && !amounts.Exists(a => a.Period == CostPeriod.OneTime)
                && At(cells, hours) is { } hoursText && HourRange.Find(hoursText) is { } time
                && At(cells, rate) is { } rateText && MoneyRange.Parse(rateText) is { } perHour)
            {
                amounts.Add(new ParsedCostAmount("Cost", time.Min * perHour.Min, time.Max * perHour.Max, CostPeriod.OneTime));
            }

            Costs.Add(new ParsedCostLine(Truncate(name, line, "A cost line"), tableName, isTotal, amounts, line));
        }
    }

    /// <summary>
    /// The period of each money column: its header's, else the one most of its cells state, else the one period
    /// the table's other columns state, else <paramref name="fallback"/> (rates aside).
    /// </summary>
    private static Dictionary<int, CostPeriod?> ColumnPeriods(List<string> headers, List<(int Line, List<Cell> Cells)> rows, List<int> columns, CostPeriod? fallback)
    {
        var periods = new Dictionary<int, CostPeriod?>();
        foreach (var column in columns)
        {
            var stated = rows.Select(r => At(r.Cells, column) is { } cell ? MoneyRange.Parse(cell)?.Period : null).OfType<CostPeriod>()
                .GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => (CostPeriod?)g.Key).FirstOrDefault();
            periods[column] = MoneyRange.PeriodOfColumn(headers[column]) ?? stated;
        }

        // "| Resource | Current | Recommended |" where only some cells say "/mo": the table is of one period, and so is every column of it.
        var tablePeriods = periods.Values.OfType<CostPeriod>().Where(p => p != CostPeriod.Unit).Distinct().ToList();
        var tablePeriod = tablePeriods.Count == 1 ? tablePeriods[0] : fallback;
        foreach (var column in columns)
        {
            if (periods[column] is null && !headers[column].Contains("rate", StringComparison.OrdinalIgnoreCase))
            {
                periods[column] = tablePeriod;
            }
        }

        return periods;
    }

    private void AddMention(Mention mention)
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

    private static bool ApplyMeta(Mention item, string key, string value)
    {
        switch (key)
        {
            case "impact":
                item.Impact ??= Level(value);
                item.FreeFacts = Join(item.FreeFacts, FreeFacts(("Impact", value)));
                return true;
            case "effort":
                item.Effort ??= Level(value);
                item.Estimate ??= HourRange.Find(value);
                item.FreeFacts = Join(item.FreeFacts, HourRange.Find(value) is null ? FreeFacts(("Effort", value)) : null);
                return true;
            case "risk":
                item.Risk ??= Level(value);
                item.FreeFacts = Join(item.FreeFacts, FreeFacts(("Risk", value)));
                return true;
            case "priority" or "severity":
                item.Priority ??= Vocabulary.PriorityOfCell(value) ?? PriorityOfCell(value);
                return true;
            case "estimate" or "time" or "estimated time" or "estimated effort" or "time estimate":
                item.Estimate ??= HourRange.Find(value);
                return true;
            case "status":
                if (StatusMarks.FindInCell(value) is { } status)
                {
                    item.Status = status;
                    item.Authority = Mention.Authorities.Explicit;
                }

                return true;
            case "completed":
                item.Status = ItemStatus.Done;
                item.Authority = Mention.Authorities.Explicit;
                item.CompletedOn = DateOnly.TryParse(IsoDate().Match(value).Value, CultureInfo.InvariantCulture, out var on) ? on : null;
                return true;
            case "owner" or "assignee":
                item.Owner ??= Person(value);
                return true;
            case "due":
                item.Due ??= DueDate(value);
                return true;
            default:
                return false;
        }
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

    private void AddPriorityName(string priority, string text, int line)
    {
        var name = TitleText.Clean(text);
        if (name.Length > 0)
        {
            PriorityNames.Add(new PriorityName(priority, name, line));
        }
    }

    /// <summary>"Critical: rate limiting implementation, database backups" names tasks inline.</summary>
    private bool InlinePriorityList(string text, int line)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40 || PriorityWord(text[..colon]) is not { } priority)
        {
            return false;
        }

        var names = text[(colon + 1)..].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0 || names.Any(n => n.Length > 120))
        {
            return false;
        }

        foreach (var name in names)
        {
            AddPriorityName(priority, name.TrimEnd('.', '…'), line);
        }

        return true;
    }

    private ItemStatus? TaskState(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is TaskList task)
        {
            return task.Checked ? ItemStatus.Done : ItemStatus.Open;
        }

        // GitLab's "[~]" (not applicable) is no task list to Markdig: read it from the source itself.
        var start = paragraph.Span.Start;
        return start >= 0 && markdown.AsSpan(start).StartsWith(NotApplicableMark) ? ItemStatus.NotApplicable : null;
    }

    private string Truncate(string text, int line, string what)
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

    /// <summary>The text of inlines that are a bold label and nothing else: "**Day 1-2 (COMPLETED ✅):**".</summary>
    private static string? BoldLabel(List<Inline> inlines)
    {
        if (inlines.Count == 0 || inlines[0] is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return null;
        }

        var tail = string.Concat(inlines.Skip(1).Select(i => i is ContainerInline c ? MarkdownText.Of(c) : MarkdownText.OfLeaf(i))).Trim();
        return tail.Length == 0 || tail == ":" ? MarkdownText.Of(strong).TrimEnd(':').Trim() : null;
    }

    /// <summary>A paragraph's lines: their inlines, their text and their line number in the document.</summary>
    private static List<(List<Inline> Inlines, string Text, int Line)> ParagraphLines(ParagraphBlock paragraph)
    {
        var lines = new List<(List<Inline> Inlines, string Text, int Line)>();
        var current = new List<Inline>();
        var line = paragraph.Line + 1;
        void Flush()
        {
            var text = string.Concat(current.Select(i => i is ContainerInline c ? MarkdownText.Of(c) : MarkdownText.OfLeaf(i))).Trim();
            lines.Add((current, text, line));
            current = [];
        }

        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LineBreakInline)
            {
                Flush();
                line++;
            }
            else
            {
                current.Add(inline);
            }
        }

        Flush();
        return lines;
    }

    /// <summary>The bold text a bullet starts with, after any status symbols: "❌ **Cold Storage** - …".</summary>
    private static string? BoldLead(ParagraphBlock paragraph)
    {
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is EmphasisInline { DelimiterCount: 2 } strong)
            {
                return MarkdownText.Of(strong);
            }

            if (inline is not LiteralInline literal || TitleText.Clean(literal.Content.ToString()).Length > 0)
            {
                return null;
            }
        }

        return null;
    }

    // Both shapes of a progress summary hold a slash: most lines are spared the pattern.
    private static bool IsProgressSummary(string text) => text.Contains('/') && ProgressSummary().IsMatch(text);

    private static string? PriorityWord(string label)
    {
        var match = PriorityLabel().Match(TitleText.Clean(label));
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value.ToLowerInvariant();
        return word switch
        {
            "critical" or "blocker" => "Critical",
            "high" => "High",
            "medium" => "Medium",
            "low" => "Low",
            "must" => "Must",
            "should" => "Should",
            "could" => "Could",
            "nice" => "Nice",
            "won't" or "wont" => "Won't",
            _ => word.ToUpperInvariant(),
        };
    }

    private static string? PriorityOfCell(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var stars = cell.Count(c => c is '\u2B50' or '\u2605');
        if (stars > 0)
        {
            return $"{Math.Min(stars, 5)}/5";
        }

        return PriorityWord(cell) ?? (cell.Length <= 20 && Filled(TitleText.Clean(cell)) is { Length: > 0 } words ? words : null);
    }

    /// <summary>The level on a scale the cell states (<see cref="ScaleLevel"/>); null for free text, which the caller keeps as words.</summary>
    private static string? Level(string? cell) => ScaleWord(cell) ?? ScaleLevel.Of(cell);

    /// <summary>
    /// "Impact: Cross-tenant data leak": the facts written in words, not on a scale the matrix can place,
    /// for the item's details; an effort that is an estimate ("8 hours") is the estimate instead.
    /// </summary>
    private static string? FreeFacts(params (string Name, string? Text)[] facts)
    {
        string? words = null;
        foreach (var (name, text) in facts)
        {
            if (Filled(text) is { } value && Level(value) is null && !(name == "Effort" && HourRange.Find(value) is not null))
            {
                words = Join(words, $"{name}: {value}");
            }
        }

        return words;
    }

    private static string? Join(string? first, string? second) => first is null ? second : second is null ? first : $"{first}\n{second}";

    /// <summary>The level a cell of nothing but one word of the scale names ("HIGH", "med"), else null.</summary>
    private static string? ScaleWord(string? cell)
    {
        var word = cell.AsSpan();
        if (word.IsEmpty || word.Length > 8 || word.ContainsAnyExcept(s_asciiLetters))
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        Ascii.ToLower(word, lower, out _);
        return ScaleName(lower);
    }

    /// <summary>The level a word of the scale names, given in lower case ("med" is Medium); null for any other word.</summary>
    private static string? ScaleName(ReadOnlySpan<char> lower) => lower switch
    {
        "critical" => "Critical",
        "high" => "High",
        "medium" or "med" or "moderate" => "Medium",
        "low" => "Low",
        "none" => "None",
        _ => null,
    };

    private static int? Column(List<string> headers, params string[] names)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (names.Any(n => headers[i].Contains(n, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return null;
    }

    private static string? At(List<Cell> cells, int? column) => column is { } c && c < cells.Count && cells[c].Text.Length > 0 ? cells[c].Text : null;

    private sealed record Cell(string Text, bool Struck, bool Bold = false);

    private static Cell CellText(TableCell cell)
    {
        var paragraph = cell.Count > 0 ? cell[0] as ParagraphBlock : null;
        var text = paragraph is null ? "" : MarkdownText.Of(paragraph.Inline);
        return new Cell(text, paragraph is not null && MarkdownText.IsStruck(paragraph.Inline), paragraph is not null && MarkdownText.IsBold(paragraph.Inline));
    }

    [GeneratedRegex(@"\b\d+\s*/\s*\d+\s+(completed|complete|done)\b|\(\s*\d+\s*/\s*\d+\s*(completed|complete|done)?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressSummary();

    [GeneratedRegex(@"^(?<word>critical|blocker|high|medium|low|must|should|could|nice|won't|wont|p[0-4])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriorityLabel();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|[-*+])\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListLine();
}
