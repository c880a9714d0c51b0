using System.Buffers;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// White space and control characters: what titles and inline text fold into single spaces. As
/// searchable sets, so that a text is scanned for them in vector steps instead of char by char.
/// </summary>
internal static class BlankText
{
    /// <summary>Every character for which <see cref="IsBlank"/> holds.</summary>
    public static readonly SearchValues<char> Chars = SearchValues.Create(Every(ch => IsBlank(ch)));

    /// <summary>Every blank character except the plain space.</summary>
    public static readonly SearchValues<char> CharsButSpace = SearchValues.Create(Every(ch => ch != ' ' && IsBlank(ch)));

    public static bool IsBlank(char ch) => char.IsWhiteSpace(ch) || char.IsControl(ch);

    /// <summary>Whether folding would change nothing: single spaces between visible characters only.</summary>
    public static bool IsFolded(ReadOnlySpan<char> text) =>
        text.IndexOfAny(CharsButSpace) < 0
        && (text.IsEmpty || (text[0] != ' ' && text[^1] != ' '))
        && !text.Contains("  ", StringComparison.Ordinal);

    private static string Every(Func<char, bool> blank)
    {
        var chars = new List<char>();
        for (var ch = char.MinValue; ch < char.MaxValue; ch++)
        {
            if (blank(ch))
            {
                chars.Add(ch);
            }
        }

        return new string([.. chars]);
    }
}
