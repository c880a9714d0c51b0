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
/// A person's place in a team. Added by email: someone who has an account is a member at once; for
/// someone who has none yet the Owner gets an invitation link to send them, and the membership becomes
/// theirs when they open it and sign up (or sign in) with that email. Having the email is not enough.
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
    /// <summary>
    /// While the member has no account: the SHA-256 (hex) of the secret in their invitation link, which
    /// only the Owner who made the link saw. Null before a link is made and once it is used.
    /// </summary>
    public string? InvitationHash { get; set; }
    /// <summary>When the invitation link stops working.</summary>
    public DateTime? InvitationExpiresAt { get; set; }
}

public static class TeamRoles
{
    public static bool CanEdit(this TeamRole role) => role >= TeamRole.Editor;

    public static bool CanManageMembers(this TeamRole role) => role == TeamRole.Owner;

    public static string DisplayName(this TeamRole role) => role.ToString();

    /// <summary>"an Owner", "an Editor", "a Viewer".</summary>
    public static string WithArticle(this TeamRole role) => (role == TeamRole.Viewer ? "a " : "an ") + role.DisplayName();
}
