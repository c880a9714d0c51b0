using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Rollups;

/// <summary>A status change from the activity log: <see cref="Before"/> and <see cref="After"/> as stored.</summary>
public sealed record StatusChange(DateTime At, string? Before, string? After);

public sealed record BurnUpPoint(DateOnly Day, int Done);

public static class BurnUp
{
    /// <summary>
    /// Items done at the end of each day, from the board's creation to <paramref name="today"/>.
    /// The log holds changes, not counts, so it is read backwards from the count done now: each change
    /// into Done after a day was not yet done on it, each change out of Done was.
    /// </summary>
    public static IReadOnlyList<BurnUpPoint> Build(int doneNow, DateOnly since, DateOnly today, IEnumerable<StatusChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (today < since)
        {
            today = since;
        }

        var deltaByDay = new Dictionary<DateOnly, int>();
        foreach (var change in changes)
        {
            var delta = (IsDone(change.After) ? 1 : 0) - (IsDone(change.Before) ? 1 : 0);
            if (delta != 0)
            {
                var day = DateOnly.FromDateTime(change.At);
                deltaByDay[day] = deltaByDay.GetValueOrDefault(day) + delta;
            }
        }

        var points = new List<BurnUpPoint>();
        var done = doneNow;
        for (var day = today; day >= since; day = day.AddDays(-1))
        {
            points.Add(new BurnUpPoint(day, Math.Max(0, done)));
            done -= deltaByDay.GetValueOrDefault(day);
        }

        points.Reverse();
        return points;
    }

    private static bool IsDone(string? status) => string.Equals(status, nameof(ItemStatus.Done), StringComparison.Ordinal);
}
