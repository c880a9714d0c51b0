using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// A step of a plan named by time: <c>Day 0</c>, <c>Day 1-2</c>, <c>Week 1</c>, <c>Week 2-3</c>, <c>Month 2</c>,
/// also inside other words (<c>Should Have (Week 2)</c>). Days count from the plan start: Day 0 is the
/// day before Week 1, which is days 1-7; Month 2 is days 31-60.
/// </summary>
public sealed partial record PhaseLabel(string Name, int StartDay, int EndDay)
{
    public static PhaseLabel? Find(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var unit = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups["unit"].Value.ToLowerInvariant());
        var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var name = from == to ? $"{unit} {from}" : $"{unit} {from}-{to}";
        return unit switch
        {
            "Day" => new PhaseLabel(name, from, to),
            "Week" => new PhaseLabel(name, (Math.Max(0, from - 1) * 7) + 1, Math.Max(1, to) * 7),
            _ => new PhaseLabel(name, (Math.Max(0, from - 1) * 30) + 1, Math.Max(1, to) * 30),
        };
    }

    [GeneratedRegex(@"\b(?<unit>Day|Week|Month)s?\s+(?<from>\d{1,3})(?:\s*(?:[-–]|to)\s*(?<to>\d{1,3}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
