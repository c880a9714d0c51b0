using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>Two or more links into the document itself: a table of contents.</summary>
internal sealed class TableOfContentsReader : IListKindReader
{
    public ListKind? Classify(ListInput list, DocumentScan scan) =>
        !list.Boxes && list.Count >= 2 && list.AllLeads(p => p is not null && IsAnchorLink(p))
            ? new ListKind(ListRole.NotItems, "a table of contents") : null;

    private static bool IsAnchorLink(ParagraphBlock paragraph)
    {
        var first = paragraph.Inline?.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        return first is LinkInline { IsImage: false, Url: { } url } && url.StartsWith('#');
    }
}
