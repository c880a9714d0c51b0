using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// Lines under a numbered task heading: the heading's details, read as the walk goes on (a line of facts sets
/// them, any other joins the details). Claimed here so that no later reader makes an item of them.
/// </summary>
internal sealed class TaskHeadingLines : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan) => scan.InTaskHeading;
}

/// <summary>Lines of a list that is never items (references, a legend, consequences): claimed, and nothing read.</summary>
internal sealed class NeverItemLines : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan) => scan.CurrentList.Role == ListRole.NotItems;
}

/// <summary>
/// "1. **Quick smoke test:**" over a list of its own: a label of the lines below it, which are the items. It is
/// no item itself.
/// </summary>
internal sealed class GroupLabelLines : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan) =>
        line.Item.Count > 1 && line.Item[1] is ListBlock && line.Text.TrimEnd().EndsWith(':')
        && line.BoldLead is { } lead
        && TitleText.StripSymbols(line.Text).TrimEnd(':', ' ').Length <= TitleText.StripSymbols(lead).TrimEnd(':', ' ').Length;
}
