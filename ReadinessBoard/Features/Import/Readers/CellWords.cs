using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// What a short piece of text states, wherever the readers find it (a table cell, a fact line, a bold label):
/// a level on a scale, a priority, a person, a due date, or words that say nothing ("-", "TBD").
/// </summary>
internal static partial class CellWords
{
    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly string[] s_dateFormats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>The cell's text, or null for a placeholder that says nothing ("-", "TBD", "n/a").</summary>
    public static string? Filled(string? cell) =>
        cell?.Trim() is { Length: > 0 } text && text.ToLowerInvariant() is not ("-" or "–" or "—" or "tbd" or "tba" or "n/a" or "none" or "?" or "unassigned")
            ? text : null;

    /// <summary>A person's name or handle from an Owner cell; nothing for a placeholder ("-", "TBD").</summary>
    public static string? Person(string? cell) => Filled(TitleText.StripSymbols(cell ?? "")) is { Length: <= 200 } name ? name : null;

    /// <summary>A due date written as a date (<c>2026-12-18</c>, <c>Dec 18, 2026</c>); null for anything else ("Q3", "next sprint").</summary>
    public static DateOnly? DueDate(string? cell)
    {
        var text = cell?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return date;
        }

        return IsoDate().Match(text) is { Success: true } iso && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date : null;
    }

    /// <summary>The first ISO date (<c>2026-12-18</c>) in a text, or null.</summary>
    public static DateOnly? FirstIsoDate(string text) =>
        DateOnly.TryParse(IsoDate().Match(text).Value, CultureInfo.InvariantCulture, out var on) ? on : null;

    /// <summary>The priority a label starts with ("Critical:", "P1 - before launch", "Must have"), in the board's words; null for any other label.</summary>
    public static string? PriorityWord(string label)
    {
        var match = PriorityLabel().Match(TitleText.Clean(label));
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value.ToLowerInvariant();
        return word switch
        {
            "critical" or "blocker" => "Critical",
            "high" => "High",
            "medium" => "Medium",
            "low" => "Low",
            "must" => "Must",
            "should" => "Should",
            "could" => "Could",
            "nice" => "Nice",
            "won't" or "wont" => "Won't",
            _ => word.ToUpperInvariant(),
        };
    }

    /// <summary>A priority cell: stars ("⭐⭐⭐" is 3/5), a priority word, or a short word of the document's own scale.</summary>
    public static string? PriorityOfCell(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var stars = cell.Count(c => c is '\u2B50' or '\u2605');
        if (stars > 0)
        {
            return $"{Math.Min(stars, 5)}/5";
        }

        return PriorityWord(cell) ?? (cell.Length <= 20 && Filled(TitleText.Clean(cell)) is { Length: > 0 } words ? words : null);
    }

    /// <summary>The level on a scale the cell states (<see cref="ScaleLevel"/>); null for free text, which the caller keeps as words.</summary>
    public static string? Level(string? cell) => ScaleWord(cell) ?? ScaleLevel.Of(cell);

    /// <summary>
    /// "Impact: Cross-tenant data leak": the facts written in words, not on a scale the matrix can place,
    /// for the item's details; an effort that is an estimate ("8 hours") is the estimate instead.
    /// </summary>
    public static string? FreeFacts(params (string Name, string? Text)[] facts)
    {
        string? words = null;
        foreach (var (name, text) in facts)
        {
            if (Filled(text) is { } value && Level(value) is null && !(name == "Effort" && HourRange.Find(value) is not null))
            {
                words = Join(words, $"{name}: {value}");
            }
        }

        return words;
    }

    /// <summary>Two texts of details, one per line; either may be missing.</summary>
    public static string? Join(string? first, string? second) => first is null ? second : second is null ? first : $"{first}\n{second}";

    /// <summary>The level a cell of nothing but one word of the scale names ("HIGH", "med"), else null.</summary>
    private static string? ScaleWord(string? cell)
    {
        var word = cell.AsSpan();
        if (word.IsEmpty || word.Length > 8 || word.ContainsAnyExcept(s_asciiLetters))
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        Ascii.ToLower(word, lower, out _);
        return lower switch
        {
            "critical" => "Critical",
            "high" => "High",
            "medium" or "med" or "moderate" => "Medium",
            "low" => "Low",
            "none" => "None",
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?<word>critical|blocker|high|medium|low|must|should|could|nice|won't|wont|p[0-4])\b(?!\s+not\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriorityLabel();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
