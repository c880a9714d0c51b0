using System.Buffers;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Limits checked line by line on the text before it is parsed, so that a pathological document is
/// refused with its line instead of costing the parser seconds or tripping its own guards: how deeply
/// lists and quotes nest, and how much emphasis markup one line holds.
/// </summary>
internal static class TextLimits
{
    /// <summary>Emphasis delimiters (<c>* _ ~ = ^ +</c>) and brackets on one line; real lines hold a few dozen.</summary>
    public const int MaxMarkupPerLine = 1000;

    private static readonly SearchValues<char> s_markup = SearchValues.Create("*_~=^+[]");

    public static void Check(string text, ImportLimits limits)
    {
        var line = 1;
        var start = 0;
        while (true)
        {
            // Line ends and markup are found with vectorized searches: every line of the document passes here.
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            if (end < 0)
            {
                CheckLine(text.AsSpan(start), line, limits);
                return;
            }

            var i = start + end;
            CheckLine(text.AsSpan(start, end), line, limits);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            line++;
            start = i + 1;
        }
    }

    private static void CheckLine(ReadOnlySpan<char> line, int number, ImportLimits limits)
    {
        var depth = 0;
        var at = 0;
        while (at < line.Length)
        {
            var rest = line[at..].TrimStart(' ');
            if (rest.Length == 0)
            {
                break;
            }

            var marker = ContainerMarker(rest);
            if (marker == 0)
            {
                break;
            }

            depth++;
            at = line.Length - rest.Length + marker;
        }

        if (depth > limits.MaxDepth)
        {
            throw new ImportException($"the document nests lists or quotes more than {limits.MaxDepth} levels deep.", number);
        }

        var markup = 0;
        for (var rest = line; rest.IndexOfAny(s_markup) is var next and >= 0; rest = rest[(next + 1)..])
        {
            markup++;
        }

        if (markup > MaxMarkupPerLine)
        {
            throw new ImportException($"a line holds more than {MaxMarkupPerLine} emphasis marks or brackets; ReadinessBoard does not read such a line.", number);
        }
    }

    /// <summary>The length of a quote or list marker at the start, with its space; 0 when there is none.</summary>
    private static int ContainerMarker(ReadOnlySpan<char> text)
    {
        if (text[0] == '>')
        {
            return text.Length > 1 && text[1] == ' ' ? 2 : 1;
        }

        if (text[0] is '-' or '*' or '+' && text.Length > 1 && text[1] == ' ')
        {
            return 2;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ' ? digits + 2 : 0;
    }
}
