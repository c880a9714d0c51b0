using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>An estimate in hours, as a range: "2-4 hours" is 2 to 4; a day is 8 hours, a week 40.</summary>
public sealed partial record HourRange(double Min, double Max)
{
    public const double HoursPerDay = 8;
    public const double HoursPerWeek = 40;

    public static HourRange operator +(HourRange a, HourRange b) => new(a.Min + b.Min, a.Max + b.Max);

    /// <summary>The first estimate written in the text: <c>(1 hour)</c>, <c>2-3h</c>, <c>1-2 days</c>, <c>2-4 weeks</c>.</summary>
    public static HourRange? Find(string text) => Find(text, out _);

    public static HourRange? Find(string text, out Match match)
    {
        match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var min = double.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var max = match.Groups["max"].Success ? double.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture) : min;
        if (max < min)
        {
            (min, max) = (max, min);
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var factor = unit[0] switch
        {
            'd' => HoursPerDay,
            'w' => HoursPerWeek,
            _ => 1,
        };
        return new HourRange(min * factor, max * factor);
    }

    public string Describe() => Min == Max ? $"{Format(Min)}h" : $"{Format(Min)}-{Format(Max)}h";

    private static string Format(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\w.])(?<min>\d{1,4}(?:\.\d+)?)(?:\s*[-–]\s*(?<max>\d{1,4}(?:\.\d+)?))?\s*(?<unit>hours?|hrs?|h|days?|d|weeks?|wks?|w)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
