using System.Globalization;
using System.Text;
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
    // "**Recommendations:**" above the list, rather than a section's name: under a heading with a status line, its lines are notes.
    private bool _actionsFromLeadIn;

    public List<BlockReading> BlockReadings { get; } = [];

    // Facts a bullet may carry in the bullets under it ("- **Effort:** 1 hour"), and figures that are no tasks at the top of a list.
    private static readonly string[] s_factKeys =
    [
        "impact", "effort", "risk", "priority", "severity", "status", "estimate", "time", "owner", "due", "issue", "problem", "fix",
        "solution", "context", "why", "cause", "location", "file", "files", "notes", "note", "details", "description", "recommendation",
        "evidence", "result", "current", "target", "expected", "actual", "example", "command", "metric", "value", "threshold",
    ];

    // The item each open list level's item became, if any: the one a nested fact belongs to.
    private readonly List<Mention?> _listItemMentions = [];

    private void SetListItemMention(Mention? mention)
    {
        while (_listItemMentions.Count <= _listNesting)
        {
            _listItemMentions.Add(null);
        }

        _listItemMentions[_listNesting] = mention;
    }

    /// <summary>
    /// The key of a bullet that states a fact rather than a task: "**Effort:** 1 hour" under another bullet,
    /// or at the top of a list a known key ("**Impact:** …") or a figure ("**Active users:** 10-25"); null otherwise.
    /// </summary>
    private string? IsFactLead(string lead, string text)
    {
        var at = text.IndexOf(lead, StringComparison.Ordinal);
        var after = at < 0 ? "" : text[(at + lead.Length)..].TrimStart();
        var labelled = lead.TrimEnd().EndsWith(':') || after.StartsWith(':');
        if (!labelled)
        {
            return null;
        }

        var key = TitleText.StripSymbols(lead).TrimEnd(':', ' ').Trim().ToLowerInvariant();
        var value = after.TrimStart(':', ' ');
        if (key.Length == 0 || (key.Count(c => c == ' ') > 2 && !Placeholder().IsMatch(after.TrimStart(':', ' '))))
        {
            return null;
        }

        var nested = _listNesting > 1;
        var figure = value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '<' or '>' or '~' or '$' or '≤' or '≥' or '€' or '£');
        // "**Release name / version:** ‹name›", "**Date:** ____": a template's field to fill in.
        var field = value.Length > 0 && Placeholder().IsMatch(value);
        return nested || Array.IndexOf(s_factKeys, key) >= 0 || figure || field ? key : null;
    }

    /// <summary>A fact bullet: sets the field of the item of the bullet above it, or joins its details; never an item itself.</summary>
    private void Fact(string key, string text, string lead)
    {
        var parent = _listNesting > 1 && _listItemMentions.Count >= _listNesting ? _listItemMentions[_listNesting - 1] : null;
        if (parent is null)
        {
            return;
        }

        var at = text.IndexOf(lead, StringComparison.Ordinal);
        var value = (at < 0 ? text : text[(at + lead.Length)..]).TrimStart(':', ' ').Trim();
        if (!ApplyMeta(parent, key, value) && (parent.Details?.Length ?? 0) < 2000)
        {
            var fact = $"{TitleText.StripSymbols(lead).TrimEnd(':', ' ')}: {value}";
            parent.Details = parent.Details is null ? fact : $"{parent.Details}\n{fact}";
        }
    }

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
            var notes = 0;
            for (var i = from; i < to; i++)
            {
                notes += Mentions[i].Dropped ? 1 : 0;
                items += Mentions[i] is { Kind: MentionKind.BoldBullet, Dropped: false } bullet && (bullet.Section is not { } s || !SectionsWithTasks.Contains(s)) ? 1 : 0;
            }

            var block = BlockReadings[reading];
            BlockReadings[reading] = notes > 0 && notes == to - from
                ? block with { Kind = BlockKind.NotItems, Items = 0, Reason = "notes of the heading above it, which a status line makes an item" }
                : structured
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
        _actionsFromLeadIn = false;
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
        // A list of task boxes is items whatever its lines look like; only its heading or lead-in can make it an action list.
        var boxes = items.TrueForAll(p => p?.Inline?.FirstChild is Markdig.Extensions.TaskLists.TaskList);
        if (boxes)
        {
            return ReadByName(previous);
        }

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

        if (ReadByName(previous) is { Role: not ListRole.Default } named)
        {
            return named;
        }

        if (items.Count >= 2 && items.TrueForAll(p => p is not null && IsMostlyLink(p)))
        {
            return (ListRole.NotItems, "a list of links");
        }

        return (ListRole.Default, null);
    }

    /// <summary>What the lead-in above a list or its section's name says it is: an action list, never items, or nothing.</summary>
    private (ListRole Role, string? Reason) ReadByName(Block? previous)
    {
        if (previous is ParagraphBlock paragraph && LeadIn(paragraph) is { } label)
        {
            if (SectionWords.IsActions(label))
            {
                _actionsName = label;
                _actionsFromLeadIn = true;
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

        if (CurrentSection is { } s)
        {
            var section = Sections[s];
            if (RoleOf(s).NotItems is { } reason)
            {
                return (ListRole.NotItems, reason);
            }

            if (section.ParentIndex is { } parent && RoleOf(parent).NotItems is { } parentReason)
            {
                return (ListRole.NotItems, parentReason);
            }

            if (RoleOf(s).Actions)
            {
                _actionsName = section.Title;
                return (ListRole.Actions, null);
            }

            // "## Next steps" then "### Before deployment": the lists of its parts are actions too.
            if (section.ParentIndex is { } outer && RoleOf(outer).Actions)
            {
                _actionsName = Sections[outer].Title;
                return (ListRole.Actions, null);
            }
        }

        return (ListRole.Default, null);
    }

    // What each section's name says (SectionWords), worked out once per section.
    private readonly List<(string? NotItems, bool Actions, bool FrontMatter)?> _sectionRoles = [];

    private (string? NotItems, bool Actions, bool FrontMatter) RoleOf(int section)
    {
        while (_sectionRoles.Count <= section)
        {
            _sectionRoles.Add(null);
        }

        if (_sectionRoles[section] is { } known)
        {
            return known;
        }

        var title = Sections[section].Title;
        var notItems = SectionWords.NotItemsReason(title);
        var actions = SectionWords.IsActions(title);
        // Front matter: an introduction, or a part that lists no checks of its own (references, next steps).
        var role = (notItems, actions, SectionWords.IsIntroduction(title) || notItems is not null || actions);
        _sectionRoles[section] = role;
        return role;
    }

    private bool IsFrontMatter(int section) => RoleOf(section).FrontMatter;

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
        // A symbol first ("✅", "🔴"), then what it stands for: a status or priority word, or anything after "=" or ":".
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || !Rune.TryGetRuneAt(trimmed, 0, out var first) || Rune.GetUnicodeCategory(first) != UnicodeCategory.OtherSymbol)
        {
            return false;
        }

        var afterSymbols = TitleText.StripSymbols(trimmed);
        var meaning = afterSymbols.TrimStart('=', ':', '-', '–', '—', ' ');
        var separated = meaning.Length < afterSymbols.Length;
        return meaning.Length > 0 && meaning.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
            && (separated || Vocabulary.StatusOfCell(meaning) is not null || Vocabulary.PriorityOfCell(meaning) is not null || ScaleLevel.Of(meaning) is not null);
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
        HourRange? estimate = null;
        var title = text;
        if (BoldLead(paragraph) is { } lead && text.IndexOf(lead, StringComparison.Ordinal) is var at and >= 0)
        {
            var rest = text[(at + lead.Length)..].TrimStart(' ', '-', '–', '—', ':').Trim();
            if (rest.Length > 0 && lead.Length >= 3)
            {
                // "✅ **Fix the ESLint config** (1 hour)": the estimate after the lead is the item's.
                var restParts = TitleText.Parse(rest);
                title = text[..(at + lead.Length)];
                estimate = restParts.Estimate;
                details = restParts.Title.Length == 0 ? null : estimate is null ? rest : restParts.Title;
            }
        }

        var parts = TitleText.Parse(title);
        if (parts.Title.Length == 0 || IsProgressSummary(text))
        {
            return;
        }

        var status = StatusMarks.Find(text);
        _softMentions += _actionsFromLeadIn ? 1 : 0;
        var mention = new Mention(MentionKind.ActionLine, Truncate(parts.Title, line, "A task title"), line)
        {
            Section = CurrentSection,
            Phase = CurrentPhase,
            Estimate = parts.Estimate ?? estimate,
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

    [GeneratedRegex(@"^(?:[_.…\-–—\s]{3,}|[‹<\[{(][^›>\]})]{0,60}[›>\]})]|tbd|tba|n/?a)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[^:]{1,40}:\s*(?:✅|✔|❌|⚠|🟢|🟡|🔴|🟠|⛔|⏳|🔄)", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"\s*\(\s*(?i:owner|assignee|assigned to|who)\s*:\s*(?<owner>[^)]{1,100})\)|\s*\(\s*(?<owner>@[\w.-]{1,60})\s*\)|\s+[-–—]\s*(?<owner>@[\w.-]{1,60})\s*$|\s+[–—]\s*(?<owner>\p{Lu}[\w.'-]{1,30}(?: \p{Lu}[\w.'-]{1,30})?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionOwner();

    [GeneratedRegex(@"\s*\(?\s*\b(?:due|by)\s*:?\s*(?<date>\d{4}-\d{2}-\d{2})\s*\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionDue();
}
