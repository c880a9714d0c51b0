namespace ReadinessBoard.Features.Import;

/// <summary>How a block of the document was read.</summary>
public enum BlockKind
{
    /// <summary>Items: a task list, a checklist table, an action list, a run of headings as checks.</summary>
    Items,
    Kpis,
    Costs,
    /// <summary>A priority matrix: items with impact and effort.</summary>
    Matrix,
    /// <summary>Lines of a plan phase: they give items their phase, or are items of their own.</summary>
    Plan,
    /// <summary>A table kept as it is.</summary>
    Table,
    /// <summary>Read and found to hold no items (references, a legend, consequences…).</summary>
    NotItems,
}

/// <summary>
/// One block of the document (a list, a table, a run of headings) and how it was read: what it became,
/// how many items it gave and why, in a short phrase. <see cref="Line"/> is 1-based and names the block.
/// </summary>
public sealed record BlockReading(int Line, BlockKind Kind, int Items, string Reason)
{
    public BlockShape Shape { get; init; }

    /// <summary>Names the block across versions of the document: its shape, its section and its first words. See <see cref="ReadingChoice"/>.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>A table's header row; empty for a list or headings.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>For a table read as items: the columns its items were filled from.</summary>
    public ChosenColumns? Columns { get; init; }

    /// <summary>The block is read as a person chose, not as the importer would have.</summary>
    public bool Chosen { get; init; }

    /// <summary>The kind as the dry-run JSON writes it: items, kpis, costs, matrix, plan, table, not-items.</summary>
    public string KindName => Kind switch
    {
        BlockKind.Items => "items",
        BlockKind.Kpis => "kpis",
        BlockKind.Costs => "costs",
        BlockKind.Matrix => "matrix",
        BlockKind.Plan => "plan",
        BlockKind.Table => "table",
        _ => "not-items",
    };
}
