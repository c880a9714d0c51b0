namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// The readers a scan offers the document's blocks to, in the order they are asked: the first that claims a
/// block reads it. A new shape of checklist is one more reader here, and its fixtures. Readers that keep
/// state while the document is walked are made afresh for each scan.
/// </summary>
internal sealed class DocumentReaders
{
    // Arrays, not lists behind an interface: the scan asks them for every line, and an array's loop allocates nothing.

    /// <summary>Tables with a header row. A table none claims is kept as it is.</summary>
    public required ITableReader[] Tables { get; init; }

    /// <summary>What a list of the document is, before its lines are read. A list none knows is an ordinary list.</summary>
    public required IListKindReader[] ListKinds { get; init; }

    /// <summary>The lines of lists. A line none claims is no item.</summary>
    public required IListLineReader[] ListLines { get; init; }

    /// <summary>Headings that are items themselves (a numbered task heading), asked before a heading is made a section.</summary>
    public required IHeadingReader[] ItemHeadings { get; init; }

    /// <summary>What a section heading is besides a section: a phase of the plan, a check.</summary>
    public required IHeadingReader[] SectionHeadings { get; init; }

    /// <summary>
    /// Paragraphs, a list line's lead among them (walked again with the line's blocks): a reader that must not read a line
    /// twice checks <see cref="DocumentScan.ListItemLead"/>. A paragraph none claims is prose.
    /// </summary>
    public required IParagraphReader[] Paragraphs { get; init; }

    /// <summary>The reader of headings as checks, which reads the blocks under a candidate and settles the runs at the end.</summary>
    public required HeadingCheckReader HeadingChecks { get; init; }

    /// <summary>The reader of bold-lead bullets, which settles at the end of the document whether they are items.</summary>
    public required BoldBulletReader BoldBullets { get; init; }

    public static DocumentReaders Create()
    {
        var boldBullets = new BoldBulletReader();
        var taskHeadings = new NumberedTaskHeadingReader();
        var headingChecks = new HeadingCheckReader();
        var inlinePriorities = new InlinePriorityListReader();
        return new()
        {
            ItemHeadings = [taskHeadings],
            SectionHeadings = [new PhaseHeadingReader(), headingChecks],
            Paragraphs = [taskHeadings, new BallotLinesReader(), new BoldLabelReader(), new PhaseGoalReader(), inlinePriorities],
            HeadingChecks = headingChecks,
            Tables =
            [
                new PriorityMatrixReader(),
                new KpiTableReader(),
                new CostTableReader(),
                new ChecklistTableReader(),
            ],
            ListKinds =
            [
                new OptionListReader(),
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
                new SubStepLines(),
                new NeverItemLines(),
                new GroupLabelLines(),
                new PlanLineReader(),
                new ActionLineReader(),
                new FactBulletReader(),
                inlinePriorities,
                boldBullets,
            ],
            BoldBullets = boldBullets,
        };
    }
}
