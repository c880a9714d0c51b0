namespace ReadinessBoard.Features.Import;

/// <summary>Bounds that keep one document from exhausting the server; each is reported with a clear error.</summary>
public sealed record ImportLimits(int MaxBytes, int MaxItems, int MaxDepth, int MaxTitleLength)
{
    public static ImportLimits Default { get; } = new(MaxBytes: 2 * 1024 * 1024, MaxItems: 10_000, MaxDepth: 32, MaxTitleLength: 1000);
}
