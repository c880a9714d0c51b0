namespace ReadinessBoard.Domain;

/// <summary>One thing to get done before production.</summary>
public class Item
{
    public int Id { get; set; }
    public int BoardId { get; set; }
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public int? PhaseId { get; set; }
    public PlanPhase? Phase { get; set; }

    /// <summary>Stable identity across re-imports of a newer version of the document.</summary>
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string? Details { get; set; }
    public ItemStatus Status { get; set; }
    /// <summary>Why an item is not applicable or blocked.</summary>
    public string? StatusReason { get; set; }
    public string? Priority { get; set; }
    public string? Impact { get; set; }
    public string? Effort { get; set; }
    public string? Risk { get; set; }
    public double? EstimateMinHours { get; set; }
    public double? EstimateMaxHours { get; set; }
    public string? Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? EvidenceUrl { get; set; }
    public string? Notes { get; set; }
    public int SourceLine { get; set; }
    public int Position { get; set; }
    /// <summary>How deeply the item is nested under other items in its section; 0 for a top-level item.</summary>
    public int Depth { get; set; }
    /// <summary>Optimistic concurrency token, kept by the application because SQLite has no row versions.</summary>
    public int Version { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Set when a re-import no longer finds the item; items are archived, never deleted.</summary>
    public DateTime? ArchivedAt { get; set; }
    /// <summary>
    /// Where the document marks the item done (the priority matrix, its task box, the plan, its heading),
    /// or null. Kept from the import so the Overview can warn while the item is open.
    /// </summary>
    public string? SourceDoneIn { get; set; }
    /// <summary>The document's own reference for the item (<c>AUTH-010</c>, <c>C1</c>), as the import found it.</summary>
    public string? Ref { get; set; }
}
