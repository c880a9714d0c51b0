using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import;

/// <summary>Plain text of Markdig inlines, as a reader sees it: no markup, one line, single spaces.</summary>
internal static class MarkdownText
{
    // One builder per thread, reused: the text of every heading, paragraph and cell goes through here.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = Rent();
        new Writer(builder).Append(inline);
        return Return(builder);
    }

    /// <summary>The text of a single inline that holds no others.</summary>
    public static string OfLeaf(Inline inline)
    {
        // Most leaves are literals: their text as it stands, without a builder.
        if (inline is LiteralInline literal)
        {
            return literal.Content.ToString();
        }

        var builder = Rent();
        new Writer(builder, collapse: false).Append(inline);
        return Return(builder);
    }

    private static StringBuilder Rent()
    {
        var builder = t_builder ?? new StringBuilder(256);
        t_builder = null;
        return builder;
    }

    private static string Return(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= 8192)
        {
            builder.Clear();
            t_builder = builder;
        }

        return text;
    }

    /// <summary>Whether all the words of the inlines are struck through (<c>~~like this~~</c>).</summary>
    /// <summary>Whether the inline's words are all in bold (<c>**Quick Wins**</c>), as a group row's are.</summary>
    public static bool IsBold(ContainerInline? inline)
    {
        var bold = false;
        for (var child = inline?.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 2 })
            {
                bold = true;
            }
            else if (OfLeaf(child).Trim().Length > 0)
            {
                return false;
            }
        }

        return bold;
    }

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

    private static readonly HashSet<string> s_htmlTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "br", "code", "del", "details", "div", "em", "font", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
        "pre", "s", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "td", "th", "tr", "u", "ul", "center",
        "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "picture", "source", "video", "audio", "input", "label", "section",
    };

    /// <summary>"&lt;pod-name&gt;", "&lt;current_tag&gt;": an opening tag without attributes that no HTML element has.</summary>
    private static bool IsPlaceholder(string tag) =>
        tag.Length > 2 && tag[0] == '<' && tag[^1] == '>' && tag[1] != '/' && tag[1] != '!' && !tag.Contains(' ', StringComparison.Ordinal)
        && !tag.Contains('=', StringComparison.Ordinal) && !s_htmlTags.Contains(tag[1..^1].TrimEnd('/'));

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
                case HtmlInline html when IsPlaceholder(html.Tag):
                    // "kubectl logs <pod-name>": a placeholder to fill in, not markup.
                    Text(html.Tag);
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

            // Runs of visible characters are appended whole; each run of white space becomes one space.
            while (true)
            {
                var blank = text.IndexOfAny(BlankText.Chars);
                if (blank < 0)
                {
                    Visible(text);
                    return;
                }

                Visible(text[..blank]);
                _space = builder.Length > 0;
                text = text[(blank + 1)..];
            }
        }

        private void Visible(ReadOnlySpan<char> run)
        {
            if (run.IsEmpty)
            {
                return;
            }

            if (_space)
            {
                builder.Append(' ');
                _space = false;
            }

            builder.Append(run);
        }
    }
}
