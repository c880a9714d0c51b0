namespace ReadinessBoard.Domain;

/// <summary>One readiness checklist, imported from a markdown document that it keeps verbatim.</summary>
public class Board
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    public required string Title { get; set; }
    public string SourceMarkdown { get; set; } = "";
    public string? SourceFileName { get; set; }
    public DateOnly? PlanStartDate { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ArchivedAt { get; set; }

    public List<Section> Sections { get; set; } = [];
    public List<Item> Items { get; set; } = [];
    public List<Metric> Metrics { get; set; } = [];
    public List<CostLine> CostLines { get; set; } = [];
    public List<PlanPhase> Phases { get; set; } = [];
}
