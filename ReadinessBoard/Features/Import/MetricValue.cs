using System.Globalization;
using System.Text.RegularExpressions;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// A KPI value as written (<c>30%</c>, <c>&lt;15min</c>, <c>99.9%</c>, <c>3/10</c>, <c>Quarterly</c>, <c>Never</c>)
/// and as a number where it has one.
/// </summary>
public sealed partial record MetricValue(string Text, double? Value, string? Unit, char? Comparison)
{
    public static MetricValue Parse(string text)
    {
        text = text.Trim();
        var match = Number().Match(text);
        if (!match.Success)
        {
            return new MetricValue(text, null, null, null);
        }

        var value = double.Parse(match.Groups["value"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value.Trim().ToLowerInvariant() : null;
        if (match.Groups["of"].Success)
        {
            unit = "/" + match.Groups["of"].Value;
        }

        var comparison = match.Groups["cmp"].Success ? match.Groups["cmp"].Value switch
        {
            "≤" => '<',
            "≥" => '>',
            var c => c[0],
        } : (char?)null;
        return new MetricValue(text, value, string.IsNullOrEmpty(unit) ? null : unit, comparison);
    }

    /// <summary>Which way is better: a target written "&lt;15min" wants less; otherwise more.</summary>
    public static MetricDirection DirectionOf(MetricValue current, MetricValue target) => target.Comparison switch
    {
        '<' => MetricDirection.LowerIsBetter,
        '>' => MetricDirection.HigherIsBetter,
        _ => target.Value is { } t && current.Value is { } c && IsDuration(target.Unit) && t < c
            ? MetricDirection.LowerIsBetter
            : MetricDirection.HigherIsBetter,
    };

    /// <summary>Met when both are numbers and the current value reaches the target; otherwise unknown.</summary>
    public static MetricStatus StatusOf(MetricValue current, MetricValue target, MetricDirection direction)
    {
        if (current.Value is not { } c || target.Value is not { } t)
        {
            return MetricStatus.Unknown;
        }

        var met = direction == MetricDirection.LowerIsBetter ? c <= t : c >= t;
        if (met)
        {
            return MetricStatus.Met;
        }

        // Within a tenth of the way: on track; within half: at risk; beyond: off track.
        var gap = Math.Abs(t - c) / Math.Max(Math.Abs(t), 1e-9);
        return gap <= 0.1 ? MetricStatus.OnTrack : gap <= 0.5 ? MetricStatus.AtRisk : MetricStatus.OffTrack;
    }

    /// <summary>A status column's symbol or word: 🟢 ✅ met, 🟡 ⚠️ at risk, 🔴 ❌ off track.</summary>
    public static MetricStatus? StatusFromCell(string cell)
    {
        var upper = cell.ToUpperInvariant();
        if (cell.Contains("🟢", StringComparison.Ordinal) || cell.Contains('✅') || upper.Contains("MET", StringComparison.Ordinal) && !upper.Contains("NOT MET", StringComparison.Ordinal))
        {
            return MetricStatus.Met;
        }

        if (cell.Contains("🟡", StringComparison.Ordinal) || cell.Contains('⚠') || cell.Contains("🟠", StringComparison.Ordinal) || upper.Contains("AT RISK", StringComparison.Ordinal))
        {
            return MetricStatus.AtRisk;
        }

        if (cell.Contains("🔴", StringComparison.Ordinal) || cell.Contains('❌') || upper.Contains("OFF TRACK", StringComparison.Ordinal) || upper.Contains("NOT MET", StringComparison.Ordinal))
        {
            return MetricStatus.OffTrack;
        }

        return upper.Contains("ON TRACK", StringComparison.Ordinal) ? MetricStatus.OnTrack : null;
    }

    private static bool IsDuration(string? unit) => unit is "ms" or "s" or "sec" or "min" or "mins" or "m" or "h" or "hr" or "hrs" or "hours" or "d" or "days";

    [GeneratedRegex(@"^\s*(?<cmp>[<>≤≥])?\s*~?\s*\$?(?<value>\d[\d,]*(?:\.\d+)?)\s*(?:/\s*(?<of>\d+(?:\.\d+)?)|(?<unit>%|[a-zA-Zµ]{1,8}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
