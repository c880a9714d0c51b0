namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// The lines of a list under a priority label ("**Critical:**", "**P1 - before launch:**"): each names a task,
/// by its title or its reference, which takes that priority. Never items themselves.
/// </summary>
internal sealed class PriorityLabelLineReader : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan)
    {
        if (scan.PriorityLabel is not { } label)
        {
            return false;
        }

        scan.AddPriorityName(label.Priority, line.Text, line.Line);
        line.SkipNested = true;
        return true;
    }
}
