namespace ReadinessBoard.Features.Rollups;

/// <summary>
/// Orders the words documents use for impact, effort and priority: <c>Critical</c> above <c>High</c>,
/// <c>Must</c> above <c>Should</c>, <c>5/5</c> above <c>3/5</c>. Words it does not know sort after
/// the ones it does, alphabetically.
/// </summary>
public static class Levels
{
    /// <summary>How large an impact or effort level is: Low 1 … Critical 4; null for a word it does not know.</summary>
    public static int? Size(string? level) => level?.Trim().ToLowerInvariant() switch
    {
        "none" => 0,
        "low" or "very low" or "minimal" => 1,
        "medium" or "med" or "moderate" => 2,
        "high" => 3,
        "critical" or "very high" => 4,
        _ => null,
    };

    /// <summary>High or critical impact.</summary>
    public static bool IsHigh(string? level) => Size(level) >= 3;

    /// <summary>Low (or no) effort.</summary>
    public static bool IsLow(string? level) => Size(level) <= 1;

    /// <summary>Sort key of a priority, most urgent first: 0 for Critical, Must or 5/5.</summary>
    public static int PriorityRank(string? priority)
    {
        var text = priority?.Trim().ToLowerInvariant();
        switch (text)
        {
            case null or "":
                return int.MaxValue;
            case "critical" or "p0" or "must" or "must have":
                return 0;
            case "high" or "p1" or "should" or "should have":
                return 1;
            case "medium" or "p2" or "could" or "could have":
                return 2;
            case "low" or "p3" or "nice" or "nice to have" or "won't" or "wont" or "won't have":
                return 3;
        }

        // Scores such as 4/5 or 3 stars: the higher the score, the more urgent.
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && int.TryParse(text.AsSpan(0, slash), System.Globalization.CultureInfo.InvariantCulture, out var score)
            && int.TryParse(text.AsSpan(slash + 1), System.Globalization.CultureInfo.InvariantCulture, out var of) && of > 0)
        {
            return 10 + (of - Math.Clamp(score, 0, of));
        }

        return 100;
    }

    /// <summary>Orders levels from the largest down (rows of the matrix: Critical first).</summary>
    public static IReadOnlyList<string> LargestFirst(IEnumerable<string> levels) =>
        levels.Distinct(StringComparer.Ordinal)
            .OrderByDescending(l => Size(l) ?? -1)
            .ThenBy(l => l, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Orders levels from the smallest up (columns of the matrix: Low effort first).</summary>
    public static IReadOnlyList<string> SmallestFirst(IEnumerable<string> levels) =>
        levels.Distinct(StringComparer.Ordinal)
            .OrderBy(l => Size(l) ?? int.MaxValue)
            .ThenBy(l => l, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
