using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// A task's title as the board shows it: without its number, estimate, status words, dates and
/// decorative symbols. "### 6. Webhook Signature Strict Validation (1 hour) 🔐" is
/// "Webhook Signature Strict Validation", number 6, estimate 1 hour.
/// </summary>
public static partial class TitleText
{
    public readonly record struct Parts(string Title, int? Number, HourRange? Estimate);

    // Once, not per call: a params array is allocated and filled every time.
    private static readonly char[] s_edgePunctuation = ['-', '–', '—', ':', '|', ',', ';', '*', '_', ' '];

    public static Parts Parse(string text)
    {
        // Matches are found as spans (no Match, no groups): every task, heading and plan line passes here.
        int? number = null;
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length > 0 && char.IsAsciiDigit(trimmed[0]) && FirstMatch(LeadingNumber(), text) is var (_, numberedLength) && numberedLength > 0)
        {
            var digits = 0;
            while (digits < trimmed.Length && char.IsDigit(trimmed[digits]))
            {
                digits++;
            }

            number = int.Parse(trimmed[..digits], CultureInfo.InvariantCulture);
            text = text[numberedLength..];
        }

        // "(2h)" anywhere is the estimate; a bare "2-3h" only at the very end, so that the words of
        // "Keep 7 days of audit logs" stay words. Words after the estimate in its parentheses stay in the
        // title: "(8h migration)" is 8 hours and "(migration)".
        HourRange? estimate = null;
        if (text.Contains('(') && FirstMatch(EstimateInParentheses(), text) is var (at, length) && length > 0)
        {
            estimate = HourRange.Find(text.AsSpan(at, length));
            text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(at + length));
        }
        else if (text.Contains('(') && FirstMatch(EstimateBeforeWords(), text) is var (start, spanLength) && spanLength > 0)
        {
            var words = EstimateBeforeWords().Match(text.Substring(start, spanLength)).Groups["words"];
            estimate = HourRange.Find(text.AsSpan(start, spanLength - words.Length - 1));
            text = string.Concat(text[..start], "(", words.Value, ")", text[(start + spanLength)..]);
        }
        else if (EndsLikeAnEstimate(text) && FirstMatch(TrailingEstimate(), text) is var (end, endLength) && endLength > 0)
        {
            estimate = HourRange.Find(text.AsSpan(end, endLength));
            text = text[..end];
        }

        return new Parts(Clean(text), number, estimate);
    }

    /// <summary>
    /// Where the pattern first matches; a length of 0 when it does not (none of the title patterns matches
    /// empty text). Found as a <see cref="ValueMatch"/>, which costs no allocation, unlike a <see cref="Match"/>.
    /// </summary>
    private static (int Index, int Length) FirstMatch(Regex pattern, string text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            return (match.Index, match.Length);
        }

        return (0, 0);
    }

    /// <summary>Removes symbols, status words, dates and stray punctuation; collapses spaces.</summary>
    public static string Clean(string text)
    {
        // Each pass only where it can change something: titles are cleaned thousands of times per import.
        if (HasUpperRunOrSymbol(text))
        {
            text = StatusMarks.Strip(text);
        }

        if (text.Contains('-'))
        {
            text = Date().BlankMatches(text);
        }

        if (text.Contains('('))
        {
            text = EmptyParentheses().BlankMatches(text);
        }

        return KeepLeadingSign(StripSymbols(text)).TrimEnd(s_edgePunctuation).Trim();
    }

    /// <summary>
    /// Trims the punctuation a status word or a separator left at the start, but not a minus that belongs
    /// to the first word ("-2+3", "-v flag"): one followed by a letter or a digit.
    /// </summary>
    private static string KeepLeadingSign(string text)
    {
        var start = 0;
        while (start < text.Length && Array.IndexOf(s_edgePunctuation, text[start]) >= 0
            && !(text[start] is '-' && start + 1 < text.Length && char.IsLetterOrDigit(text[start + 1])))
        {
            start++;
        }

        return text[start..];
    }

    /// <summary>
    /// The text without emoji and other symbols, white space folded to single spaces and trimmed; words,
    /// status words and dates stay. For section names: "🔐 Security" is "Security".
    /// </summary>
    public static string StripSymbols(string text)
    {
        if (Ascii.IsValid(text))
        {
            return FoldAscii(text);
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var blank = Rune.IsWhiteSpace(rune) || category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                || rune.Value is 0xFE0F or 0x200D or 0x20E3;
            if (blank)
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (rune.IsBmp)
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Whether the text starts with a number like "3." or "12)": a numbered heading or line.</summary>
    public static bool StartsWithNumber(string text) =>
        text.AsSpan().TrimStart() is { Length: > 0 } trimmed && char.IsAsciiDigit(trimmed[0]) && LeadingNumber().IsMatch(text);

    /// <summary>Plain ASCII has no symbols to drop: fold white space, char by char.</summary>
    private static string FoldAscii(string text)
    {
        if (BlankText.IsFolded(text))
        {
            return text;
        }

        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var ch in text)
        {
            if (BlankText.IsBlank(ch))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = ch;
        }

        return buffer[..length].TrimEnd().ToString();
    }

    /// <summary>Only a text ending in a unit's letter can end in an estimate ("2-3h", "1 week").</summary>
    private static bool EndsLikeAnEstimate(string text)
    {
        var end = text.AsSpan().TrimEnd();
        return end.Length > 1 && char.ToLowerInvariant(end[^1]) is 'h' or 'd' or 'w' or 's' or 'r' or 'k' && end.ContainsAnyInRange('0', '9');
    }

    private static bool HasUpperRunOrSymbol(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch >= 0x80 || (char.IsAsciiLetterUpper(ch) && i + 1 < text.Length && (char.IsAsciiLetterUpper(text[i + 1]) || text[i + 1] == '/')))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,4})[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\(\s*~?\s*\d{1,4}(?:\.\d+)?(?:\s*[-–]\s*\d{1,4}(?:\.\d+)?)?\s*(?:hours?|hrs?|h|days?|d|weeks?|wks?|w|minutes?|mins?)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstimateInParentheses();

    // "Keep the error rate under 1% for 1 hour", "Roll back within 2 days": a duration the task speaks of, not its estimate.
    [GeneratedRegex(@"(?<!\b(?:for|within|after|over|every|under|past|last|first|next|than|of|per|each)\s+)(?<![\w.])\d{1,4}(?:\.\d+)?(?:\s*[-–]\s*\d{1,4}(?:\.\d+)?)?\s*(?:hours?|hrs?|h|days?|d|weeks?|wks?|w)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingEstimate();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    /// <summary>An estimate followed by words in one pair of parentheses; not "d" or "w" alone, which "2d array" would read.</summary>
    [GeneratedRegex(@"\(\s*~?\s*\d{1,4}(?:\.\d+)?(?:\s*[-–]\s*\d{1,4}(?:\.\d+)?)?\s*(?:hours?|hrs?|h|days?|weeks?|wks?|minutes?|mins?)\s+(?<words>[^()\d\s][^()]*?)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstimateBeforeWords();

    /// <summary>Parentheses left empty once a status or date is taken out; never a call's "()" right after a name.</summary>
    [GeneratedRegex(@"(?<![\w\]\)>])\(\s*[-–:,]*\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyParentheses();
}
