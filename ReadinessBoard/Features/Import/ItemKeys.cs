using System.Globalization;
using System.Text;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Stable keys for items: a slug of the section path and the title, so that a newer version of the
/// same document finds the same item again. Duplicates get a counter.
/// </summary>
internal sealed class ItemKeys
{
    public const int MaxLength = 200;
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public string Next(string? sectionPath, string title)
    {
        var slug = Slugify(sectionPath is null ? title : $"{sectionPath} {title}");
        if (slug.Length == 0)
        {
            slug = "item";
        }

        if (slug.Length > MaxLength - 8)
        {
            slug = slug[..(MaxLength - 8)].TrimEnd('-');
        }

        // "Backup" twice and "Backup 2" would both want backup-2: count on until the key is free.
        var key = slug;
        for (var count = 2; !_issued.Add(key); count++)
        {
            key = $"{slug}-{count}";
        }

        return key;
    }

    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        // Plain ASCII needs no decomposing. Otherwise runes turn a lone surrogate (which cannot be
        // normalized) into U+FFFD, which is no letter.
        var safe = System.Text.Ascii.IsValid(text) ? text
            : string.Concat(text.EnumerateRunes().Select(r => r.ToString())).Normalize(NormalizationForm.FormD);
        foreach (var ch in safe)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(ch));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }
}
