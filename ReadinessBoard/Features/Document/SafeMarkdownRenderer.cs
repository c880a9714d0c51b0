using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Document;

/// <summary>
/// Renders a board's source markdown as HTML that is safe to put on a page. Pure: no database, no UI.
/// Raw HTML in the document is shown as text; a link or an image keeps its URL only with an allowed
/// scheme, and otherwise becomes its words. Each top-level block is wrapped in an element with the id
/// <c>L{line}</c> and <c>data-line</c>, its one-based line in the source.
/// </summary>
public static class SafeMarkdownRenderer
{
    // Immutable and thread-safe: built once, shared by every render. An explicit list rather than
    // UseAdvancedExtensions: generic attributes ({onclick=…}) and media links (iframes) would let a
    // document add markup of its own.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseAutoLinks()
        // GitHub-style heading ids, without turning a bare [Heading] into a link.
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    private static readonly string[] s_linkSchemes = ["http://", "https://", "mailto:"];
    private static readonly string[] s_imageSchemes = ["http://", "https://"];

    /// <summary>The element id of the block that starts on a one-based source line, for <c>#L42</c> links.</summary>
    public static string LineAnchor(int line) => $"L{line}";

    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, s_pipeline);
        Neutralize(document);
        AnchorNestedLines(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        s_pipeline.Setup(renderer);
        foreach (var block in document)
        {
            if (block is LinkReferenceDefinitionGroup)
            {
                // Renders nothing; its definitions already live in the links that use them.
                continue;
            }

            var line = block.Line + 1;
            renderer.Write($"<div class=\"rb-doc-block\" id=\"{LineAnchor(line)}\" data-line=\"{line}\">");
            renderer.Render(block);
            renderer.WriteLine("</div>");
        }

        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Decides on the URL as the browser will read it: a prefix check, so an entity, a reference
    /// definition or odd casing cannot smuggle <c>javascript:</c> past it.
    /// </summary>
    private static void Neutralize(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (!HasScheme(url, link.IsImage ? s_imageSchemes : s_linkSchemes))
            {
                // Keep the words (an image's alt text), drop the link.
                link.MoveChildrenAfter(link);
                link.Remove();
            }
            else if (link.IsImage)
            {
                // The pages load images from this app only (the Content-Security-Policy's img-src): a web
                // image is a link to it instead, so opening a document never tells a third party who read
                // it and when. Inside a link, where a link cannot go, it is its alt text.
                if (InsideALink(link))
                {
                    link.MoveChildrenAfter(link);
                    link.Remove();
                    continue;
                }

                link.IsImage = false;
                if (link.FirstChild is null)
                {
                    link.AppendChild(new LiteralInline(url!));
                }

                link.GetAttributes().AddClass("rb-doc-image-link");
                OpenOutside(link, url!);
            }
            else
            {
                OpenOutside(link, url!);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !HasScheme(autolink.Url, s_linkSchemes))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else if (!autolink.IsEmail)
            {
                OpenOutside(autolink, autolink.Url);
            }
        }
    }

    /// <summary>
    /// List items and table rows get <c>L{line}</c> ids too, so an item found in the middle of a list
    /// or a table links to its own line; the first line of a block already has its wrapper's id.
    /// </summary>
    private static void AnchorNestedLines(MarkdownDocument document)
    {
        var taken = document.Select(b => b.Line).ToHashSet();
        foreach (var block in document.Descendants().OfType<Block>())
        {
            if (block is ListItemBlock or Markdig.Extensions.Tables.TableRow && taken.Add(block.Line))
            {
                block.GetAttributes().Id = LineAnchor(block.Line + 1);
            }
        }
    }

    private static bool InsideALink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: false })
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasScheme(string? url, string[] schemes) =>
        url is not null && schemes.Any(scheme => url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    private static void OpenOutside(Inline link, string url)
    {
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var attributes = link.GetAttributes();
        attributes.AddPropertyIfNotExist("target", "_blank");
        attributes.AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
    }
}
