using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import.Readers;

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
