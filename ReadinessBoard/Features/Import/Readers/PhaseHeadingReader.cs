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
