namespace ReadinessBoard.Features.Export;

/// <summary>The characters XML 1.0 does not allow in text, which a sheet must escape or refuse.</summary>
internal static class XmlChars
{
    /// <summary>Control characters but tab, line feed and carriage return; U+FFFE and U+FFFF.</summary>
    public static bool IsForbidden(char ch) => (ch < 0x20 && ch is not ('\t' or '\n' or '\r')) || ch is '\uFFFE' or '\uFFFF';

    /// <summary>
    /// Every forbidden character and every surrogate (allowed only as half of a pair, which the caller
    /// checks), for a vectorized search that most text passes without a hit.
    /// </summary>
    public static IEnumerable<char> ForbiddenOrSurrogate =>
        Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(c => IsForbidden(c) || char.IsSurrogate(c));
}
