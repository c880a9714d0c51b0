using ReadinessBoard.Features.Import;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Tests.Features.Import;

public class ImportThrottleTests
{
    [Fact]
    public void APerson_PastTheLimit_IsToldToWait_WhileOthersGoOn()
    {
        using var throttle = new ImportThrottle(new ResolvedOptions(new ReadinessBoardOptions { ImportsPerMinute = 2 }, "/tmp", "/tmp/db"));

        Assert.Null(throttle.TryTake("ana"));
        Assert.Null(throttle.TryTake("ana"));
        var refusal = throttle.TryTake("ana");

        Assert.NotNull(refusal);
        Assert.Contains("more than 2 documents in a minute", refusal);
        Assert.Matches(@"Try again in \d+ seconds\.", refusal);
        Assert.Null(throttle.TryTake("ben"));
    }
}
