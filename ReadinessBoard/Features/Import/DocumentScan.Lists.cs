using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// What a list is, before its lines are read: an action list (its lines are things to do), a list that
/// never holds items (a table of contents, references, a legend, a status summary, consequences, success
/// targets), or an ordinary list, whose task boxes, plan lines and bold leads the walk reads as before.
/// Task boxes are items wherever they are.
/// </summary>
internal sealed partial class DocumentScan
{
    private enum ListRole
    {
        Default,
        Actions,
        NotItems,
    }

    private static readonly string[] s_consequenceCues =
        ["will", "would", "could", "might", "risk", "risks", "consequence", "consequences", "means", "leads", "results", "symptoms", "without", "otherwise", "happens", "fails"];

    private (ListRole Role, string? Reason) _listRole;
    private Mention? _actionLine;
    private int _listNesting;
    private string? _actionsName;

    public List<BlockReading> BlockReadings { get; } = [];

    // Lists of bold-lead bullets: the reading, and the range of mentions they gave.
    private readonly List<(int Reading, int From, int To)> _boldBulletBlocks = [];

    /// <summary>
    /// Bold leads are items only in a document that does not name its tasks as numbered headings or
    /// matrix rows, and in sections without task boxes (the same rule <see cref="ItemAssembler"/> applies).
    /// </summary>
    private void ReadBoldBullets()
    {
        var structured = Mentions.Exists(m => m.Kind is MentionKind.Heading or MentionKind.MatrixRow);
        foreach (var (reading, from, to) in _boldBulletBlocks)
        {
            var items = 0;
            for (var i = from; i < to; i++)
            {
                items += Mentions[i] is { Kind: MentionKind.BoldBullet } bullet && (bullet.Section is not { } s || !SectionsWithTasks.Contains(s)) ? 1 : 0;
            }

            var block = BlockReadings[reading];
            BlockReadings[reading] = structured
                ? block with { Kind = BlockKind.NotItems, Items = 0, Reason = "bullets with a bold lead: emphasis, in a document that names its tasks in numbered headings or a matrix" }
                : items == 0
                    ? block with { Kind = BlockKind.NotItems, Items = 0, Reason = "bullets with a bold lead: notes, in a section with task boxes" }
                    : block with { Items = items };
        }
    }

    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
    private bool _listChosen;

    private void AddBlock(BlockReading reading) => BlockReadings.Add(reading);

    /// <summary>
    /// A name for a block that holds across versions of the document: its shape, the path of its section
    /// and its first words, numbered when one section has two blocks that start alike.
    /// </summary>
    private string Anchor(BlockShape shape, string firstWords, int? section = -1)
    {
        var path = new List<string>();
        for (var at = section == -1 ? CurrentSection : section; at is { } i; at = Sections[i].ParentIndex)
        {
            path.Add(Sections[i].Title);
        }

        path.Reverse();
        var words = TitleText.StripSymbols(firstWords).ToLowerInvariant();
        var anchor = $"{shape.ToString().ToLowerInvariant()}: {string.Join(ParsedSection.PathSeparator, path)}: {(words.Length > 80 ? words[..80] : words)}";
        var seen = _anchors[anchor] = _anchors.GetValueOrDefault(anchor) + 1;
        return seen == 1 ? anchor : $"{anchor} #{seen}";
    }

    /// <summary>A list of the document or a quote (not one nested in a list item): decides what it is, reads it and says how.</summary>
    private void TopLevelList(ListBlock list, Block? previous, int depth)
    {
        var before = Mentions.Count;
        var first = list.Count > 0 && list[0] is ListItemBlock { Count: > 0 } firstItem && firstItem[0] is ParagraphBlock lead ? TextOf(lead) : "";
        var anchor = Anchor(BlockShape.List, first);
        var choice = _choices.For(anchor);
        if (choice is { AsItems: true })
        {
            // "These lines are items": not a priority list, whatever the label above says.
            _priorityLabel = null;
        }

        var priorityLabel = _priorityLabel;
        _listRole = choice is not null ? (choice.AsItems ? ListRole.Actions : ListRole.NotItems, null)
            : priorityLabel is null ? ReadList(list, previous)
            : (ListRole.Default, null);
        _listChosen = choice is not null;
        _actionsName = choice is { AsItems: true } ? null : _actionsName;
        _listNesting++;
        List(list, depth);
        _listNesting--;
        var role = _listRole;
        _listRole = (ListRole.Default, null);
        _listChosen = false;
        _actionLine = null;
        void AddBlock(BlockKind kind, int items, string reason) =>
            this.AddBlock(new BlockReading(list.Line + 1, kind, items, reason) { Shape = BlockShape.List, Anchor = anchor, Chosen = choice is not null });

        var underTaskHeading = _itemHeading is not null;
        var tasks = 0;
        var plan = 0;
        var actions = 0;
        var bullets = 0;
        for (var i = before; i < Mentions.Count; i++)
        {
            switch (Mentions[i].Kind)
            {
                case MentionKind.Task:
                    tasks++;
                    break;
                case MentionKind.PlanLine:
                    plan++;
                    break;
                case MentionKind.ActionLine:
                    actions++;
                    break;
                case MentionKind.BoldBullet:
                    bullets++;
                    break;
            }
        }

        if (choice is not null)
        {
            var items = tasks + plan + actions;
            AddBlock(choice.AsItems ? BlockKind.Items : BlockKind.NotItems, choice.AsItems ? items : 0,
                choice.AsItems ? "read as items, as you chose: one item per line" : "not items, as you chose");
        }
        else if (tasks > 0)
        {
            AddBlock(BlockKind.Items, tasks, tasks == 1 ? "a task list: one item for its box" : "a task list: one item per box");
        }
        else if (priorityLabel is { } label)
        {
            AddBlock(BlockKind.NotItems, 0, $"a priority list: the items it names are {label.Priority}");
        }
        else if (role.Role == ListRole.NotItems)
        {
            AddBlock(BlockKind.NotItems, 0, $"{role.Reason}: never items");
        }
        else if (underTaskHeading)
        {
            AddBlock(BlockKind.NotItems, 0, "the details of the task heading above it");
        }
        else if (plan > 0)
        {
            var phase = Mentions[^1].Phase is { } at ? Phases[at].Label.Name : "phase";
            AddBlock(BlockKind.Plan, plan, $"lines of the plan ({phase}): each gives the item it names its phase, or is an item of its own");
        }
        else if (actions > 0)
        {
            AddBlock(BlockKind.Items, actions, $"an action list under \"{_actionsName}\": one item per line");
        }
        else if (bullets > 0)
        {
            // Whether bold leads are items is known only once the whole document is read (ReadBoldBullets).
            _boldBulletBlocks.Add((BlockReadings.Count, before, Mentions.Count));
            AddBlock(BlockKind.Items, bullets, "bullets with a bold lead, in a section without task boxes: one item per bullet");
        }
        else
        {
            AddBlock(BlockKind.NotItems, 0, "a list without boxes, outside an action list or a plan");
        }
    }

    private (ListRole Role, string? Reason) ReadList(ListBlock list, Block? previous)
    {
        var items = list.OfType<ListItemBlock>().Select(i => i.Count > 0 ? i[0] as ParagraphBlock : null).ToList();
        if (items.Count >= 2 && items.TrueForAll(p => p is not null && IsAnchorLink(p)))
        {
            return (ListRole.NotItems, "a table of contents");
        }

        var texts = items.ConvertAll(p => p is null ? "" : TextOf(p));
        if (items.Count >= 2 && texts.Count(IsStatusLine) * 2 >= texts.Count)
        {
            return (ListRole.NotItems, "a status summary");
        }

        if (items.Count >= 2 && texts.TrueForAll(IsLegendLine))
        {
            return (ListRole.NotItems, "a legend");
        }

        if (previous is ParagraphBlock paragraph && LeadIn(paragraph) is { } label)
        {
            if (SectionWords.IsActions(label))
            {
                _actionsName = label;
                return (ListRole.Actions, null);
            }

            if (SectionWords.NotItemsReason(label) is { } reason)
            {
                return (ListRole.NotItems, reason);
            }

            if (IsConsequenceLeadIn(label))
            {
                return (ListRole.NotItems, "a list of consequences");
            }
        }

        var section = CurrentSection is { } s ? Sections[s] : null;
        if (section is not null)
        {
            if (SectionWords.NotItemsReason(section.Title) is { } reason)
            {
                return (ListRole.NotItems, reason);
            }

            if (section.ParentIndex is { } parent && SectionWords.NotItemsReason(Sections[parent].Title) is { } parentReason)
            {
                return (ListRole.NotItems, parentReason);
            }

            if (SectionWords.IsActions(section.Title))
            {
                _actionsName = section.Title;
                return (ListRole.Actions, null);
            }
        }

        if (items.Count >= 2 && items.TrueForAll(p => p is not null && IsMostlyLink(p)))
        {
            return (ListRole.NotItems, "a list of links");
        }

        return (ListRole.Default, null);
    }

    /// <summary>The words a paragraph ends with when it leads into the list below it ("Current system will:", "**Next steps:**").</summary>
    private string? LeadIn(ParagraphBlock paragraph)
    {
        var text = TextOf(paragraph).TrimEnd();
        if (!text.EndsWith(':'))
        {
            return null;
        }

        var start = Math.Max(text.LastIndexOf('\n'), Math.Max(text.LastIndexOf(". ", StringComparison.Ordinal), -1)) + 1;
        var lead = text[start..^1].Trim();
        return lead.Length is > 0 and <= 120 ? lead : null;
    }

    private static bool IsConsequenceLeadIn(string label)
    {
        foreach (var word in label.ToLowerInvariant().Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(s_consequenceCues, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Database: ✅ Running", "Cache - ⚠️ degraded": a component and its state.</summary>
    private static bool IsStatusLine(string text) => StatusLine().IsMatch(text);

    /// <summary>"✅ = done", "⬜ Not started", "🔴 Critical": a symbol and what it stands for.</summary>
    private static bool IsLegendLine(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || char.IsLetterOrDigit(trimmed[0]) || trimmed[0] is '[' or '*' or '_' or '`' or '(' or '"')
        {
            return false;
        }

        var words = TitleText.StripSymbols(trimmed).TrimStart('=', ':', '-', '–', '—', ' ');
        return words.Length > 0 && words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && words.Length < trimmed.Length;
    }

    private static bool IsAnchorLink(ParagraphBlock paragraph)
    {
        var first = paragraph.Inline?.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        return first is LinkInline { IsImage: false, Url: { } url } && url.StartsWith('#');
    }

    /// <summary>A line that is a link and little else: "[Kubernetes probes](https://…) - the reference".</summary>
    private bool IsMostlyLink(ParagraphBlock paragraph)
    {
        var text = TextOf(paragraph);
        var linked = 0;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            linked += inline switch
            {
                LinkInline { IsImage: false } link => MarkdownText.Of(link).Length,
                AutolinkInline autolink => autolink.Url.Length,
                EmphasisInline emphasis when emphasis.FirstChild is LinkInline inner => MarkdownText.Of(inner).Length,
                _ => 0,
            };
        }

        return text.Length > 0 && linked * 2 >= text.Length;
    }

    /// <summary>A line of an action list: an item, its owner and due date read from "(owner: Sam)", "— @sam", "(due 2026-12-18)".</summary>
    private void ActionLine(ParagraphBlock paragraph, string text, int line)
    {
        if (_listNesting > 1)
        {
            // A line nested under an action is part of it.
            if (_actionLine is { } parent && (parent.Details?.Length ?? 0) < 2000)
            {
                parent.Details = parent.Details is null ? text : $"{parent.Details}\n{text}";
            }

            return;
        }

        string? owner = null;
        DateOnly? due = null;
        if (ActionOwner().Match(text) is { Success: true } who)
        {
            owner = who.Groups["owner"].Value.Trim();
            text = text.Remove(who.Index, who.Length);
        }

        if (ActionDue().Match(text) is { Success: true } when
            && DateOnly.TryParseExact(when.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            due = date;
            text = text.Remove(when.Index, when.Length);
        }

        string? details = null;
        var title = text;
        if (BoldLead(paragraph) is { } lead && text.IndexOf(lead, StringComparison.Ordinal) is var at and >= 0)
        {
            var rest = text[(at + lead.Length)..].TrimStart(' ', '-', '–', '—', ':').Trim();
            if (rest.Length > 0 && lead.Length >= 3)
            {
                title = text[..(at + lead.Length)];
                details = rest;
            }
        }

        var parts = TitleText.Parse(title);
        if (parts.Title.Length == 0 || IsProgressSummary(text))
        {
            return;
        }

        var status = StatusMarks.Find(text);
        var mention = new Mention(MentionKind.ActionLine, Truncate(parts.Title, line, "A task title"), line)
        {
            Section = CurrentSection,
            Phase = CurrentPhase,
            Estimate = parts.Estimate,
            Status = status,
            Authority = status is null ? 0 : Mention.Authorities.PlanMark,
            StatusWhere = "the action list",
            Owner = owner is { Length: > 0 and <= 200 } ? owner : null,
            Due = due,
            Details = details,
        };
        AddMention(mention);
        _actionLine = mention;
    }

    [GeneratedRegex(@"^[^:]{1,40}:\s*(?:✅|✔|❌|⚠|🟢|🟡|🔴|🟠|⛔|⏳|🔄)", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"\s*\(\s*(?i:owner|assignee|assigned to|who)\s*:\s*(?<owner>[^)]{1,100})\)|\s*\(\s*(?<owner>@[\w.-]{1,60})\s*\)|\s+[-–—]\s*(?<owner>@[\w.-]{1,60})\s*$|\s+[–—]\s*(?<owner>\p{Lu}[\w.'-]{1,30}(?: \p{Lu}[\w.'-]{1,30})?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionOwner();

    [GeneratedRegex(@"\s*\(?\s*\b(?:due|by)\s*:?\s*(?<date>\d{4}-\d{2}-\d{2})\s*\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionDue();
}
