namespace ReadinessBoard.Domain;

/// <summary>A heading of the source document; sections nest as the headings do.</summary>
public class Section
{
    public int Id { get; set; }
    public int BoardId { get; set; }
    public int? ParentId { get; set; }
    public Section? Parent { get; set; }
    public required string Title { get; set; }
    /// <summary>Heading level in the source, 1 to 6.</summary>
    public int Level { get; set; }
    /// <summary>Order of the section within its board, as in the document.</summary>
    public int Position { get; set; }
    public int SourceLine { get; set; }
}
