using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// The references a priority list names instead of titles: one (<c>SEC-003</c>) or a range
/// (<c>MON-001 to MON-006</c>, <c>MON-001 a MON-006</c>, <c>MON-001–006</c>, <c>DEPLOY-001..005</c>).
/// </summary>
public static partial class References
{
    private const int MaxRange = 500;

    /// <summary>Every reference the text names, in order; null when the text is not references alone.</summary>
    public static IReadOnlyList<string>? Expand(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var prefix = match.Groups["prefix"].Value;
        var first = match.Groups["from"].Value;
        if (!match.Groups["to"].Success)
        {
            return [prefix + first];
        }

        if (match.Groups["prefix2"].Success && !string.Equals(match.Groups["prefix2"].Value, prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var from = int.Parse(first, CultureInfo.InvariantCulture);
        var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
        if (to < from || to - from > MaxRange)
        {
            return null;
        }

        // "MON-001 to MON-006" keeps the width of its numbers: MON-002, not MON-2.
        var width = first.Length;
        return Enumerable.Range(from, to - from + 1).Select(n => prefix + n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')).ToList();
    }

    [GeneratedRegex(@"^(?<prefix>[A-Za-z]{1,10}-?)(?<from>\d{1,5})(?:\s*(?:to|a|through|thru|hasta|–|—|-|\.\.)\s*(?:(?<prefix2>[A-Za-z]{1,10}-?)(?=\d))?(?<to>\d{1,5}))?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
