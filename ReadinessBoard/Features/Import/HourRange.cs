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
    public static HourRange? Find(string text) => Find(text.AsSpan());

    /// <inheritdoc cref="Find(string)"/>
    public static HourRange? Find(ReadOnlySpan<char> text)
    {
        // The pattern finds the estimate; its numbers and unit are read from the span it matched, so that no
        // Match and no groups are allocated: this runs for titles, headings and cells thousands of times a parse.
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            return Read(text.Slice(match.Index, match.Length));
        }

        return null;
    }

    /// <summary>Reads what <see cref="Pattern"/> matched: a number, maybe a dash and a second number, then the unit.</summary>
    private static HourRange Read(ReadOnlySpan<char> estimate)
    {
        var rest = estimate;
        var min = double.Parse(Number(ref rest), CultureInfo.InvariantCulture);
        var max = min;
        rest = rest.TrimStart();
        if (rest[0] is '-' or '–')
        {
            rest = rest[1..].TrimStart();
            max = double.Parse(Number(ref rest), CultureInfo.InvariantCulture);
            rest = rest.TrimStart();
        }

        if (max < min)
        {
            (min, max) = (max, min);
        }

        var factor = char.ToLowerInvariant(rest[0]) switch
        {
            'd' => HoursPerDay,
            'w' => HoursPerWeek,
            'm' => 1.0 / 60,
            _ => 1,
        };
        return new HourRange(min * factor, max * factor);
    }

    /// <summary>The number at the start of <paramref name="text"/> (digits, maybe a fraction), which is moved past it.</summary>
    private static ReadOnlySpan<char> Number(ref ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsDigit(text[length]))
        {
            length++;
        }

        if (length + 1 < text.Length && text[length] == '.' && char.IsDigit(text[length + 1]))
        {
            length++;
            while (length < text.Length && char.IsDigit(text[length]))
            {
                length++;
            }
        }

        var number = text[..length];
        text = text[length..];
        return number;
    }

    public string Describe() => Min == Max ? $"{Format(Min)}h" : $"{Format(Min)}-{Format(Max)}h";

    private static string Format(double hours) => Math.Round(hours, 2).ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\w.])(?<min>\d{1,4}(?:\.\d+)?)(?:\s*[-–]\s*(?<max>\d{1,4}(?:\.\d+)?))?\s*(?<unit>hours?|hrs?|h|days?|d|weeks?|wks?|w|minutes?|mins?)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
