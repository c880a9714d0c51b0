using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import;

/// <summary>Plain text of Markdig inlines, as a reader sees it: no markup, one line.</summary>
internal static class MarkdownText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        Append(builder, inline);
        return Collapse(builder);
    }

    /// <summary>The text of a single inline that holds no others.</summary>
    public static string OfLeaf(Inline inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString();
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

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case TaskList:
                break;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                break;
        }
    }

    private static string Collapse(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var space = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var ch = builder[i];
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(ch);
        }

        return result.ToString();
    }
}
