namespace ReadinessBoard.Domain;

/// <summary>A group of people who share boards; each member has a role.</summary>
public class Team
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Board> Boards { get; set; } = [];
    public List<TeamMember> Members { get; set; } = [];
}
