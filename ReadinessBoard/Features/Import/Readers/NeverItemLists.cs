using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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

/// <summary>"Database: ✅ Running", "Cache: ⚠️ degraded": most lines a component and its state, a status summary.</summary>
internal sealed partial class StatusSummaryReader : IListKindReader
{
    public ListKind? Classify(ListInput list, DocumentScan scan) =>
        !list.Boxes && list.Count >= 2 && list.HalfTheTexts(t => StatusLine().IsMatch(t))
            ? new ListKind(ListRole.NotItems, "a status summary") : null;

    [GeneratedRegex(@"^[^:]{1,40}:\s*(?:✅|✔|❌|⚠|🟢|🟡|🔴|🟠|⛔|⏳|🔄)", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();
}

/// <summary>"✅ = done", "⬜ Not started", "🔴 Critical": every line a symbol and what it stands for, a legend.</summary>
internal sealed class LegendReader : IListKindReader
{
    public ListKind? Classify(ListInput list, DocumentScan scan) =>
        !list.Boxes && list.Count >= 2 && list.AllTexts(IsLegendLine)
            ? new ListKind(ListRole.NotItems, "a legend") : null;

    private static bool IsLegendLine(string text) => IsSymbolLegendLine(text) || IsLabelledLegendLine(text);

    /// <summary>"✅ Pass: the criterion is met", "N/A: the criterion does not apply": a status and what it means.</summary>
    private static bool IsLabelledLegendLine(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 30 || colon == text.Length - 1)
        {
            return false;
        }

        var label = TitleText.StripSymbols(text[..colon]).Trim();
        return label.Length > 0 && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
            && (Vocabulary.StatusOfCell(label) is not null || Vocabulary.PriorityOfCell(label) is not null);
    }

    private static bool IsSymbolLegendLine(string text)
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
}

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
