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
    /// <summary>How the person importing chose to read blocks of the document (JSON of <c>ReadingChoice</c>s); used again for each newer version.</summary>
    public string? ReadingChoices { get; set; }
    public DateOnly? PlanStartDate { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>
    /// When the board itself last changed: imported, imported again, its plan's start date set. A change
    /// to an item or a KPI is written to the activity log instead, and does not touch this row, which
    /// holds the whole document: SQLite writes a row anew on any update, so each tick would write the
    /// document again. When the board was last changed at all is the later of this and its newest activity.
    /// </summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>When a board last changed at all: the later of its <see cref="UpdatedAt"/> and its newest activity.</summary>
    public static DateTime LastChanged(DateTime updatedAt, DateTime? newestActivity) =>
        newestActivity > updatedAt ? newestActivity.Value : updatedAt;
    public DateTime? ArchivedAt { get; set; }

    public List<Section> Sections { get; set; } = [];
    public List<Item> Items { get; set; } = [];
    public List<Metric> Metrics { get; set; } = [];
    public List<CostLine> CostLines { get; set; } = [];
    public List<PlanPhase> Phases { get; set; } = [];
}
