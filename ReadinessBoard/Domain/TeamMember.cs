namespace ReadinessBoard.Domain;

/// <summary>What a member of a team may do with its boards.</summary>
public enum TeamRole
{
    /// <summary>Reads the team's boards.</summary>
    Viewer = 0,
    /// <summary>Also changes them: ticks, edits, imports.</summary>
    Editor = 1,
    /// <summary>Also manages the team's members.</summary>
    Owner = 2,
}

/// <summary>
/// A person's place in a team. Added by email, so an Owner can add someone before they sign up; the
/// membership is theirs from the moment an account with that email exists.
/// </summary>
public class TeamMember
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    /// <summary>The email in lower case, as it was added.</summary>
    public required string Email { get; set; }
    /// <summary>The account, once one with this email exists.</summary>
    public string? UserId { get; set; }
    public TeamRole Role { get; set; }
    public DateTime AddedAt { get; set; }
}

public static class TeamRoles
{
    public static bool CanEdit(this TeamRole role) => role >= TeamRole.Editor;

    public static bool CanManageMembers(this TeamRole role) => role == TeamRole.Owner;

    public static string DisplayName(this TeamRole role) => role.ToString();
}
