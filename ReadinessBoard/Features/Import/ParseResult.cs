using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>What a markdown document becomes, before anything is written.</summary>
public sealed record ParseResult(
    string Title,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParsedItem> Items,
    IReadOnlyList<ImportWarning> Warnings)
{
    public IReadOnlyList<ParsedMetric> Metrics { get; init; } = [];
    public IReadOnlyList<ParsedCostLine> Costs { get; init; } = [];
    public IReadOnlyList<ParsedPhase> Phases { get; init; } = [];

    /// <summary>Tables that are neither a priority matrix, KPIs nor costs: kept in the source and shown as they are.</summary>
    public int KeptTables { get; init; }

    /// <summary>Every list, table and run of headings of the document with how it was read and why, in document order.</summary>
    public IReadOnlyList<BlockReading> Blocks { get; init; } = [];

    /// <summary>The path of a section, outermost first: "Security &gt; Capacity".</summary>
    public string? SectionPath(int? index) => new ParseResultSections(Sections).PathOf(index);
}

/// <summary>A heading; <see cref="ParentIndex"/> points into the same list.</summary>
public sealed record ParsedSection(int Index, int? ParentIndex, string Title, int Level, int Line)
{
    public const string PathSeparator = " > ";
}

/// <summary>One task, merged from every place the document mentions it.</summary>
public sealed record ParsedItem(
    string Key,
    string Title,
    int? SectionIndex,
    ItemStatus Status,
    string? StatusReason,
    int Depth,
    int Line)
{
    public string? Details { get; init; }
    public string? Priority { get; init; }
    public string? Impact { get; init; }
    public string? Effort { get; init; }
    public string? Risk { get; init; }
    public HourRange? Estimate { get; init; }
    public int? PhaseIndex { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public string? Owner { get; init; }
    public DateOnly? Due { get; init; }
    /// <summary>The document's own reference for the task (<c>AUTH-010</c>, <c>C1</c>).</summary>
    public string? Ref { get; init; }
    /// <summary>Where the document marks the task done ("the priority matrix"), whatever its resolved status; null when nowhere.</summary>
    public string? MarkedDoneIn { get; init; }
    /// <summary>Every line that mentions the task, the first of them <see cref="Line"/>.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];
}

public sealed record ParsedMetric(
    string Name, MetricValue Current, MetricValue Target, MetricDirection Direction, MetricStatus Status, int? SectionIndex, int Line);

public sealed record ParsedCostAmount(string Column, double Min, double Max, CostPeriod? Period);

public sealed record ParsedCostLine(string Name, string Table, bool IsTotal, IReadOnlyList<ParsedCostAmount> Amounts, int Line);

/// <summary>
/// A step of the plan; <see cref="Order"/> runs from 1 in time order (Day 0 before Week 1 before Month 2), a phase before the
/// phases it holds. A step counted without days ("Phase 2") has no <see cref="StartDay"/> and <see cref="EndDay"/>.
/// </summary>
public sealed record ParsedPhase(
    int Index, int? ParentIndex, string Name, string Path, int Order, int? StartDay, int? EndDay, double? StatedHours, string? Goal, int Line);

/// <summary>Something the importer noticed and could not take as it is; <see cref="Line"/> is 1-based.</summary>
public sealed record ImportWarning(int Line, string Message);
