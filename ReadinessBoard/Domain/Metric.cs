namespace ReadinessBoard.Domain;

public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

public enum MetricStatus
{
    Unknown,
    Met,
    OnTrack,
    AtRisk,
    OffTrack,
}

/// <summary>A KPI: where the service is against where it must be.</summary>
public class Metric
{
    public int Id { get; set; }
    public int BoardId { get; set; }
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public required string Name { get; set; }
    /// <summary>The current value as written, for example <c>&lt;15min</c> or <c>3/10</c>.</summary>
    public string CurrentText { get; set; } = "";
    public string TargetText { get; set; } = "";
    public double? CurrentValue { get; set; }
    public double? TargetValue { get; set; }
    public string? Unit { get; set; }
    public MetricDirection Direction { get; set; }
    public MetricStatus Status { get; set; }
    public int SourceLine { get; set; }
    public int Position { get; set; }
    public int Version { get; set; }
    public List<MetricReading> Readings { get; set; } = [];
}

/// <summary>One recorded value of a metric; the history behind its trend.</summary>
public class MetricReading
{
    public long Id { get; set; }
    public int MetricId { get; set; }
    public string ValueText { get; set; } = "";
    public double? Value { get; set; }
    public DateTime RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
}
