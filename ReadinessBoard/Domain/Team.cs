namespace ReadinessBoard.Domain;

/// <summary>A group of people who share boards. Membership and roles arrive with accounts.</summary>
public class Team
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Board> Boards { get; set; } = [];
}
