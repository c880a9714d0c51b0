namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A line under a phase of the plan ("## Week 1", "**Day 3-5:**"): it gives the task it names that phase, or is
/// an item of its own; a ✅ or "(done)" on the line is the plan's word on its status.
/// </summary>
internal sealed class PlanLineReader : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan)
    {
        if (scan.CurrentPhase is not { } phase)
        {
            return false;
        }

        if (line.BoldLead is { } lead && LineShapes.IsCallout(lead, line.Text))
        {
            // "**STOP**: present what you found": a pause in the plan, no work of its own.
            return true;
        }

        Read(line.Text, phase, line.Line, scan);
        return true;
    }

    /// <summary>Reads a line of phase <paramref name="phase"/>, whether a list's or a paragraph's under a bold label.</summary>
    public static void Read(string text, int phase, int line, DocumentScan scan)
    {
        if (LineShapes.IsProgressSummary(text))
        {
            return;
        }

        var parts = TitleText.Parse(text);
        if (parts.Title.Length == 0)
        {
            return;
        }

        var status = StatusMarks.Find(text);
        scan.AddMention(new Mention(MentionKind.PlanLine, scan.Truncate(parts.Title, line, "A task title"), line)
        {
            Number = null,
            Section = scan.CurrentSection,
            Phase = phase,
            Estimate = parts.Estimate,
            Status = status,
            Authority = status is null ? 0 : Mention.Authorities.PlanMark,
            StatusWhere = "the plan",
        });
    }
}
