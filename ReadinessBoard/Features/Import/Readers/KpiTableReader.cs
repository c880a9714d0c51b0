using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>A table with Current (or Actual) and Target columns: one KPI per row, met or not as its values say (or its Status cell).</summary>
internal sealed class KpiTableReader : ITableReader
{
    public BlockReading? TryRead(TableInput table, DocumentScan scan)
    {
        // "| Metric | Target | Actual |", "| Metric | Target | Q3 Actual | Q2 Actual |": the first is the value now. Beside a column
        // of metrics only: "| # | Criteria | Target | Actual | Status |" is a gate's criteria, items to check.
        // A budget, goal or threshold is the target beside a column of metrics too: "| Metric | Budget | Current |"
        // ("| Service | Current | Budget |" in money is a cost table).
        var metrics = table.Column("metric", "kpi", "measure", "indicator") is not null;
        var actual = metrics ? table.Column("actual", "achieved", "measured") : null;
        var otherTarget = metrics ? table.Column("budget", "goal", "threshold") : null;
        if ((table.Column("current") ?? actual) is not { } current || (table.Column("target") ?? otherTarget) is not { } target)
        {
            return null;
        }

        var before = scan.Metrics.Count;
        var name = table.Column("metric", "kpi", "measure", "indicator", "name") ?? 0;
        var status = table.Column("status", "state");
        foreach (var (line, cells) in table.Body)
        {
            var metricName = TitleText.Clean(TableInput.At(cells, name) ?? "");
            if (metricName.Length == 0)
            {
                continue;
            }

            var currentValue = MetricValue.Parse(TableInput.At(cells, current) ?? "");
            var targetValue = MetricValue.Parse(TableInput.At(cells, target) ?? "");
            var direction = MetricValue.DirectionOf(currentValue, targetValue);
            var computed = MetricValue.StatusOf(currentValue, targetValue, direction);
            var stated = TableInput.At(cells, status) is { } cell ? MetricValue.StatusFromCell(cell) : null;
            if (stated == MetricStatus.Met && computed is not (MetricStatus.Met or MetricStatus.Unknown))
            {
                scan.Warnings.Add(new ImportWarning(line,
                    $"The KPI \"{metricName}\" is marked met, but its current value {currentValue.Text} misses the target {targetValue.Text}."));
            }

            scan.Metrics.Add(new ParsedMetric(scan.Truncate(metricName, line, "A KPI name"), currentValue, targetValue, direction, stated ?? computed, scan.CurrentSection, line));
        }

        return table.Reading(BlockKind.Kpis, 0, $"KPIs: {scan.Metrics.Count - before} with a {table.Header[current].Text} and a {table.Header[target].Text} value");
    }
}
