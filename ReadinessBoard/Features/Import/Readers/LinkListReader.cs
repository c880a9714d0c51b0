using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>Every line a link and little else: "[Kubernetes probes](https://…) - the reference". Asked after the list's name.</summary>
internal sealed class LinkListReader : IListKindReader
{
    public ListKind? Classify(ListInput list, DocumentScan scan) =>
        !list.Boxes && list.Count >= 2 && list.AllLeads(p => p is not null && IsMostlyLink(p, scan))
            ? new ListKind(ListRole.NotItems, "a list of links") : null;

    private static bool IsMostlyLink(ParagraphBlock paragraph, DocumentScan scan)
    {
        var text = scan.TextOf(paragraph);
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
}
