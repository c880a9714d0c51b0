using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

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
