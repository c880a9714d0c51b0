using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A paragraph whose lines each start with a ballot box, as compliance templates write their checks without a list:
/// <c>☐ **Consent:** recorded for every sign-up</c>, then <c>☐ Retention period written down</c>. One item per line.
/// </summary>
internal sealed class BallotLinesReader : IParagraphReader
{
    public bool TryRead(ParagraphBlock paragraph, DocumentScan scan)
    {
        if (ReferenceEquals(paragraph, scan.ListItemLead) || TaskBoxReader.Ballot(scan.TextOf(paragraph)) is null)
        {
            return false;
        }

        foreach (var (_, text, line) in LineShapes.ParagraphLines(paragraph))
        {
            // "☐ = open", "☑: done" is a legend of the marks, no check.
            if (TaskBoxReader.Ballot(text) is { } ballot && ballot.Text[0] is not ('=' or ':' or '-' or '–'))
            {
                TaskBoxReader.Task(ballot.Text, ballot.Status, line, priority: null, owner: null, scan);
            }
        }

        return true;
    }
}
