namespace ReadinessBoard.Domain;

/// <summary>
/// Who asks for a read or makes a change: a signed-in person, nobody (signed out), or the app itself
/// (the sample board, the command line run by whoever operates the server).
/// </summary>
public sealed record Actor(string? Id, string Name, bool IsSystem = false)
{
    /// <summary>Someone who has not signed in: sees nothing and changes nothing.</summary>
    public static Actor Anonymous { get; } = new(null, "Signed out");

    public static Actor System { get; } = new(null, "ReadinessBoard", IsSystem: true);

    public bool IsSignedIn => Id is not null;

    public static Actor ForUser(string userId, string name) => new(userId, name);
}
