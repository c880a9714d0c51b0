using Microsoft.AspNetCore.Identity;

namespace ReadinessBoard.Domain;

/// <summary>A person who signs in. The email is the user name.</summary>
public class AppUser : IdentityUser
{
    public DateTime CreatedAt { get; set; }
}
