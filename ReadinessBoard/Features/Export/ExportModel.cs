using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// Everything an export writes about one board, read once and detached from EF Core, so each
/// exporter is a plain function from this model to a stream.
/// </summary>
public sealed record BoardExport(
    int Id,
    string Title,
    string TeamName,
    string? SourceFileName,
    string SourceMarkdown,
    DateTime UpdatedAt,
    DateTime ExportedAt,
    IReadOnlyList<ExportSection> Sections,
    IReadOnlyList<ExportItem> Items)
{
    public IReadOnlyList<ExportMetric> Metrics { get; init; } = [];
    public IReadOnlyList<ExportCostLine> Costs { get; init; } = [];
    public IReadOnlyList<ExportPhase> Phases { get; init; } = [];
    public IReadOnlyList<ExportActivity> Activities { get; init; } = [];
}

/// <summary>A section path ("Security &gt; Secrets") in document order.</summary>
public sealed record ExportSection(string Path, int Depth);

public sealed record ExportItem(string Key, string Title, ItemStatus Status)
{
    public string? Section { get; init; }
    public string? StatusReason { get; init; }
    public string? Priority { get; init; }
    public string? Impact { get; init; }
    public string? Effort { get; init; }
    public string? Risk { get; init; }
    public double? EstimateMinHours { get; init; }
    public double? EstimateMaxHours { get; init; }
    public string? Phase { get; init; }
    public string? Owner { get; init; }
    public DateOnly? DueDate { get; init; }
    public DateTime? CompletedAt { get; init; }
    public string? CompletedBy { get; init; }
    public string? EvidenceUrl { get; init; }
    public string? Notes { get; init; }
    public int SourceLine { get; init; }
}

public sealed record ExportMetric(string Name, string CurrentText, string TargetText, MetricStatus Status)
{
    public string? Section { get; init; }
    public double? CurrentValue { get; init; }
    public double? TargetValue { get; init; }
    public string? Unit { get; init; }
    public MetricDirection Direction { get; init; }
    public int SourceLine { get; init; }
}

public sealed record ExportCostLine(string Table, string Name, bool IsTotal, IReadOnlyList<ExportCostAmount> Amounts, int SourceLine);

public sealed record ExportCostAmount(string Column, double Min, double Max, CostPeriod Period);

/// <summary>A plan phase in time order; <see cref="Path"/> is what items name in their Phase column.</summary>
public sealed record ExportPhase(string Name, string Path, int Depth)
{
    /// <summary>The path of the phase this one is inside; null for a phase at the top of the plan.</summary>
    public string? Parent { get; init; }

    public string? Goal { get; init; }
    public int? StartDay { get; init; }
    public int? EndDay { get; init; }
    public double? StatedHours { get; init; }
}

public sealed record ExportActivity(DateTime OccurredAt, string ActorName, string Kind, string Summary)
{
    public string? Item { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
}

public static class ExportText
{
    public static string PeriodName(CostPeriod period) => period switch
    {
        CostPeriod.Month => "month",
        CostPeriod.OneTime => "one-time",
        CostPeriod.Unit => "per unit",
        _ => "",
    };

    public static string StatusName(MetricStatus status) => status switch
    {
        MetricStatus.Met => "Met",
        MetricStatus.OnTrack => "On track",
        MetricStatus.AtRisk => "At risk",
        MetricStatus.OffTrack => "Off track",
        _ => "Unknown",
    };
}
