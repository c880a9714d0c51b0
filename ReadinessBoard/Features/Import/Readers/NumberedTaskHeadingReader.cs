using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A numbered heading that is a task ("### 3. Add rate limiting (4h)"): an estimate or a status in the heading, or
/// fact lines (Impact, Effort, Completed) right below it. What follows until a heading of its level is the task's:
/// fact lines set its fields, other paragraphs are its details, task boxes its subtasks. "## 1. Introduction"
/// stays a section.
/// </summary>
internal sealed class NumberedTaskHeadingReader : IHeadingReader, IParagraphReader
{
    public bool TryRead(HeadingInput heading, DocumentScan scan)
    {
        // Only a numbered heading can be a task: the others are spared the status marks and the look below.
        var text = heading.Text;
        if (scan.InTaskHeading || !TitleText.StartsWithNumber(text))
        {
            return false;
        }

        var status = StatusMarks.Find(text);
        if (!IsTask(heading, status, scan) || TitleText.Parse(text) is not { Title.Length: > 0 } parts)
        {
            return false;
        }

        scan.OpenTaskHeading(new Mention(MentionKind.Heading, scan.Truncate(parts.Title, heading.Line, "A task title"), heading.Line)
        {
            Number = parts.Number,
            Section = scan.CurrentSection,
            Phase = scan.CurrentPhase,
            Estimate = parts.Estimate,
            Status = status,
            Authority = status is null ? 0 : Mention.Authorities.Explicit,
            StatusWhere = "its heading",
        }, heading.Level);
        return true;
    }

    /// <summary>A paragraph under the open task heading: its fact lines set the task's fields, anything else is its details.</summary>
    public bool TryRead(ParagraphBlock paragraph, DocumentScan scan)
    {
        if (scan.TaskHeading is not { } item)
        {
            return false;
        }

        // A line of facts starts with its first key ("**Impact:** High | **Effort:** Low"); other lines, the task's
        // subtasks among them, are spared the look for keys.
        var any = false;
        if (paragraph.Inline?.FirstChild is EmphasisInline)
        {
            foreach (var (key, value) in scan.MetaPairs(paragraph, Facts.TaskHeadingKeys))
            {
                any |= Facts.Apply(item, key, value);
            }
        }

        if (!any)
        {
            scan.AppendTaskDetails(scan.TextOf(paragraph));
        }

        return true;
    }

    private static bool IsTask(HeadingInput heading, ItemStatus? status, DocumentScan scan)
    {
        if (HourRange.Find(heading.Text) is not null)
        {
            return true;
        }

        var container = heading.Container;
        var holdsParts = false;
        for (var next = heading.Index + 1; next < container.Count; next++)
        {
            if (container[next] is HeadingBlock sub)
            {
                // "## 2. Quality Gates ✅" over sub-headings or a table of its own checks is a section that says it is done.
                holdsParts |= sub.Level > heading.Level;
                break;
            }

            holdsParts |= container[next] is Table;
            if (next <= heading.Index + 4 && container[next] is ParagraphBlock { Inline.FirstChild: EmphasisInline } paragraph
                && scan.MetaPairs(paragraph, Facts.TaskHeadingKeys).Count > 0)
            {
                return true;
            }
        }

        return status is not null && !holdsParts;
    }
}
