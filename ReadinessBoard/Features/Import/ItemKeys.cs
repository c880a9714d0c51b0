using System.Globalization;
using System.Text;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Stable keys for items: a slug of the section path and the title, so that a newer version of the
/// same document finds the same item again. Duplicates get a counter.
/// </summary>
internal sealed class ItemKeys(int capacity = 0)
{
    public const int MaxLength = 200;
    // The keys issued, in sets of at most about 4,000: one set for a 5,000-item board would be a large object (over
    // 85 KB), and one such allocation per parse brought a full collection of the heap every three parses.
    private const int KeysPerSet = 4_000;
    private readonly HashSet<string>[] _issued = IssuedSets(capacity);
    // The count a slug's next duplicate starts from.
    private readonly Dictionary<string, int> _nextCount = new(StringComparer.Ordinal);
    // Many items share a section: its path is slugged once, not once per item.
    private readonly Dictionary<string, string> _sectionSlugs = new(StringComparer.Ordinal);

    public string Next(string? sectionPath, string title)
    {
        // The slug of "path title" is the path's slug, a dash and the title's: the space between them
        // always makes a dash, and a slug neither starts nor ends with one.
        var slug = sectionPath is null ? Slugify(title) : Slugify(SectionSlug(sectionPath), title);
        if (slug.Length == 0)
        {
            slug = "item";
        }

        if (slug.Length > MaxLength - 8)
        {
            slug = slug[..(MaxLength - 8)].TrimEnd('-');
        }

        // "Backup" twice and "Backup 2" would both want backup-2: count on until the key is free. Keys are
        // never given back, so every count below the one this slug last reached is still taken: counting
        // on from there gives the key that counting from 2 would, without walking past the taken ones
        // again (9,500 copies of one line took 45 million tries).
        var key = slug;
        if (!Issue(key))
        {
            var count = _nextCount.GetValueOrDefault(slug, 2);
            while (!Issue(key = $"{slug}-{count.ToString(CultureInfo.InvariantCulture)}"))
            {
                count++;
            }

            _nextCount[slug] = count + 1;
        }

        return key;
    }

    public static string Slugify(string text) => Slugify("", text);

    private static HashSet<string>[] IssuedSets(int capacity)
    {
        var sets = new HashSet<string>[(capacity / KeysPerSet) + 1];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = new HashSet<string>(capacity / sets.Length, StringComparer.Ordinal);
        }

        return sets;
    }

    /// <summary>Issues the key; false when it was issued already.</summary>
    private bool Issue(string key) =>
        _issued[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_issued.Length)].Add(key);

    private string SectionSlug(string sectionPath)
    {
        if (!_sectionSlugs.TryGetValue(sectionPath, out var slug))
        {
            _sectionSlugs[sectionPath] = slug = Slugify(sectionPath);
        }

        return slug;
    }

    /// <summary>The slug of <paramref name="text"/> after a slug already made, joined by a dash when both have letters.</summary>
    private static string Slugify(string prefix, string text)
    {
        // Plain ASCII needs no decomposing. Otherwise runes turn a lone surrogate (which cannot be
        // normalized) into U+FFFD, which is no letter.
        var safe = Ascii.IsValid(text) ? text
            : string.Concat(text.EnumerateRunes().Select(r => r.ToString())).Normalize(NormalizationForm.FormD);
        var capacity = prefix.Length + 1 + safe.Length;
        var buffer = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        prefix.CopyTo(buffer);
        var length = prefix.Length;
        var pendingDash = true;
        foreach (var ch in safe)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingDash && length > 0)
                {
                    buffer[length++] = '-';
                }

                buffer[length++] = char.ToLowerInvariant(ch);
                pendingDash = false;
            }
            // Accents decomposed off a letter (non-spacing marks, never ASCII) are dropped without a dash.
            else if (char.IsAscii(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                pendingDash = true;
            }
        }

        return length == prefix.Length ? prefix : buffer[..length].ToString();
    }
}
