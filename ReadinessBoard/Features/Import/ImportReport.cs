using System.Text.Json;
using System.Text.Json.Serialization;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// What an import would create, in the dry-run JSON contract of the command line
/// (<c>import FILE --dry-run --json</c>): items, metrics, costs, phases, kept tables, how each block was read, and warnings.
/// </summary>
public sealed record ImportReport(
    string Title,
    IReadOnlyList<ImportReport.ItemEntry> Items,
    IReadOnlyList<ImportReport.MetricEntry> Metrics,
    IReadOnlyList<ImportReport.CostEntry> Costs,
    IReadOnlyList<ImportReport.PhaseEntry> Phases,
    int Tables,
    IReadOnlyList<ImportReport.BlockEntry> Blocks,
    IReadOnlyList<ImportReport.WarningEntry> Warnings)
{
    public sealed record Hours(double Min, double Max);

    /// <param name="Due">The due date, ISO (<c>2026-01-31</c>).</param>
    /// <param name="Parent">The key of the item this one is nested under (a subtask's task).</param>
    public sealed record ItemEntry(
        string Key, string Title, string? Section, string Status, string? Priority, string? Impact, string? Effort,
        Hours? EstimateHours, string? Phase, string? Owner, string? Due, string? Ref, string? Parent, string? Details, int Line);

    public sealed record MetricEntry(
        string Name, string Current, string Target, double? CurrentValue, double? TargetValue, string Status, int Line);

    public sealed record AmountEntry(string Column, double Min, double Max, string? Period);

    public sealed record CostEntry(string Name, string Table, bool IsTotal, IReadOnlyList<AmountEntry> Amounts, int Line);

    public sealed record PhaseEntry(string Name, string Path, int Order, int Items, Hours? EstimateHours, double? StatedHours);

    /// <param name="Kind">items, kpis, costs, matrix, plan, table or not-items.</param>
    public sealed record BlockEntry(int Line, string Kind, int Items, string Reason);

    public sealed record WarningEntry(int Line, string Message);

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static ImportReport From(ParseResult parsed)
    {
        var parents = Parents(parsed.Items);
        var items = parsed.Items.Select((i, n) => new ItemEntry(
            i.Key, i.Title, parsed.SectionPath(i.SectionIndex), i.Status.Slug(), i.Priority, i.Impact, i.Effort,
            i.Estimate is { } e ? new Hours(e.Min, e.Max) : null,
            i.PhaseIndex is { } p ? parsed.Phases[p].Path : null,
            i.Owner, i.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Ref, parents[n], i.Details,
            i.Line)).ToList();

        var phases = parsed.Phases.OrderBy(p => p.Order).Select(p =>
        {
            var inPhase = parsed.Items.Where(i => i.PhaseIndex == p.Index).ToList();
            var estimates = inPhase.Where(i => i.Estimate is not null).Select(i => i.Estimate!).ToList();
            return new PhaseEntry(p.Name, p.Path, p.Order, inPhase.Count,
                estimates.Count == 0 ? null : new Hours(estimates.Sum(e => e.Min), estimates.Sum(e => e.Max)), p.StatedHours);
        }).ToList();

        return new ImportReport(
            parsed.Title,
            items,
            parsed.Metrics.Select(m => new MetricEntry(m.Name, m.Current.Text, m.Target.Text, m.Current.Value, m.Target.Value, Slug(m.Status), m.Line)).ToList(),
            parsed.Costs.Select(c => new CostEntry(c.Name, c.Table, c.IsTotal,
                c.Amounts.Select(a => new AmountEntry(a.Column, a.Min, a.Max, Slug(a.Period))).ToList(), c.Line)).ToList(),
            phases,
            parsed.KeptTables,
            parsed.Blocks.Select(b => new BlockEntry(b.Line, b.KindName, b.Items, b.Reason)).ToList(),
            parsed.Warnings.Select(w => new WarningEntry(w.Line, w.Message)).ToList());
    }

    /// <summary>
    /// Each item's parent: the nearest item before it, in the same section, one level less deep; null
    /// for an item at the top.
    /// </summary>
    private static string?[] Parents(IReadOnlyList<ParsedItem> items)
    {
        var parents = new string?[items.Count];
        var open = new List<ParsedItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            open.RemoveAll(o => o.SectionIndex != item.SectionIndex || o.Depth >= item.Depth);
            parents[i] = item.Depth > 0 && open.Count > 0 && open[^1].Depth == item.Depth - 1 ? open[^1].Key : null;
            open.Add(item);
        }

        return parents;
    }

    private static string Slug(MetricStatus status) => status switch
    {
        MetricStatus.Met => "met",
        MetricStatus.OnTrack => "on-track",
        MetricStatus.AtRisk => "at-risk",
        MetricStatus.OffTrack => "off-track",
        _ => "unknown",
    };

    private static string? Slug(CostPeriod? period) => period switch
    {
        CostPeriod.Month => "month",
        CostPeriod.OneTime => "one-time",
        CostPeriod.Unit => "unit",
        _ => null,
    };
}
