namespace ReadinessBoard.Tests.Support;

/// <summary>A clock a test moves on by hand, for rules that depend on how much time has passed.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
