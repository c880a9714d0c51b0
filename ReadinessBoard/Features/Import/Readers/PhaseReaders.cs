using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A heading that names a phase of the plan in the document's own scheme (<see cref="PhaseLabel"/>): "## Week 1",
/// "### Day 3-5", "## T-7 days", "### 10:00 AM" inside a day. What is under it is in that phase.
/// </summary>
internal sealed class PhaseHeadingReader : IHeadingReader
{
    public bool TryRead(HeadingInput heading, DocumentScan scan)
    {
        if (PhaseOf(heading.Text, scan) is not { } label || UnderNeverItems(heading, scan))
        {
            return false;
        }

        scan.OpenHeadingPhase(label, heading.Level, heading.Text, heading.Line);
        return true;
    }

    /// <summary>"## Success criteria" then "### Week 1": targets for that week, not a phase of work.</summary>
    private static bool UnderNeverItems(HeadingInput heading, DocumentScan scan)
    {
        for (var at = scan.Sections[heading.Section].ParentIndex; at is { } i; at = scan.Sections[i].ParentIndex)
        {
            if (scan.RoleOf(i).NotItems is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The phase a heading or a bold label names. An hour slot ("10:00 AM") is a step of the day it stands
    /// in; outside a day it is a phase only when the label starts with it ("### 10:00 AM: cut over").
    /// </summary>
    public static PhaseLabel? PhaseOf(string text, DocumentScan scan)
    {
        var label = PhaseLabel.Find(text);
        if (label is not { IsSlot: true })
        {
            return label;
        }

        var open = scan.HeadingPhase;
        var day = open?.Label;
        if (day is { IsSlot: true })
        {
            day = open!.ParentIndex is { } parent ? scan.Phases[parent].Label : null;
        }

        // "10:00 AM: cut over" starts with its time; "T-30 minutes" counts to the launch, whose day it is on.
        var start = text.AsSpan().TrimStart();
        var startsWithTime = start.Length > 0 && char.IsAsciiDigit(start[0]);
        return day is not null || startsWithTime || label.Name.StartsWith('T') ? label.Within(day) : null;
    }
}

/// <summary>
/// A paragraph that is a bold label and nothing else: "**Day 3-5:**" opens a phase until the next heading,
/// "**Critical:**" makes the list below it a priority list. Lines below the label in the same paragraph (a list
/// that could not interrupt it) are read as that phase's or list's lines.
/// </summary>
internal sealed class BoldLabelReader : IParagraphReader
{
    public bool TryRead(ParagraphBlock paragraph, DocumentScan scan)
    {
        if (paragraph.Inline?.FirstChild is not EmphasisInline)
        {
            return false;
        }

        var lines = LineShapes.ParagraphLines(paragraph);
        if (LineShapes.BoldLabel(lines[0].Inlines) is not { } label || !Label(label, paragraph.Line + 1, scan))
        {
            // A list line's lead was read as a line already: "- **Phase 1:** 3-5 days" is no phase of the lines after it.
            return !ReferenceEquals(paragraph, scan.ListItemLead) && LabelWithWords(lines[0].Inlines, paragraph.Line + 1, scan);
        }

        // "**Day 3-5:**" may head the lines below it when a list starting at 5 cannot interrupt the paragraph
        // (CommonMark): those lines are list lines all the same.
        foreach (var (_, text, at) in lines.Skip(1))
        {
            if (LineShapes.ListLineText(text) is not { } item)
            {
                continue;
            }

            if (scan.PriorityLabel is { } priority)
            {
                scan.AddPriorityName(priority.Priority, item, at);
            }
            else if (scan.CurrentPhase is { } phase)
            {
                PlanLineReader.Read(item, phase, at, scan);
            }
        }

        return true;
    }

    /// <summary>"**Week 1**: Prove the new infrastructure": a phase label with its goal after it opens that phase.</summary>
    private static bool LabelWithWords(List<Inline> inlines, int line, DocumentScan scan)
    {
        if (inlines is not [EmphasisInline { DelimiterCount: 2 } strong, ..])
        {
            return false;
        }

        var label = MarkdownText.Of(strong).Trim();
        var tail = string.Concat(inlines.Skip(1).Select(i => i is ContainerInline c ? MarkdownText.Of(c) : MarkdownText.OfLeaf(i))).Trim();
        if (!label.EndsWith(':') && !tail.StartsWith(':'))
        {
            return false;
        }

        label = label.TrimEnd(':').Trim();
        if (label.Length > 60 || PhaseHeadingReader.PhaseOf(label, scan) is not { } phase)
        {
            return false;
        }

        scan.OpenLabelPhase(phase, label, line);
        var goal = tail.TrimStart(':').Trim();
        if (goal.Length > 0 && scan.CurrentPhase is { } opened)
        {
            scan.Phases[opened].Goal ??= goal.Length > 2000 ? goal[..2000] : goal;
        }

        return true;
    }

    /// <summary>A phase label opens a phase; a priority label opens a priority list. False for other labels.</summary>
    private static bool Label(string label, int line, DocumentScan scan)
    {
        if (PhaseHeadingReader.PhaseOf(label, scan) is { } phase)
        {
            scan.OpenLabelPhase(phase, label, line);
            return true;
        }

        if (CellWords.PriorityWord(label) is { } priority)
        {
            scan.PriorityLabel = (priority, line);
            return true;
        }

        return false;
    }
}

/// <summary>"**Goal:** every service behind the gateway", under a phase: that phase's goal.</summary>
internal sealed class PhaseGoalReader : IParagraphReader
{
    private static readonly string[] s_goalKey = ["goal"];

    public bool TryRead(ParagraphBlock paragraph, DocumentScan scan)
    {
        if (scan.CurrentPhase is not { } current || paragraph.Inline?.FirstChild is not EmphasisInline
            || scan.MetaPairs(paragraph, s_goalKey) is not [{ Value.Length: > 0 } goal, ..])
        {
            return false;
        }

        scan.Phases[current].Goal ??= goal.Value.Length > 2000 ? goal.Value[..2000] : goal.Value;
        return true;
    }
}
