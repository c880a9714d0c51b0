namespace ReadinessBoard.Features.Import.Readers;

/// <summary>Lines of a list that is never items (references, a legend, consequences): claimed, and nothing read.</summary>
internal sealed class NeverItemLines : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan) => scan.CurrentList.Role == ListRole.NotItems;
}
