namespace ReadinessBoard.Tests.Support;

/// <summary>A clock that always says the same instant, for tests that check the times a change stores.</summary>
public sealed class FixedClock(DateTime now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(now);
}
