namespace ReadinessBoard.Domain;

/// <summary>A step of the plan: <c>Day 0</c>, <c>Week 1</c>, <c>Week 2-3</c>, <c>Month 2</c>; phases nest.</summary>
public class PlanPhase
{
    public int Id { get; set; }
    public int BoardId { get; set; }
    public int? ParentId { get; set; }
    public PlanPhase? Parent { get; set; }
    public required string Name { get; set; }
    /// <summary>The names from the outermost phase down, joined with " &gt; ".</summary>
    public required string Path { get; set; }
    public int Position { get; set; }
    public string? Goal { get; set; }
    /// <summary>The total the document states for the phase, to check against its items.</summary>
    public double? StatedHours { get; set; }
    /// <summary>First and last day of the phase counted from the plan start (day 0).</summary>
    public int? StartDay { get; set; }
    public int? EndDay { get; set; }
    public int SourceLine { get; set; }
}
