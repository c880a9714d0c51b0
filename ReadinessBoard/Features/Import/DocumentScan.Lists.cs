using Markdig.Syntax;
using ReadinessBoard.Features.Import.Readers;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// The lists of the document: what each list is (<see cref="IListKindReader"/>) before its lines are read
/// (<see cref="IListLineReader"/>), and how the whole list was read, for the preview. Task boxes are items
/// wherever they are.
/// </summary>
internal sealed partial class DocumentScan
{
    private ListKind _listKind = ListKind.Default;
    private bool _listChosen;
    private int _listNesting;
    // The item each open list level's item became, if any: the one a nested fact belongs to.
    private readonly List<Mention?> _listItemMentions = [];
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
    private readonly ListLine _line = new();

    public List<BlockReading> BlockReadings { get; } = [];

    /// <summary>What the list being read is.</summary>
    public ListKind CurrentList => _listKind;

    /// <summary>The list of the document (or a quote) being read, with the lists nested in it.</summary>
    public ListBlock? TopList { get; private set; }

    /// <summary>How deep the line being read is: 1 for a line of a top-level list.</summary>
    public int ListNesting => _listNesting;

    /// <summary>The item the line one level up became, if any: the item a fact bullet belongs to.</summary>
    public Mention? ParentListItemMention => _listNesting > 1 && _listItemMentions.Count >= _listNesting ? _listItemMentions[_listNesting - 1] : null;

    /// <summary>Bold-lead bullets and lines of a lead-in action list read so far: under a heading with a status line, notes rather than items.</summary>
    public int SoftMentions { get; set; }

    private void SetListItemMention(Mention? mention)
    {
        while (_listItemMentions.Count <= _listNesting)
        {
            _listItemMentions.Add(null);
        }

        _listItemMentions[_listNesting] = mention;
    }

    /// <summary>Says how a block was read, for the preview and the dry run.</summary>
    public void AddBlock(BlockReading reading) => BlockReadings.Add(reading);

    /// <summary>
    /// A name for a block that holds across versions of the document: its shape, the path of its section
    /// and its first words, numbered when one section has two blocks that start alike.
    /// </summary>
    public string Anchor(BlockShape shape, string firstWords, int? section = -1)
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
        _listKind = choice is not null ? new ListKind(choice.AsItems ? ListRole.Actions : ListRole.NotItems)
            : priorityLabel is null ? KindOf(new ListInput(list, previous, this))
            : ListKind.Default;
        _listChosen = choice is not null;
        TopList = list;
        _listNesting++;
        List(list, depth);
        _listNesting--;
        var kind = _listKind;
        _listKind = ListKind.Default;
        _listChosen = false;
        TopList = null;
        void AddBlock(BlockKind blockKind, int items, string reason) =>
            this.AddBlock(new BlockReading(list.Line + 1, blockKind, items, reason) { Shape = BlockShape.List, Anchor = anchor, Chosen = choice is not null });

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
        else if (kind.Role == ListRole.NotItems)
        {
            AddBlock(BlockKind.NotItems, 0, $"{kind.Reason}: never items");
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
            AddBlock(BlockKind.Items, actions, $"an action list under \"{kind.ActionsName}\": one item per line");
        }
        else if (bullets > 0)
        {
            // Whether bold leads are items is known only once the whole document is read (BoldBulletReader.End).
            _readers.BoldBullets.Listed(BlockReadings.Count, before, Mentions.Count);
            AddBlock(BlockKind.Items, bullets, "bullets with a bold lead, in a section without task boxes: one item per bullet");
        }
        else
        {
            AddBlock(BlockKind.NotItems, 0, "a list without boxes, outside an action list or a plan");
        }
    }

    /// <summary>What the first list kind reader that knows says the list is; an ordinary list when none knows.</summary>
    private ListKind KindOf(ListInput list)
    {
        foreach (var reader in _readers.ListKinds)
        {
            if (reader.Classify(list, this) is { } kind)
            {
                return kind;
            }
        }

        return ListKind.Default;
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

    /// <summary>A line of a list: offered to the line readers in turn, then the lists nested in it are walked.</summary>
    private void ListItem(ListItemBlock listItem, int depth)
    {
        if ((_listChosen || _listKind.EvenBoxes) && _listKind.Role == ListRole.NotItems)
        {
            // "This list is not items", or the options of one field: not even its boxes.
            return;
        }

        var paragraph = listItem.Count > 0 ? listItem[0] as ParagraphBlock : null;
        var isTask = false;
        var mentionsBefore = Mentions.Count;
        if (paragraph is not null)
        {
            var line = _line.Reset(listItem, paragraph, TextOf(paragraph), paragraph.Line + 1);
            foreach (var reader in _readers.ListLines)
            {
                if (reader.TryRead(line, this))
                {
                    break;
                }
            }

            if (line.SkipNested)
            {
                return;
            }

            isTask = line.IsTask;
        }

        SetListItemMention(Mentions.Count > mentionsBefore ? Mentions[^1] : null);
        _taskDepth += isTask ? 1 : 0;
        _listItemLead = paragraph;
        Blocks(listItem, depth + 1);
        _taskDepth -= isTask ? 1 : 0;
    }

    // What each section's name says (SectionWords), worked out once per section.
    private readonly List<(string? NotItems, bool Actions, bool FrontMatter)?> _sectionRoles = [];

    /// <summary>What a section's name says it is: never items (and why), an action list, front matter.</summary>
    public (string? NotItems, bool Actions, bool FrontMatter) RoleOf(int section)
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
        var role = (notItems, actions, SectionWords.IsIntroduction(title) || notItems is not null || (actions && !SectionWords.IsChecklist(title)));
        _sectionRoles[section] = role;
        return role;
    }

    /// <summary>An introduction, or a part that lists no checks of its own (references, next steps).</summary>
    public bool IsFrontMatter(int section) => RoleOf(section).FrontMatter;
}
