namespace ReadinessBoard.Features.Rollups;

/// <summary>
/// The priority matrix: impact rows (largest first) by effort columns (smallest first), with the
/// items of each cell. Rows and columns are the levels the board's items use, as they are stored.
/// </summary>
public sealed record PriorityMatrix<T>(
    IReadOnlyList<string> Impacts,
    IReadOnlyList<string> Efforts,
    IReadOnlyDictionary<(string Impact, string Effort), IReadOnlyList<T>> Cells,
    int Unplaced)
{
    public IReadOnlyList<T> At(string impact, string effort) => Cells.TryGetValue((impact, effort), out var items) ? items : [];

    public int Placed => Cells.Values.Sum(c => c.Count);

    public bool IsEmpty => Cells.Count == 0;
}

public static class MatrixRollup
{
    /// <summary>Places every item that has both an impact and an effort; the others are only counted.</summary>
    public static PriorityMatrix<T> Build<T>(IEnumerable<T> items, Func<T, string?> impactOf, Func<T, string?> effortOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(impactOf);
        ArgumentNullException.ThrowIfNull(effortOf);
        var cells = new Dictionary<(string, string), List<T>>();
        var unplaced = 0;
        foreach (var item in items)
        {
            var impact = impactOf(item);
            var effort = effortOf(item);
            if (string.IsNullOrWhiteSpace(impact) || string.IsNullOrWhiteSpace(effort))
            {
                unplaced++;
                continue;
            }

            if (!cells.TryGetValue((impact, effort), out var cell))
            {
                cells[(impact, effort)] = cell = [];
            }

            cell.Add(item);
        }

        return new PriorityMatrix<T>(
            Levels.LargestFirst(cells.Keys.Select(k => k.Item1)),
            Levels.SmallestFirst(cells.Keys.Select(k => k.Item2)),
            cells.ToDictionary(c => c.Key, c => (IReadOnlyList<T>)c.Value),
            unplaced);
    }
}
