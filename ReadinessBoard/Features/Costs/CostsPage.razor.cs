using Microsoft.AspNetCore.Components;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Features.Costs;

public sealed partial class CostsPage
{
    [Inject] private CostQueries Costs { get; set; } = default!;

    protected override string StateName => "costs";

    protected override Task<CostModel?> LoadAsync(Actor actor, CancellationToken ct) => Costs.GetAsync(BoardId, actor, ct);

    private int CommittedShare => Model!.Summary.Monthly.Max <= 0
        ? 0
        : (int)Math.Round(100 * Model.Summary.CommittedMonthly.Max / Model.Summary.Monthly.Max);

    private List<Slice> SplitSlices => Model!.Summary.Lines
        .Where(l => l.Monthly?.Max > 0)
        .Select(l => new Slice(l.Line.Name, l.Monthly!.Value.Max))
        .ToList();

    private bool HasOther => Model!.Summary.Lines.Any(l => Other(l).Length > 0);

    private static string Sum(IEnumerable<CostLineRollup> lines, Func<CostLineRollup, CostRange?> amount) =>
        lines.Select(amount).Aggregate(CostRange.Zero, (sum, a) => sum + (a ?? CostRange.Zero)).ToString();

    /// <summary>Amounts that are neither monthly nor one-time: per unit, or a column without a period.</summary>
    private static string Other(CostLineRollup line)
    {
        var others = line.Line.Amounts
            .Where(a => a.Period is not (CostPeriod.Month or CostPeriod.OneTime))
            .Select(a => $"{a.Column}: {new CostRange(a.Min, a.Max)}{(a.Period == CostPeriod.Unit ? " each" : "")}")
            .ToList();
        return others.Count == 0 ? "" : string.Join("; ", others);
    }

    /// <summary>
    /// A table that compares columns of one period ("Current" and "Recommended" a month): its money
    /// columns in order, each summed on its own. Empty for a table with one column per period.
    /// </summary>
    private static List<(string Column, CostPeriod Period)> ComparedColumns(IEnumerable<CostLineRollup> table)
    {
        var columns = table.SelectMany(l => l.Line.Amounts)
            .Where(a => a.Period is CostPeriod.Month or CostPeriod.OneTime)
            .Select(a => (a.Column, a.Period))
            .Distinct()
            .ToList();
        return columns.GroupBy(c => c.Period).Any(g => g.Count() > 1) ? columns : [];
    }

    private static CostRange? AmountIn(CostLineRollup line, (string Column, CostPeriod Period) column) =>
        line.Line.Amounts.Where(a => a.Column == column.Column && a.Period == column.Period).Select(a => (CostRange?)new CostRange(a.Min, a.Max)).FirstOrDefault();

    private static string PeriodWord(CostPeriod period) => period == CostPeriod.Month ? "a month" : "one-time";

    private sealed record Slice(string Line, double Amount);
}
