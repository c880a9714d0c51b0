using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A table with money columns: one cost line per row, with an amount per money column. A cell without a
/// period takes its column's ("Current" is monthly when its other cells say "/mo"); in a table of hours and a
/// rate, the cost is one-time engineering work, worked out as hours × rate where the row does not state it.
/// </summary>
internal sealed class CostTableReader : ITableReader
{
    public BlockReading? TryRead(TableInput table, DocumentScan scan)
    {
        if (!HasMoneyColumns(table))
        {
            return null;
        }

        var before = scan.Costs.Count;
        var headers = table.HeaderTexts;
        var rows = table.Body;
        var moneyColumns = new List<int>();
        int? rate = null, hours = null;
        for (var i = 1; i < headers.Count; i++)
        {
            var header = table.Headers[i];
            if (header.Contains("rate", StringComparison.Ordinal))
            {
                rate ??= i;
            }
            else if (header.Contains("hour", StringComparison.Ordinal) || header is "hrs" or "effort" or "time" or "days")
            {
                hours ??= i;
                continue;
            }

            if (MoneyRange.IsMoneyHeader(headers[i]))
            {
                moneyColumns.Add(i);
            }
        }

        var engineering = rate is not null && hours is not null;
        var periods = ColumnPeriods(headers, rows, moneyColumns, engineering ? CostPeriod.OneTime : null);
        foreach (var (line, cells) in rows)
        {
            var name = TitleText.Clean(TableInput.At(cells, 0) ?? "");
            if (name.Length == 0)
            {
                continue;
            }

            var amounts = new List<ParsedCostAmount>();
            foreach (var column in moneyColumns)
            {
                if (TableInput.At(cells, column) is { } cell && MoneyRange.Parse(cell) is { } amount)
                {
                    amounts.Add(new ParsedCostAmount(headers[column], amount.Min, amount.Max, amount.Period ?? periods[column]));
                }
            }

            var isTotal = name.Contains("total", StringComparison.OrdinalIgnoreCase);
            if (engineering && !isTotal && !amounts.Exists(a => a.Period == CostPeriod.OneTime)
                && TableInput.At(cells, hours) is { } hoursText && HourRange.Find(hoursText) is { } time
                && TableInput.At(cells, rate) is { } rateText && MoneyRange.Parse(rateText) is { } perHour)
            {
                amounts.Add(new ParsedCostAmount("Cost", time.Min * perHour.Min, time.Max * perHour.Max, CostPeriod.OneTime));
            }

            scan.Costs.Add(new ParsedCostLine(scan.Truncate(name, line, "A cost line"), table.SectionName, isTotal, amounts, line));
        }

        return table.Reading(BlockKind.Costs, 0, $"costs: {scan.Costs.Count - before} lines with amounts in money columns");
    }

    /// <summary>A column after the first is headed as money, and a cell after the first of some row holds an amount.</summary>
    private static bool HasMoneyColumns(TableInput table)
    {
        var moneyHeader = false;
        for (var i = 1; i < table.Headers.Count && !moneyHeader; i++)
        {
            moneyHeader = MoneyRange.IsMoneyHeader(table.Headers[i]);
        }

        if (!moneyHeader)
        {
            return false;
        }

        foreach (var (_, cells) in table.Body)
        {
            for (var i = 1; i < cells.Count; i++)
            {
                if (MoneyRange.Parse(cells[i].Text) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The period of each money column: its header's, else the one most of its cells state, else the one period
    /// the table's other columns state, else <paramref name="fallback"/> (rates aside).
    /// </summary>
    private static Dictionary<int, CostPeriod?> ColumnPeriods(List<string> headers, List<(int Line, List<Cell> Cells)> rows, List<int> columns, CostPeriod? fallback)
    {
        var periods = new Dictionary<int, CostPeriod?>();
        foreach (var column in columns)
        {
            var stated = rows.Select(r => TableInput.At(r.Cells, column) is { } cell ? MoneyRange.Parse(cell)?.Period : null).OfType<CostPeriod>()
                .GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => (CostPeriod?)g.Key).FirstOrDefault();
            periods[column] = MoneyRange.PeriodOfColumn(headers[column]) ?? stated;
        }

        // "| Resource | Current | Recommended |" where only some cells say "/mo": the table is of one period, and so is every column of it.
        var tablePeriods = periods.Values.OfType<CostPeriod>().Where(p => p != CostPeriod.Unit).Distinct().ToList();
        var tablePeriod = tablePeriods.Count == 1 ? tablePeriods[0] : fallback;
        foreach (var column in columns)
        {
            if (periods[column] is null && !headers[column].Contains("rate", StringComparison.OrdinalIgnoreCase))
            {
                periods[column] = tablePeriod;
            }
        }

        return periods;
    }
}
