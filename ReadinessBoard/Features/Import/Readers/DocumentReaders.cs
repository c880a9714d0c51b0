namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// The readers a scan offers the document's blocks to, in the order they are asked: the first that claims a
/// block reads it. A new shape of checklist is one more reader here, and its fixtures. Readers that keep
/// state while the document is walked are made afresh for each scan.
/// </summary>
internal sealed class DocumentReaders
{
    /// <summary>Tables with a header row. A table none claims is kept as it is.</summary>
    public required IReadOnlyList<ITableReader> Tables { get; init; }

    /// <summary>What a list of the document is, before its lines are read. A list none knows is an ordinary list.</summary>
    public required IReadOnlyList<IListKindReader> ListKinds { get; init; }

    /// <summary>The lines of lists. A line none claims is no item.</summary>
    public required IReadOnlyList<IListLineReader> ListLines { get; init; }

    /// <summary>The reader of bold-lead bullets, which settles at the end of the document whether they are items.</summary>
    public required BoldBulletReader BoldBullets { get; init; }

    public static DocumentReaders Create()
    {
        var boldBullets = new BoldBulletReader();
        return new()
        {
            Tables =
            [
                new PriorityMatrixReader(),
                new KpiTableReader(),
                new CostTableReader(),
                new ChecklistTableReader(),
            ],
            ListKinds =
            [
                new TableOfContentsReader(),
                new StatusSummaryReader(),
                new LegendReader(),
                new NamedListReader(),
                // After the name: "## Resources" says why its links are no items better than their look does.
                new LinkListReader(),
            ],
            ListLines =
            [
                new PriorityLabelLineReader(),
                new TaskBoxReader(),
                new TaskHeadingLines(),
                new NeverItemLines(),
                new GroupLabelLines(),
                new PlanLineReader(),
                new ActionLineReader(),
                new FactBulletReader(),
                new InlinePriorityListReader(),
                boldBullets,
            ],
            BoldBullets = boldBullets,
        };
    }
}
