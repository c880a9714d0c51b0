using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>What a list is, before its lines are read.</summary>
internal enum ListRole
{
    /// <summary>An ordinary list: its task boxes, plan lines and bold leads are read line by line.</summary>
    Default,

    /// <summary>An action list (Next steps, Remediation, TODO): every line is a thing to do.</summary>
    Actions,

    /// <summary>A list that never holds items: a table of contents, references, a legend, a status summary.</summary>
    NotItems,
}

/// <summary>What a list is and why: the reason a list is never items, or the name of the action list it is.</summary>
/// <remarks>Task boxes are items whatever the list is, unless <paramref name="EvenBoxes"/>: the options of one field ("- [ ] High").</remarks>
internal readonly record struct ListKind(ListRole Role, string? Reason = null, string? ActionsName = null, bool FromLeadIn = false, bool EvenBoxes = false)
{
    public static ListKind Default => new(ListRole.Default);
}

/// <summary>A list of the document (not one nested in a list item), as the list kind readers see it.</summary>
internal sealed class ListInput(ListBlock list, Block? previous, DocumentScan scan)
{
    private List<ParagraphBlock?>? _leads;
    private List<string>? _texts;
    private bool? _boxes;

    public ListBlock List { get; } = list;

    /// <summary>The block right above the list: a lead-in such as "Current system will:" or "**Next steps:**".</summary>
    public Block? Previous { get; } = previous;

    /// <summary>How many items the list has.</summary>
    public int Count => List.Count;

    /// <summary>The first paragraph of each of its items (null for an item that starts otherwise). Made when first asked for.</summary>
    public List<ParagraphBlock?> Leads => _leads ??= List.OfType<ListItemBlock>().Select(i => i.Count > 0 ? i[0] as ParagraphBlock : null).ToList();

    /// <summary>Every item starts with a task box: the list is items whatever its lines look like.</summary>
    // Found without making the leads: most lists of a long checklist are boxes, and most readers ask this first.
    public bool Boxes => _boxes ??= AllBoxes(List);

    /// <summary>The plain text of each item's first paragraph.</summary>
    public List<string> Texts => _texts ??= Leads.ConvertAll(p => p is null ? "" : scan.TextOf(p));

    // The readers that look at every line stop at the first that does not fit: a long list of plain lines is
    // then read one line deep, not copied whole for each of them.

    /// <summary>Whether every item's first paragraph fits (a missing one is null).</summary>
    public bool AllLeads(Func<ParagraphBlock?, bool> fits)
    {
        foreach (var block in List)
        {
            if (block is ListItemBlock item && !fits(item.Count > 0 ? item[0] as ParagraphBlock : null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every item's text fits.</summary>
    public bool AllTexts(Func<string, bool> fits) => AllLeads(p => fits(p is null ? "" : scan.TextOf(p)));

    /// <summary>Whether at least half the items' texts fit.</summary>
    public bool HalfTheTexts(Func<string, bool> fits)
    {
        var misses = 0;
        var allowed = Count / 2;
        return AllLeads(p => fits(p is null ? "" : scan.TextOf(p)) || ++misses <= allowed);
    }

    private static bool AllBoxes(ListBlock list)
    {
        foreach (var block in list)
        {
            if (block is ListItemBlock item && (item.Count == 0 || item[0] is not ParagraphBlock { Inline.FirstChild: TaskList }))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// A reader that tells what a list is from its lines or from what stands above it: a table of contents, a
/// status summary, an action list. The scan asks the readers in turn (<see cref="DocumentReaders.ListKinds"/>);
/// the first that knows decides. A list none knows is an ordinary list.
/// </summary>
internal interface IListKindReader
{
    /// <summary>What the list is, or null when this reader does not know.</summary>
    ListKind? Classify(ListInput list, DocumentScan scan);
}

/// <summary>
/// One line of a list: its item, its first paragraph and that paragraph's text. The scan reuses one for every line
/// (<see cref="Reset"/>): the readers read it while it is offered and keep nothing of it.
/// </summary>
internal sealed class ListLine
{
    private string? _boldLead;
    private bool _boldLeadFound;

    public ListItemBlock Item { get; private set; } = null!;

    public ParagraphBlock Paragraph { get; private set; } = null!;

    public string Text { get; private set; } = "";

    /// <summary>The line number in the document (1-based).</summary>
    public int Line { get; private set; }

    /// <summary>The line was a task: boxes in the lines nested under it are its subtasks.</summary>
    public bool IsTask { get; set; }

    /// <summary>The reader has read the lines nested under this one too: the scan does not walk them.</summary>
    public bool SkipNested { get; set; }

    /// <summary>The bold text the line starts with (<see cref="LineShapes.BoldLead"/>), found once for all the readers that ask.</summary>
    public string? BoldLead
    {
        get
        {
            if (!_boldLeadFound)
            {
                _boldLead = LineShapes.BoldLead(Paragraph);
                _boldLeadFound = true;
            }

            return _boldLead;
        }
    }

    public ListLine Reset(ListItemBlock item, ParagraphBlock paragraph, string text, int line)
    {
        (Item, Paragraph, Text, Line) = (item, paragraph, text, line);
        (IsTask, SkipNested, _boldLead, _boldLeadFound) = (false, false, null, false);
        return this;
    }

    /// <summary>Lets go of the last line's blocks, which reach the whole syntax tree.</summary>
    public void Clear()
    {
        (Item, Paragraph, Text) = (null!, null!, "");
        (_boldLead, _boldLeadFound) = (null, false);
    }
}

/// <summary>
/// A reader of one kind of list line (a task box, a plan line, an action, a fact, a bold-lead bullet). The scan
/// offers each line to the readers in turn (<see cref="DocumentReaders.ListLines"/>); the first that claims it
/// reads it. A reader may claim a line to say it is none of the others' (a line of a legend, say) and read nothing.
/// </summary>
internal interface IListLineReader
{
    /// <summary>True when the line is this reader's (whether or not it made an item of it).</summary>
    bool TryRead(ListLine line, DocumentScan scan);
}
