using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>Regular-expression replacements on the importer's hot paths, without what <see cref="Regex.Replace(string, string)"/> costs.</summary>
internal static class PatternText
{
    /// <summary>
    /// The text with every match of <paramref name="pattern"/> replaced by one space, as
    /// <c>pattern.Replace(text, " ")</c> gives it; the text itself when nothing matches. One string is made:
    /// <see cref="Regex.Replace(string, string)"/> parses its replacement again whenever the collector has taken
    /// back the copy it keeps, and grows a list of matches, for each of the thousands of titles of a document.
    /// </summary>
    public static string BlankMatches(this Regex pattern, string text)
    {
        var matches = pattern.EnumerateMatches(text);
        if (!matches.MoveNext())
        {
            return text;
        }

        // Each match of one character or more becomes one, so the result is never longer than the text.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var from = 0;
        do
        {
            var match = matches.Current;
            if (match.Length == 0)
            {
                // A pattern that can match nothing: rare enough to leave to the general replacement.
                return pattern.Replace(text, " ");
            }

            text.AsSpan(from, match.Index - from).CopyTo(buffer[length..]);
            length += match.Index - from;
            buffer[length++] = ' ';
            from = match.Index + match.Length;
        }
        while (matches.MoveNext());

        text.AsSpan(from).CopyTo(buffer[length..]);
        length += text.Length - from;
        return new string(buffer[..length]);
    }
}
