namespace ReadinessBoard.Components.Shared;

/// <summary>"3 minutes ago": how long ago something happened, as a person would say it.</summary>
public static class RelativeTime
{
    public static string Since(DateTime thenUtc, DateTime nowUtc)
    {
        var elapsed = nowUtc - thenUtc;
        return elapsed.TotalSeconds switch
        {
            < 60 => "just now",
            < 3600 => Plural((int)elapsed.TotalMinutes, "minute"),
            < 86400 => Plural((int)elapsed.TotalHours, "hour"),
            < 86400 * 30 => Plural((int)elapsed.TotalDays, "day"),
            _ => thenUtc.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit} ago" : $"{count} {unit}s ago";
}
