using System.Text;

namespace ReadinessBoard.Features.Import;

/// <summary>The text of an uploaded document: what is stored verbatim, and what the importer parses.</summary>
/// <param name="Source">The document as written, byte order mark removed: what the board keeps.</param>
/// <param name="Text">The same with mojibake repaired: what is parsed. Lines are the same as in <paramref name="Source"/>.</param>
public sealed record DecodedDocument(string Source, string Text, IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Turns the bytes of a file into text, or refuses them with a clear reason: too large, not text,
/// not UTF-8. Accepts UTF-8 with or without a byte order mark, UTF-16 with one, LF or CRLF.
/// </summary>
public static class DocumentDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedDocument Decode(ReadOnlySpan<byte> bytes, ImportLimits limits)
    {
        if (bytes.Length > limits.MaxBytes)
        {
            throw TooLarge(bytes.Length, limits);
        }

        string source;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            source = DecodeUtf8(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            source = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            source = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            source = DecodeUtf8(bytes);
        }

        RefuseBinary(source);
        var (text, repairs) = MojibakeRepair.Repair(source);
        var warnings = repairs == 0
            ? []
            : new List<ImportWarning> { new(1, $"Repaired {repairs} character(s) garbled by a wrong text encoding (UTF-8 that was once read as Mac Roman or Windows-1252).") };
        return new DecodedDocument(source, text, warnings);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = ex.Index >= 0 && ex.Index <= bytes.Length ? LineAt(bytes[..ex.Index]) : 1;
            if (bytes.Contains((byte)0))
            {
                throw new ImportException("The file is not text: it holds binary data. Import a markdown (.md) or text file.", LineAt(bytes[..bytes.IndexOf((byte)0)]));
            }

            throw new ImportException("The file is not UTF-8 text: it has bytes that are not valid UTF-8. Save it as UTF-8 and import it again.", line);
        }
    }

    private static void RefuseBinary(string text)
    {
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n' || (ch == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
            else if (char.IsControl(ch) && ch is not ('\r' or '\t' or '\f') && ch < 0x80)
            {
                throw new ImportException(
                    $"The file is not text: it holds the control character U+{(int)ch:X4}. Import a markdown (.md) or text file.", line);
            }
        }
    }

    /// <summary>The line of a position, lines ending as CommonMark ends them: LF, CRLF or a lone CR.</summary>
    private static int LineAt(ReadOnlySpan<byte> before)
    {
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n' || (before[i] == (byte)'\r' && (i + 1 == before.Length || before[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The error for a document of <paramref name="bytes"/> bytes, over the limit: its real size, never the limit's.</summary>
    public static ImportException TooLarge(long bytes, ImportLimits limits) => new(
        $"The file is {Megabytes(bytes)} MB; the largest document ReadinessBoard imports is {Megabytes(limits.MaxBytes)} MB.");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
