using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Features.Rollups;

/// <summary>Money from <see cref="Min"/> to <see cref="Max"/>; equal ends when the source gave one amount.</summary>
public readonly record struct CostRange(double Min, double Max)
{
    public static CostRange Zero => default;

    public bool IsRange => !Min.Equals(Max);

    public static CostRange operator +(CostRange left, CostRange right) => new(left.Min + right.Min, left.Max + right.Max);

    public static CostRange operator *(CostRange range, double factor) => new(range.Min * factor, range.Max * factor);

    public static CostRange Add(CostRange left, CostRange right) => left + right;

    public static CostRange Multiply(CostRange range, double factor) => range * factor;

    public override string ToString() => IsRange ? $"{Money(Min)} to {Money(Max)}" : Money(Min);

    public static string Money(double amount) => amount.ToString(
        amount % 1 == 0 ? "$#,0" : "$#,0.00##", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record CostAmountFacts(string Column, double Min, double Max, CostPeriod Period);

public sealed record CostLineFacts(int Id, string Name, string Table, bool IsTotal, IReadOnlyList<CostAmountFacts> Amounts);

/// <summary>An item a cost line can be tied to by its words: the cost is committed once the item is under way.</summary>
public sealed record CostItem(int Id, string Title, ItemStatus Status);

/// <summary>One cost row with what it adds per period and the item it pays for, if one fits.</summary>
public sealed record CostLineRollup(CostLineFacts Line, CostRange? Monthly, CostRange? OneTime, CostItem? Item)
{
    /// <summary>Committed: the item it pays for is done or in progress.</summary>
    public bool Committed => Item?.Status is ItemStatus.Done or ItemStatus.InProgress;
}

/// <summary>
/// A board's costs: monthly and one-time sums as ranges, annualized, the document's own total rows
/// beside them, and committed (items done or in progress) against remaining.
/// </summary>
public sealed record CostSummary(
    IReadOnlyList<CostLineRollup> Lines,
    CostRange Monthly,
    CostRange OneTime,
    IReadOnlyList<CostLineFacts> TotalRows,
    CostRange CommittedMonthly,
    CostRange CommittedOneTime)
{
    /// <summary>
    /// The sum of each money column of one period, over the lines that are not totals, in the order the
    /// columns first appear: "Current" and "Recommended" side by side, neither added to the other.
    /// </summary>
    public IReadOnlyList<CostColumnTotal> Columns { get; init; } = [];

    /// <summary>Columns whose amounts are not in <see cref="Monthly"/> or <see cref="OneTime"/>: a second monthly column ("Recommended") beside the first.</summary>
    public IEnumerable<CostColumnTotal> Alternatives(CostPeriod period) => Columns.Where(c => c.Period == period && !c.InTotals);

    /// <summary>A year of the monthly cost.</summary>
    public CostRange Annualized => Monthly * 12;

    /// <summary>The first year: twelve months and the one-time cost.</summary>
    public CostRange FirstYear => Annualized + OneTime;

    public CostRange RemainingMonthly => new(Monthly.Min - CommittedMonthly.Min, Monthly.Max - CommittedMonthly.Max);

    public CostRange RemainingOneTime => new(OneTime.Min - CommittedOneTime.Min, OneTime.Max - CommittedOneTime.Max);

    public bool IsEmpty => Lines.Count == 0 && TotalRows.Count == 0;

    /// <summary>
    /// The document's own total for a period beside the sum it states: the lines of its own table when other
    /// tables have lines of that period too (a total row sums its table, not the board, and then names it);
    /// null when no total row gives one.
    /// </summary>
    public StatedCostTotal? StatedTotalCheck(CostPeriod period)
    {
        var total = TotalRows.FirstOrDefault(t => t.Amounts.Any(a => a.Period == period));
        if (total is null)
        {
            return null;
        }

        CostRange? Amount(CostLineRollup line) => period == CostPeriod.Month ? line.Monthly : line.OneTime;
        var stated = total.Amounts.First(a => a.Period == period);
        var ownTable = Lines.Where(l => l.Line.Table == total.Table).Aggregate(CostRange.Zero, (sum, l) => sum + (Amount(l) ?? CostRange.Zero));
        var elsewhere = Lines.Any(l => l.Line.Table != total.Table && Amount(l) is not null);
        return new StatedCostTotal(new CostRange(stated.Min, stated.Max), ownTable, elsewhere ? total.Table : null);
    }
}

/// <summary>A total row's amount, the sum of the lines it totals, and its table when the board has lines of that period elsewhere too.</summary>
public sealed record StatedCostTotal(CostRange Stated, CostRange Sum, string? Table);

/// <summary>A money column's sum over a board's cost lines; <see cref="InTotals"/> when its amounts are the ones the board's totals add.</summary>
public sealed record CostColumnTotal(string Column, CostPeriod Period, CostRange Sum, bool InTotals);

public static class CostRollup
{
    /// <summary>
    /// Sums the lines that are not totals. A line with two columns of the same period (current and
    /// recommended, say) adds its first one only, so nothing is counted twice.
    /// </summary>
    public static CostSummary Summarize(IEnumerable<CostLineFacts> lines, IEnumerable<CostItem> items)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(items);
        var candidates = items.Select(i => (Item: i, Words: TaskMatcher.Words(i.Title))).ToList();
        var rollups = new List<CostLineRollup>();
        var totals = new List<CostLineFacts>();
        CostRange monthly = default, oneTime = default, committedMonthly = default, committedOneTime = default;
        foreach (var line in lines)
        {
            if (line.IsTotal)
            {
                totals.Add(line);
                continue;
            }

            var rollup = new CostLineRollup(line, First(line, CostPeriod.Month), First(line, CostPeriod.OneTime), ItemFor(line.Name, candidates));
            rollups.Add(rollup);
            monthly += rollup.Monthly ?? default;
            oneTime += rollup.OneTime ?? default;
            if (rollup.Committed)
            {
                committedMonthly += rollup.Monthly ?? default;
                committedOneTime += rollup.OneTime ?? default;
            }
        }

        return new CostSummary(rollups, monthly, oneTime, totals, committedMonthly, committedOneTime) { Columns = ColumnTotals(rollups) };
    }

    private static List<CostColumnTotal> ColumnTotals(List<CostLineRollup> lines)
    {
        var columns = new List<CostColumnTotal>();
        foreach (var line in lines)
        {
            var periods = line.Line.Amounts.Select(a => a.Period).ToList();
            for (var i = 0; i < periods.Count; i++)
            {
                var amount = line.Line.Amounts[i];
                if (amount.Period is not (CostPeriod.Month or CostPeriod.OneTime))
                {
                    continue;
                }

                var inTotals = CountsInTotals(false, periods, i);
                var at = columns.FindIndex(c => c.Period == amount.Period && string.Equals(c.Column, amount.Column, StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                {
                    columns.Add(new CostColumnTotal(amount.Column, amount.Period, new CostRange(amount.Min, amount.Max), inTotals));
                }
                else
                {
                    columns[at] = columns[at] with { Sum = columns[at].Sum + new CostRange(amount.Min, amount.Max), InTotals = columns[at].InTotals || inTotals };
                }
            }
        }

        return columns;
    }

    private static CostRange? First(CostLineFacts line, CostPeriod period) =>
        line.Amounts.Where(a => a.Period == period).Select(a => (CostRange?)new CostRange(a.Min, a.Max)).FirstOrDefault();

    /// <summary>
    /// Whether the amount at <paramref name="index"/> of a line (its amounts' periods in order) is one that
    /// <see cref="Summarize"/> adds: a monthly or one-time amount, the first of its period on a line that
    /// is not a total row. The workbook's totals add the same amounts.
    /// </summary>
    public static bool CountsInTotals(bool isTotalRow, IReadOnlyList<CostPeriod> periods, int index)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var period = periods[index];
        return !isTotalRow && period is CostPeriod.Month or CostPeriod.OneTime && periods.Take(index).All(p => p != period);
    }

    /// <summary>The one item whose title the cost line's name clearly fits ("Sealed Secrets" → "Set Up Sealed Secrets").</summary>
    private static CostItem? ItemFor(string name, List<(CostItem Item, HashSet<string> Words)> candidates)
    {
        var words = TaskMatcher.Words(name);
        var scores = candidates.Select(c => TaskMatcher.Score(words, [c.Words], [])).ToList();
        return TaskMatcher.Best(scores) is { } best ? candidates[best].Item : null;
    }
}
