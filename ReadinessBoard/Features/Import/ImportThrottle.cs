using System.Threading.RateLimiting;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Limits how many documents one person may parse or import in a minute: parsing a large document is
/// the heaviest thing a browser can ask of the server.
/// </summary>
public sealed class ImportThrottle(ResolvedOptions resolved) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(person =>
        RateLimitPartition.GetSlidingWindowLimiter(person, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = resolved.Options.ImportsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    /// <summary>Takes one import from the person's allowance; null if allowed, else what to tell them.</summary>
    public string? TryTake(string person)
    {
        using var lease = _limiter.AttemptAcquire(person);
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
        return $"That is more than {resolved.Options.ImportsPerMinute} documents in a minute. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds.";
    }

    public void Dispose() => _limiter.Dispose();
}
