namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A line nested under a task box that is no box itself ("- [ ] **TLS certificates**" then "  - Redirect HTTP to
/// HTTPS"): a step of that task, in its details; a fact line ("**Effort:** 2 hours") sets the task's field. Never an
/// item, not even inside a phase of the plan.
/// </summary>
internal sealed class SubStepLines : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan)
    {
        if (scan.TaskDepth == 0 || scan.ParentListItemMention is not { Kind: MentionKind.Task } task)
        {
            return false;
        }

        if (line.BoldLead is { } lead && FactBulletReader.FactKey(lead, line.Text, nested: true) is { } key
            && Facts.Apply(task, key, FactBulletReader.ValueAfter(lead, line.Text)))
        {
            return true;
        }

        if ((task.Details?.Length ?? 0) < 2000)
        {
            task.Details = CellWords.Join(task.Details, $"- {line.Text}");
        }

        return true;
    }
}
