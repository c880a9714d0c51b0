namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// Lines under a numbered task heading: the heading's details, read as the walk goes on (a line of facts sets
/// them, any other joins the details). Claimed here so that no later reader makes an item of them.
/// </summary>
internal sealed class TaskHeadingLines : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan) => scan.InTaskHeading;
}
