using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Rollups;

/// <summary>
/// What a rollup needs of an item, and nothing more: no title, no EF entity. Queries project items
/// onto these so that a large board is summed without being loaded.
/// </summary>
public sealed record ItemFacts(
    int Id,
    ItemStatus Status,
    int? SectionId = null,
    int? PhaseId = null,
    string? Priority = null,
    string? Impact = null,
    string? Effort = null,
    DateOnly? DueDate = null,
    double? EstimateMinHours = null,
    double? EstimateMaxHours = null)
{
    /// <summary>Still to do: neither done nor set aside as not applicable.</summary>
    public bool IsOpen => Status is not (ItemStatus.Done or ItemStatus.NotApplicable);
}

/// <summary>
/// Done out of the items that count: not applicable items are neither done nor to do, so they are
/// left out of <see cref="Total"/>.
/// </summary>
public readonly record struct Progress(int Done, int InProgress, int Total)
{
    public static Progress Empty => default;

    public double Fraction => Total == 0 ? 0 : (double)Done / Total;

    /// <summary>Whole percent, rounded down so that 99.6% never shows as 100% while an item is open.</summary>
    public int Percent => Total == 0 ? 0 : (int)Math.Floor(100.0 * Done / Total);

    public int Remaining => Total - Done;

    public static Progress Of(IEnumerable<ItemStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var progress = Empty;
        foreach (var status in statuses)
        {
            progress = progress.With(status);
        }

        return progress;
    }

    public Progress With(ItemStatus status) => status switch
    {
        ItemStatus.NotApplicable => this,
        ItemStatus.Done => this with { Done = Done + 1, Total = Total + 1 },
        ItemStatus.InProgress => this with { InProgress = InProgress + 1, Total = Total + 1 },
        _ => this with { Total = Total + 1 },
    };

    public static Progress operator +(Progress left, Progress right) =>
        new(left.Done + right.Done, left.InProgress + right.InProgress, left.Total + right.Total);

    public static Progress Add(Progress left, Progress right) => left + right;
}

/// <summary>A group of items (a section, a priority, a phase) and how far it is.</summary>
public sealed record ProgressGroup(string Key, string Label, Progress Progress);
