using System.Buffers;
using System.Text;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// Keeps text from running as a formula in a spreadsheet (CSV or formula injection). Text that
/// starts with <c>= + - @</c>, a tab or a carriage return is what Excel, LibreOffice and Google
/// Sheets take as a formula when the cell is typed, pasted or opened from a CSV.
/// </summary>
public static class FormulaGuard
{
    public static bool LooksLikeFormula(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// The text for a CSV field: prefixed with an apostrophe when it looks like a formula, as
    /// OWASP advises; spreadsheets show the text after the apostrophe and never evaluate it.
    /// </summary>
    public static string ForCsv(string text) => LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>
    /// The text for a cell of an .xlsx workbook, as XML 1.0 can carry it: control characters and
    /// lone surrogates become Excel's <c>_xHHHH_</c> escapes (a literal <c>_xHHHH_</c> is escaped in
    /// turn), and the text is cut to Excel's limit of 32,767 characters without splitting a character.
    /// </summary>
    public static string ForXlsx(string text)
    {
        if (!NeedsEscaping(text) && text.Length <= MaxCellLength)
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length + 16, MaxCellLength + 16));
        for (var i = 0; i < text.Length && builder.Length < MaxCellLength; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + 2 > MaxCellLength)
                {
                    break;
                }

                builder.Append(ch).Append(text[++i]);
            }
            else if (char.IsSurrogate(ch))
            {
                builder.Append('\uFFFD');
            }
            else if (XmlChars.IsForbidden(ch) || IsEscapeLike(text, i))
            {
                var escape = $"_x{(int)ch:X4}_";
                if (builder.Length + escape.Length > MaxCellLength)
                {
                    break;
                }

                builder.Append(escape);
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    public const int MaxCellLength = 32767;

    // Every character that may need an escape: most text holds none, which one vectorized search shows.
    private static readonly SearchValues<char> s_suspect = SearchValues.Create(
    [
        '_', .. XmlChars.ForbiddenOrSurrogate,
    ]);

    private static bool NeedsEscaping(string text)
    {
        if (text.AsSpan().IndexOfAny(s_suspect) < 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsSurrogate(ch))
            {
                if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return true;
            }

            if (XmlChars.IsForbidden(ch) || IsEscapeLike(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An underscore that starts <c>_xHHHH_</c>, which a reader would take as an escape.</summary>
    private static bool IsEscapeLike(string text, int i)
    {
        if (text[i] != '_' || i + 6 >= text.Length || text[i + 1] != 'x' || text[i + 6] != '_')
        {
            return false;
        }

        for (var j = i + 2; j < i + 6; j++)
        {
            if (!char.IsAsciiHexDigit(text[j]))
            {
                return false;
            }
        }

        return true;
    }
}
