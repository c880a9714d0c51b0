using System.Globalization;

namespace ReadinessBoard.Features.Rollups;

/// <summary>Where the board disagrees with itself; <see cref="Line"/> points into the source document.</summary>
public sealed record ConsistencyWarning(string Kind, string Message, int? Line);

public static class ConsistencyWarnings
{
    public const string KpiMarkedMet = "kpi-marked-met";
    public const string PhaseHours = "phase-hours";
    public const string MarkedDoneButOpen = "marked-done-open";

    /// <summary>A KPI marked met whose numbers miss the target.</summary>
    public static IEnumerable<ConsistencyWarning> ForKpis(IEnumerable<(KpiFacts Kpi, int Line)> kpis) =>
        kpis.Where(k => KpiRollup.MarkedMetButMisses(k.Kpi)).Select(k => new ConsistencyWarning(KpiMarkedMet,
            $"The KPI \"{k.Kpi.Name}\" is marked met, but its current value {k.Kpi.CurrentText} misses the target {k.Kpi.TargetText}.", k.Line));

    /// <summary>A phase whose stated hours differ from the sum of its items' estimates.</summary>
    public static IEnumerable<ConsistencyWarning> ForPhases(IEnumerable<(PhaseRollup Phase, int Line)> phases) =>
        phases.Where(p => p.Phase.HoursDiffer).Select(p => new ConsistencyWarning(PhaseHours,
            string.Create(CultureInfo.InvariantCulture,
                $"{p.Phase.Phase.Path} states {p.Phase.Phase.StatedHours:0.##} hours, but its items add up to {p.Phase.Estimate}."), p.Line));

    /// <summary>An item the document marked done (in its priority matrix or elsewhere) that is open on the board.</summary>
    public static IEnumerable<ConsistencyWarning> ForMarkedDone(IEnumerable<(string Title, string Where, bool IsOpen, int Line)> items) =>
        items.Where(i => i.IsOpen).Select(i => new ConsistencyWarning(MarkedDoneButOpen,
            $"\"{i.Title}\" is marked done in {i.Where}, but the item is open.", i.Line));
}
