using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Features.Rollups;

public sealed record KpiFacts(
    int Id, string Name, string CurrentText, string TargetText, double? Current, double? Target, MetricDirection Direction, MetricStatus Status);

public static class KpiRollup
{
    /// <summary>The status the numbers give: met, on track, at risk, off track; unknown without two numbers.</summary>
    public static MetricStatus StatusOf(double? current, double? target, MetricDirection direction) =>
        MetricValue.StatusOf(new MetricValue("", current, null, null), new MetricValue("", target, null, null), direction);

    /// <summary>
    /// The status of a value written by hand: from the numbers when both have one; met when the words
    /// are the target's own ("Quarterly" against "Quarterly"); otherwise unknown.
    /// </summary>
    public static MetricStatus StatusOf(MetricValue current, MetricValue target, MetricDirection direction)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(target);
        if (current.Value is null || target.Value is null)
        {
            return current.Text.Length > 0 && string.Equals(current.Text, target.Text, StringComparison.OrdinalIgnoreCase)
                ? MetricStatus.Met
                : MetricStatus.Unknown;
        }

        return MetricValue.StatusOf(current, target, direction);
    }

    /// <summary>
    /// How far the current value has come toward the target, from 0 to 1: current / target when more is
    /// better, target / current when less is; null without two numbers.
    /// </summary>
    public static double? Attainment(double? current, double? target, MetricDirection direction)
    {
        if (current is not { } c || target is not { } t)
        {
            return null;
        }

        var fraction = direction == MetricDirection.LowerIsBetter
            ? (c <= t ? 1 : t <= 0 ? 0 : t / c)
            : (c >= t ? 1 : t <= 0 ? 1 : Math.Max(0, c) / t);
        return Math.Clamp(fraction, 0, 1);
    }

    /// <summary>Marked met, but its numbers miss the target.</summary>
    public static bool MarkedMetButMisses(KpiFacts kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.Status == MetricStatus.Met && StatusOf(kpi.Current, kpi.Target, kpi.Direction) is not (MetricStatus.Met or MetricStatus.Unknown);
    }

    public static string DisplayName(this MetricStatus status) => status switch
    {
        MetricStatus.Met => "Met",
        MetricStatus.OnTrack => "On track",
        MetricStatus.AtRisk => "At risk",
        MetricStatus.OffTrack => "Off track",
        _ => "Unknown",
    };

    public static string Slug(this MetricStatus status) => status switch
    {
        MetricStatus.Met => "met",
        MetricStatus.OnTrack => "on-track",
        MetricStatus.AtRisk => "at-risk",
        MetricStatus.OffTrack => "off-track",
        _ => "unknown",
    };
}
