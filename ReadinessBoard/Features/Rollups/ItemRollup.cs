using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Rollups;

/// <summary>Progress and lists over a board's items: pure functions of <see cref="ItemFacts"/>.</summary>
public static class ItemRollup
{
    /// <summary>How many items have each status, every status listed (zero where none).</summary>
    public static IReadOnlyList<(ItemStatus Status, int Count)> CountByStatus(IEnumerable<ItemFacts> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var counts = new int[Enum.GetValues<ItemStatus>().Length];
        foreach (var item in items)
        {
            counts[(int)item.Status]++;
        }

        return Enum.GetValues<ItemStatus>().Select(s => (s, counts[(int)s])).ToList();
    }

    /// <summary>Progress per priority, most urgent first; items without one last, as "No priority".</summary>
    public static IReadOnlyList<ProgressGroup> ByPriority(IEnumerable<ItemFacts> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items
            .GroupBy(i => string.IsNullOrWhiteSpace(i.Priority) ? null : i.Priority.Trim(), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => Levels.PriorityRank(g.Key))
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ProgressGroup(g.Key ?? "", g.Key ?? "No priority", Progress.Of(g.Select(i => i.Status))))
            .ToList();
    }

    /// <summary>
    /// High-impact, low-effort items still open: the work to start with. Highest impact first, then
    /// the shortest estimate, then in document order.
    /// </summary>
    public static IReadOnlyList<ItemFacts> QuickWins(IEnumerable<ItemFacts> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items
            .Where(i => i.IsOpen && Levels.IsHigh(i.Impact) && Levels.IsLow(i.Effort))
            .OrderByDescending(i => Levels.Size(i.Impact))
            .ThenBy(i => i.EstimateMaxHours ?? double.MaxValue)
            .ToList();
    }

    /// <summary>Open items whose due date is before <paramref name="today"/>, the longest overdue first.</summary>
    public static IReadOnlyList<ItemFacts> Overdue(IEnumerable<ItemFacts> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Where(i => i.IsOpen && i.DueDate < today).OrderBy(i => i.DueDate).ToList();
    }

    /// <summary>The sum of the items' estimates as a range; null when none of them has one.</summary>
    public static HoursRange? Estimate(IEnumerable<ItemFacts> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        HoursRange? sum = null;
        foreach (var item in items)
        {
            if (item.EstimateMinHours is { } min)
            {
                var range = new HoursRange(min, item.EstimateMaxHours ?? min);
                sum = sum is { } s ? s + range : range;
            }
        }

        return sum;
    }
}

/// <summary>Hours from <see cref="Min"/> to <see cref="Max"/>.</summary>
public readonly record struct HoursRange(double Min, double Max)
{
    public static HoursRange operator +(HoursRange left, HoursRange right) => new(left.Min + right.Min, left.Max + right.Max);

    public static HoursRange Add(HoursRange left, HoursRange right) => left + right;

    public bool Contains(double hours) => hours >= Min - 1e-9 && hours <= Max + 1e-9;

    public override string ToString() => Min.Equals(Max)
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min:0.#} h")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min:0.#}-{Max:0.#} h");
}
