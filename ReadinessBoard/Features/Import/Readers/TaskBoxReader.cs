using System.Text.RegularExpressions;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A task box (<c>- [ ]</c>, <c>- [x]</c>, GitLab's <c>- [~]</c>): one item, wherever it stands, nested under the
/// task above it. A badge image or a coloured circle before the text is its priority.
/// </summary>
internal sealed partial class TaskBoxReader : IListLineReader
{
    private const string NotApplicableMark = "[~]";

    public bool TryRead(ListLine line, DocumentScan scan)
    {
        var text = line.Text;
        ItemStatus status;
        if (State(line.Paragraph, scan.Source) is { } box)
        {
            status = box;
            text = box == ItemStatus.NotApplicable ? text[NotApplicableMark.Length..].TrimStart() : text;
        }
        else if (scan.CurrentList.Role != ListRole.NotItems && Ballot(text) is { } ballot)
        {
            // "- ☐ Restore rehearsed": a box drawn with the ballot-box character (not in a legend).
            (status, text) = ballot;
        }
        else
        {
            return false;
        }

        var (withoutBadges, priority) = Markers(line.Paragraph, text);
        // Only a line that ends like a placeholder or a role's bracket ("…]", "____", "TBD") needs its bold lead read.
        var (title, owner) = EndsLikeAField(withoutBadges) ? Field(line.BoldLead, withoutBadges) : (withoutBadges, null);
        line.IsTask = Task(title, status, line.Line, priority, owner, scan);
        return true;
    }

    private static bool EndsLikeAField(string text)
    {
        var end = text.AsSpan().TrimEnd();
        return end.Length > 0 && (end[^1] is ']' or '›' or '>' or '_' or '}'
            || end.EndsWith("TBD", StringComparison.OrdinalIgnoreCase) || end.EndsWith("TBA", StringComparison.OrdinalIgnoreCase)
            || end.EndsWith("N/A", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "[Release Lead] [Freeze the release branch]": the action, owned by the role. "**Checkout latency SLI**: [Definition, e.g. …]":
    /// a template's field, titled by its name, the placeholder after it no part of the title.
    /// </summary>
    private static (string Title, string? Owner) Field(string? boldLead, string text)
    {
        if (RoleAction().Match(text) is { Success: true } role)
        {
            return (role.Groups["action"].Value.Trim(), role.Groups["role"].Value.Trim());
        }

        if (boldLead is { } lead && text.IndexOf(lead, StringComparison.Ordinal) is var at and >= 0
            && text[(at + lead.Length)..].Trim().TrimStart(':').Trim() is { Length: > 0 } after && after[0] != '(' && FactBulletReader.Placeholder().IsMatch(after))
        {
            return (lead.TrimEnd(':').Trim(), null);
        }

        return (text, null);
    }

    private static ItemStatus? State(ParagraphBlock paragraph, string source)
    {
        if (paragraph.Inline?.FirstChild is TaskList task)
        {
            return task.Checked ? ItemStatus.Done : ItemStatus.Open;
        }

        // GitLab's "[~]" (not applicable) is no task list to Markdig: read it from the source itself.
        var start = paragraph.Span.Start;
        return start >= 0 && source.AsSpan(start).StartsWith(NotApplicableMark) ? ItemStatus.NotApplicable : null;
    }

    /// <summary>"☐ Retention period written down", "☑ Done already": the status a ballot box at the start says, and the text after it.</summary>
    public static (ItemStatus Status, string Text)? Ballot(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.Length > 1 && start[0] is '☐' or '☑' or '☒' && start[1..].TrimStart() is { Length: > 0 } rest
            ? (start[0] == '☐' ? ItemStatus.Open : ItemStatus.Done, rest.ToString())
            : null;
    }

    /// <summary>Adds a task item; false when it is no task (empty, or a progress summary).</summary>
    public static bool Task(string text, ItemStatus status, int line, string? priority, string? owner, DocumentScan scan)
    {
        if (text.Length == 0)
        {
            scan.Warnings.Add(new ImportWarning(line, "A task without a title was skipped."));
            return false;
        }

        // "[x] Quick Wins: 3/7 completed (43%)" sums up the tasks below it; it is no task of its own.
        if (LineShapes.IsProgressSummary(text))
        {
            return false;
        }

        var parts = TitleText.Parse(text);
        var title = parts.Title.Length > 0 ? parts.Title : TitleText.Clean(text);
        if (title.Length == 0)
        {
            title = text;
        }

        if (scan.CurrentSection is { } section)
        {
            scan.SectionsWithTasks.Add(section);
        }

        scan.AddMention(new Mention(MentionKind.Task, scan.Truncate(title, line, "A task title"), line)
        {
            Number = parts.Number,
            Section = scan.CurrentSection,
            Phase = scan.CurrentPhase,
            // Under a numbered task heading, a box is a subtask: one level below the heading's item.
            Depth = scan.TaskDepth + (scan.InTaskHeading ? 1 : 0),
            Estimate = parts.Estimate,
            Status = status,
            Authority = Mention.Authorities.Explicit,
            StatusWhere = "its task box",
            UnderTaskHeading = scan.InTaskHeading,
            Priority = priority,
            Owner = owner,
        });
        return true;
    }

    /// <summary>
    /// A task's priority marker and its text without it: a badge image whose alt text or address names a
    /// priority (<c>![Priority: High](https://img.shields.io/badge/priority-high-red)</c>), or a coloured circle
    /// the task starts with (🔴 🟡 🟢), which is its priority, not its status.
    /// </summary>
    private static (string Text, string? Priority) Markers(ParagraphBlock paragraph, string text)
    {
        string? priority = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsImage: true } image)
            {
                var alt = MarkdownText.Of(image);
                var named = Vocabulary.PriorityOfCell(alt) ?? Vocabulary.PriorityOfCell(BadgeWords(image.Url));
                if (named is not null)
                {
                    priority ??= named;
                    text = alt.Length > 0 && text.IndexOf(alt, StringComparison.Ordinal) is var at and >= 0 ? text.Remove(at, alt.Length).Trim() : text;
                }
            }
        }

        // "- [ ] **CRITICAL**: Rotate the key", "- [ ] **P1:** Add the alert": a bold priority before a colon ranks the task.
        if (priority is null && FirstWords(paragraph) is EmphasisInline { DelimiterCount: 2 } strong
            && MarkdownText.Of(strong).Trim() is { Length: > 0 and <= 20 } lead
            && text.AsSpan().TrimStart().StartsWith(lead, StringComparison.Ordinal)
            && text.AsSpan().TrimStart()[lead.Length..].TrimStart() is var after
            && (lead.EndsWith(':') ? after.Length > 0 : after.StartsWith(":") && after.Length > 1)
            && lead.TrimEnd(':').Trim() is var word && word.Split(' ').Length <= 2 && Vocabulary.PriorityOfCell(word) is { } ranked)
        {
            priority = ranked;
            text = (lead.EndsWith(':') ? after : after[1..]).Trim().ToString();
        }

        var start = text.AsSpan().TrimStart();
        if (priority is null && start.Length >= 2 && start[..2] is "🔴" or "🟠" or "🟡" or "🟢" or "🔵")
        {
            priority = Vocabulary.PriorityOfCell(start[..2].ToString());
        }

        return (text, priority);
    }

    /// <summary>The first inline after the box and the spaces around it.</summary>
    private static Inline? FirstWords(ParagraphBlock paragraph)
    {
        var inline = paragraph.Inline?.FirstChild;
        while (inline is TaskList || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
        {
            inline = inline.NextSibling;
        }

        return inline;
    }

    /// <summary>The words of a badge's address: ".../badge/priority-high-red" is "priority high red".</summary>
    private static string BadgeWords(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        var path = url.Split('?')[0];
        var name = path[(path.LastIndexOf('/') + 1)..];
        return Uri.UnescapeDataString(name).Replace('-', ' ').Replace('_', ' ');
    }

    [GeneratedRegex(@"^\[(?<role>[^\[\]]{1,40})\]\s*\[(?<action>[^\[\]]{2,})\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleAction();
}
