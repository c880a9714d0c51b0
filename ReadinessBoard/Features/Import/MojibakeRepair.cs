using System.Text;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Undoes UTF-8 that was once read as Mac Roman or Windows-1252 and saved again: <c>‚úÖ</c> back to ✅,
/// <c>üî¥</c> back to 🔴, <c>âœ…</c> back to ✅. A run of characters is replaced only when their bytes in
/// one of those encodings form one strictly valid UTF-8 sequence, so genuine text such as "café" or
/// "naïve" is never touched.
/// </summary>
public static class MojibakeRepair
{
    private static readonly Dictionary<char, byte>[] s_encodings = [ReverseMap(10000), ReverseMap(1252)];
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the repaired text and how many sequences were repaired.</summary>
    public static (string Text, int Repairs) Repair(string text)
    {
        if (!NeedsLook(text))
        {
            return (text, 0);
        }

        var builder = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        var repairs = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] >= 0x80 && TryDecodeAt(text, i, bytes, out var decoded, out var consumed))
            {
                builder.Append(decoded);
                repairs++;
                i += consumed;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return (builder.ToString(), repairs);
    }

    private static bool NeedsLook(string text)
    {
        foreach (var ch in text)
        {
            if (ch >= 0x80 && (s_encodings[0].ContainsKey(ch) || s_encodings[1].ContainsKey(ch)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDecodeAt(string text, int start, Span<byte> bytes, out string decoded, out int consumed)
    {
        if (TryDecodeWithoutLead(text, start, bytes, out decoded, out consumed))
        {
            return true;
        }

        foreach (var map in s_encodings)
        {
            if (!map.TryGetValue(text[start], out var lead))
            {
                continue;
            }

            var length = lead switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0 || start + length > text.Length)
            {
                continue;
            }

            bytes[0] = lead;
            var complete = true;
            for (var k = 1; k < length; k++)
            {
                if (!map.TryGetValue(text[start + k], out var next) || next is < 0x80 or > 0xBF)
                {
                    complete = false;
                    break;
                }

                bytes[k] = next;
            }

            if (!complete)
            {
                continue;
            }

            try
            {
                decoded = s_strictUtf8.GetString(bytes[..length]);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8 in this encoding; try the next one.
                continue;
            }

            // Two characters are easily a real pair ("“École", "«Über"); take them as mojibake only
            // when they make a Latin letter or sign, which is what such a pair once was.
            if (length == 2 && decoded[0] is < '\u00A0' or > '\u017F')
            {
                continue;
            }

            consumed = length;
            return true;
        }

        decoded = "";
        consumed = 0;
        return false;
    }

    /// <summary>
    /// Mac Roman shows the lead byte 0xF0 of a four-byte sequence (every emoji) as the Apple logo, a
    /// private-use character that is often lost on the way; <c>üî¥</c> is 🔴 without it. Three
    /// continuation bytes that form a valid emoji with 0xF0 in front are taken as one.
    /// </summary>
    private static bool TryDecodeWithoutLead(string text, int start, Span<byte> bytes, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        var map = s_encodings[0];
        if (start + 3 > text.Length || (start > 0 && text[start - 1] == '\uF8FF'))
        {
            return false;
        }

        bytes[0] = 0xF0;
        for (var k = 0; k < 3; k++)
        {
            if (!map.TryGetValue(text[start + k], out var b) || b is < 0x80 or > 0xBF)
            {
                return false;
            }

            bytes[k + 1] = b;
        }

        // 0xF0 needs 0x90-0xBF next (U+10000 and up); emoji live in U+1F000-U+1FAFF.
        if (bytes[1] != 0x9F)
        {
            return false;
        }

        try
        {
            decoded = s_strictUtf8.GetString(bytes[..4]);
            consumed = 3;
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The character each byte from 0x80 up becomes in a single-byte code page, and back.</summary>
    private static Dictionary<char, byte> ReverseMap(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var ch = encoding.GetString([(byte)b]);
            if (ch.Length == 1 && ch[0] != '\uFFFD')
            {
                map.TryAdd(ch[0], (byte)b);
            }
            else
            {
                // Bytes a code page leaves undefined (0x81, 0x8D… in Windows-1252) pass through as C1 controls.
                map.TryAdd((char)b, (byte)b);
            }
        }

        return map;
    }
}
