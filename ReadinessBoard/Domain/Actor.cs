namespace ReadinessBoard.Domain;

/// <summary>Who makes a change. Until accounts exist every browser acts as a guest.</summary>
public sealed record Actor(string? Id, string Name)
{
    public static Actor Guest { get; } = new(null, "Guest");
    public static Actor System { get; } = new(null, "ReadinessBoard");
}
