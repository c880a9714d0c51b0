using System.Globalization;
using System.Text.RegularExpressions;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// A money cell: <c>$5</c>, <c>$50-100</c>, <c>~$55-155</c>, <c>+$118</c>, <c>$26/mo</c>, <c>$0.10</c>. A dash or an
/// empty cell is no amount at all, which is not the same as <c>$0</c>.
/// </summary>
public static partial class MoneyRange
{
    public sealed record Amount(double Min, double Max, CostPeriod? Period);

    public static Amount? Parse(string cell)
    {
        var match = Pattern().Match(cell);
        if (!match.Success)
        {
            return null;
        }

        var min = Number(match.Groups["min"].Value);
        var max = match.Groups["max"].Success ? Number(match.Groups["max"].Value) : min;
        if (max < min)
        {
            (min, max) = (max, min);
        }

        CostPeriod? period = match.Groups["per"].Value.ToLowerInvariant() switch
        {
            "" => null,
            "mo" or "month" or "mth" => CostPeriod.Month,
            "yr" or "year" => CostPeriod.Month,
            _ => CostPeriod.Unit,
        };
        if (match.Groups["per"].Value.ToLowerInvariant() is "yr" or "year")
        {
            // A yearly price is shown per month, so that totals add like with like.
            (min, max) = (min / 12, max / 12);
        }

        return new Amount(min, max, period);
    }

    /// <summary>The period a column's header names: monthly, one-time, or per something.</summary>
    public static CostPeriod? PeriodOfColumn(string header)
    {
        var h = header.ToLowerInvariant();
        if (h.Contains("one-time", StringComparison.Ordinal) || h.Contains("one time", StringComparison.Ordinal) || h.Contains("onetime", StringComparison.Ordinal) || h.Contains("setup", StringComparison.Ordinal) || h.Contains("upfront", StringComparison.Ordinal))
        {
            return CostPeriod.OneTime;
        }

        if (h.Contains("month", StringComparison.Ordinal) || h.Contains("/mo", StringComparison.Ordinal) || h.Contains("mrr", StringComparison.Ordinal))
        {
            return CostPeriod.Month;
        }

        if (h.Contains("per ", StringComparison.Ordinal) || h.Contains("rate", StringComparison.Ordinal) || h.Contains("unit", StringComparison.Ordinal))
        {
            return CostPeriod.Unit;
        }

        return null;
    }

    /// <summary>Whether a header names a money column: a cost, a price, a monthly or one-time figure.</summary>
    public static bool IsMoneyHeader(string header)
    {
        var h = header.ToLowerInvariant();
        return h.Contains("cost", StringComparison.Ordinal) || h.Contains("price", StringComparison.Ordinal) || h.Contains('$')
            || h.Contains("monthly", StringComparison.Ordinal) || h.Contains("one-time", StringComparison.Ordinal) || h.Contains("budget", StringComparison.Ordinal)
            || h.Contains("spend", StringComparison.Ordinal) || h.Contains("fee", StringComparison.Ordinal) || h.Contains("per record", StringComparison.Ordinal)
            || h is "current" or "recommended" or "proposed" or "new" or "before" or "after" or "savings" or "saving" or "difference"
                or "delta" or "estimated" or "increase" or "rate" or "amount" or "total";
    }

    private static double Number(string text) => double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*[~≈+]?\s*[$€£]\s*(?<min>\d[\d,]*(?:\.\d+)?)\s*(?:[-–]\s*[$€£]?\s*(?<max>\d[\d,]*(?:\.\d+)?))?\s*[kK]?\s*(?:/\s*(?<per>[a-zA-Z ]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
