using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>Shapes of a line that several readers look for: a bold lead, a bold label, a progress summary, a paragraph's own lines.</summary>
internal static partial class LineShapes
{
    /// <summary>The bold text a line starts with, after its task box and any status symbols: "❌ **Cold Storage** - …".</summary>
    public static string? BoldLead(ParagraphBlock paragraph)
    {
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is EmphasisInline { DelimiterCount: 2 } strong)
            {
                return MarkdownText.Of(strong);
            }

            if (inline is Markdig.Extensions.TaskLists.TaskList)
            {
                continue;
            }

            if (inline is not LiteralInline literal || TitleText.Clean(literal.Content.ToString()).Length > 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The text of inlines that are a bold label and nothing else: "**Day 1-2 (COMPLETED ✅):**".</summary>
    public static string? BoldLabel(List<Inline> inlines)
    {
        if (inlines.Count == 0 || inlines[0] is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return null;
        }

        var tail = string.Concat(inlines.Skip(1).Select(i => i is ContainerInline c ? MarkdownText.Of(c) : MarkdownText.OfLeaf(i))).Trim();
        return tail.Length == 0 || tail == ":" ? MarkdownText.Of(strong).TrimEnd(':').Trim() : null;
    }

    /// <summary>A paragraph's lines: their inlines, their text and their line number in the document.</summary>
    public static List<(List<Inline> Inlines, string Text, int Line)> ParagraphLines(ParagraphBlock paragraph)
    {
        var lines = new List<(List<Inline> Inlines, string Text, int Line)>();
        var current = new List<Inline>();
        var line = paragraph.Line + 1;
        void Flush()
        {
            var text = string.Concat(current.Select(i => i is ContainerInline c ? MarkdownText.Of(c) : MarkdownText.OfLeaf(i))).Trim();
            lines.Add((current, text, line));
            current = [];
        }

        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LineBreakInline)
            {
                Flush();
                line++;
            }
            else
            {
                current.Add(inline);
            }
        }

        Flush();
        return lines;
    }

    private static readonly HashSet<string> s_callouts = new(StringComparer.OrdinalIgnoreCase)
    {
        "stop", "note", "nb", "warning", "caution", "important", "tip", "hint", "info", "attention", "danger", "example",
    };

    /// <summary>
    /// "**STOP**: …", "**Note:** …", "**WARNING** …": a bold lead that calls attention to the line, no task's name. It is
    /// set off by a colon or an exclamation mark, or written in capitals: "**Stop** the cron jobs" is a task.
    /// </summary>
    public static bool IsCallout(string lead, string text)
    {
        var word = TitleText.Clean(lead).TrimEnd(':', '!').Trim();
        if (!s_callouts.Contains(word))
        {
            return false;
        }

        var at = text.IndexOf(lead, StringComparison.Ordinal);
        var after = at < 0 ? "" : text[(at + lead.Length)..].TrimStart();
        return lead.TrimEnd().EndsWith(':') || lead.TrimEnd().EndsWith('!') || after.StartsWith(':') || after.StartsWith('!')
            || word.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    private static readonly HashSet<string> s_when = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "today", "tonight", "tomorrow", "immediately", "immediate", "asap", "urgent", "this week", "next week", "this sprint",
        "next sprint", "this month", "next month", "this quarter", "next quarter", "later", "soon", "short term", "short-term",
        "medium term", "medium-term", "long term", "long-term", "before launch", "after launch", "pre-launch", "post-launch",
        "hoy", "mañana", "esta semana", "próxima semana",
    };

    /// <summary>
    /// "**Today:** Rotate the leaked deploy key", "**Week 3:** Run the failover drill": a bold label that says when,
    /// and the words after it, which say what. The phase the label names, if it names one. Null for other lines.
    /// </summary>
    public static (string What, PhaseLabel? Phase)? WhenLead(string? lead, string text)
    {
        if (lead is null || text.IndexOf(lead, StringComparison.Ordinal) is not (var at and >= 0))
        {
            return null;
        }

        var after = text[(at + lead.Length)..];
        if (!lead.TrimEnd().EndsWith(':') && !after.TrimStart().StartsWith(':'))
        {
            return null;
        }

        var label = TitleText.StripSymbols(lead).TrimEnd(':', ' ').Trim();
        var rest = after.TrimStart(' ', ':', '-', '–', '—').Trim();
        if (rest.Length == 0 || label.Length > 40)
        {
            return null;
        }

        var phase = PhaseLabel.Find(label);
        return phase is not null || s_when.Contains(label) ? (rest, phase) : null;
    }

    /// <summary>"[x] Quick Wins: 3/7 completed (43%)": a line that sums up the tasks below it, no task of its own.</summary>
    // Both shapes of a progress summary hold a slash: most lines are spared the pattern.
    public static bool IsProgressSummary(string text) => text.Contains('/') && ProgressSummary().IsMatch(text);

    /// <summary>The text of a line that reads as a list line inside a paragraph ("5. Load test"), or null.</summary>
    public static string? ListLineText(string text) => ListLine().Match(text) is { Success: true } item ? item.Groups["text"].Value : null;

    [GeneratedRegex(@"\b\d+\s*/\s*\d+\s+(completed|complete|done)\b|\(\s*\d+\s*/\s*\d+\s*(completed|complete|done)?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressSummary();

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|[-*+])\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListLine();
}
