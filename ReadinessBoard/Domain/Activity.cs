namespace ReadinessBoard.Domain;

/// <summary>
/// One change to a board: the audit trail, the live feed and the source of progress history.
/// </summary>
public class Activity
{
    public long Id { get; set; }
    public int BoardId { get; set; }
    public int? ItemId { get; set; }
    /// <summary>The account that made the change, once accounts exist; null for the system.</summary>
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    /// <summary>What happened, for example <c>item.status</c> or <c>board.imported</c>.</summary>
    public required string Kind { get; set; }
    public required string Summary { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public DateTime OccurredAt { get; set; }
}

public static class ActivityKinds
{
    public const string BoardImported = "board.imported";
    public const string BoardReimported = "board.reimported";
    public const string ItemStatus = "item.status";
    /// <summary>Owner, due date, estimate, evidence link or notes changed; before and after hold the changed fields as JSON.</summary>
    public const string ItemEdited = "item.edited";
    public const string MetricValue = "metric.value";
    public const string BoardPlanStart = "board.plan-start";
}
