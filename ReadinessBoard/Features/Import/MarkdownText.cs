using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import;

/// <summary>Plain text of Markdig inlines, as a reader sees it: no markup, one line, single spaces.</summary>
internal static class MarkdownText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var writer = new Writer(new StringBuilder());
        writer.Append(inline);
        return writer.ToString();
    }

    /// <summary>The text of a single inline that holds no others.</summary>
    public static string OfLeaf(Inline inline)
    {
        var writer = new Writer(new StringBuilder(), collapse: false);
        writer.Append(inline);
        return writer.ToString();
    }

    /// <summary>Whether all the words of the inlines are struck through (<c>~~like this~~</c>).</summary>
    public static bool IsStruck(ContainerInline? inline)
    {
        if (inline is null)
        {
            return false;
        }

        var struck = false;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is EmphasisInline { DelimiterChar: '~', DelimiterCount: 2 })
            {
                struck = true;
            }
            else if (OfLeaf(child).Trim().Length > 0)
            {
                return false;
            }
        }

        return struck;
    }

    /// <summary>Writes text as it goes, folding every run of white space and control characters into one space.</summary>
    private struct Writer(StringBuilder builder, bool collapse = true)
    {
        private bool _space;

        public void Append(Inline inline)
        {
            switch (inline)
            {
                case TaskList:
                    break;
                case LiteralInline literal:
                    Text(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    Text(code.Content);
                    break;
                case LineBreakInline:
                    Text(" ");
                    break;
                case HtmlEntityInline entity:
                    Text(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    Text(autolink.Url);
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        Append(child);
                    }

                    break;
            }
        }

        private void Text(ReadOnlySpan<char> text)
        {
            if (!collapse)
            {
                builder.Append(text);
                return;
            }

            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch) || char.IsControl(ch))
                {
                    _space = builder.Length > 0;
                    continue;
                }

                if (_space)
                {
                    builder.Append(' ');
                    _space = false;
                }

                builder.Append(ch);
            }
        }

        public override readonly string ToString() => builder.ToString();
    }
}
