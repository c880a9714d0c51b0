using System.Text;
using System.Text.RegularExpressions;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// Status words and symbols in running text or a table cell, replaced by those of another status in
/// the same style: a symbol stays a symbol, a word a word, upper case stays upper case. Reads what
/// <see cref="StatusMarks"/> reads, and writes what it reads back as the new status.
/// </summary>
internal static partial class StatusMarkText
{
    private enum Case
    {
        Upper,
        Title,
        Lower,
    }

    /// <summary>
    /// The text with each run of status marks replaced, or null when it has none or they already say
    /// <paramref name="status"/>. In running text only upper-case words are marks, as for the importer.
    /// </summary>
    public static string? Replace(string text, ItemStatus status, bool inCell)
    {
        var marks = (inCell ? CellMark() : TextMark()).Matches(text);
        if (marks.Count == 0)
        {
            return null;
        }

        var output = new StringBuilder(text.Length + 16);
        var at = 0;
        var changed = false;
        for (var i = 0; i < marks.Count;)
        {
            // A run: marks with nothing but spaces between them ("✅ DONE").
            var first = i;
            while (i + 1 < marks.Count && text.AsSpan(marks[i].Index + marks[i].Length, marks[i + 1].Index - marks[i].Index - marks[i].Length).IsWhiteSpace())
            {
                i++;
            }

            var start = marks[first].Index;
            var end = marks[i].Index + marks[i].Length;
            var run = text[start..end];
            output.Append(text, at, start - at);
            var says = inCell ? StatusMarks.FindInCell(run) : StatusMarks.Find(run);
            if (says == status)
            {
                output.Append(run);
            }
            else
            {
                output.Append(Write(status, marks, first, i, inCell));
                changed = true;
            }

            at = end;
            i++;
        }

        output.Append(text, at, text.Length - at);
        return changed ? output.ToString() : null;
    }

    /// <summary>The status as a word the importer reads in a status cell or a <c>**Status:**</c> line.</summary>
    public static string Word(ItemStatus status) => Compose(status, symbol: false, word: true, wordFirst: true, Case.Title);

    /// <summary>The mark for an empty status cell.</summary>
    public static string ForEmptyCell(ItemStatus status) => Compose(status, symbol: true, word: true, wordFirst: false, Case.Title);

    private static string Write(ItemStatus status, MatchCollection marks, int first, int last, bool inCell)
    {
        var symbol = false;
        var word = false;
        Case? wordCase = null;
        for (var i = first; i <= last; i++)
        {
            var mark = marks[i].Value;
            if (char.IsAsciiLetter(mark[^1]))
            {
                word = true;
                wordCase ??= CaseOf(mark);
            }
            else
            {
                symbol = true;
            }
        }

        var wordFirst = char.IsAsciiLetter(marks[first].Value[0]);
        // In running text the importer reads only upper-case words.
        return Compose(status, symbol, word, wordFirst, inCell ? wordCase ?? Case.Title : Case.Upper);
    }

    private static string Compose(ItemStatus status, bool symbol, bool word, bool wordFirst, Case wordCase)
    {
        var sign = status switch
        {
            ItemStatus.Done => "✅",
            ItemStatus.InProgress => "⏳",
            ItemStatus.Open => "⬜",
            _ => null,
        };
        var name = status switch
        {
            ItemStatus.Done => "Done",
            ItemStatus.InProgress => "In progress",
            ItemStatus.NotApplicable => "N/A",
            ItemStatus.Blocked => "Blocked",
            _ => wordCase == Case.Upper ? "TODO" : "Open",
        };
        name = status == ItemStatus.NotApplicable ? name : wordCase switch
        {
            Case.Upper => name.ToUpperInvariant(),
            Case.Lower => name.ToLowerInvariant(),
            _ => name,
        };

        var useSign = symbol && sign is not null;
        var useWord = word || !useSign;
        return (useSign, useWord) switch
        {
            (true, true) => wordFirst ? $"{name} {sign}" : $"{sign} {name}",
            (true, false) => sign!,
            _ => name,
        };
    }

    private static Case CaseOf(string word)
    {
        var letters = word.Where(char.IsAsciiLetter).ToList();
        if (letters.All(char.IsAsciiLetterUpper))
        {
            return Case.Upper;
        }

        return letters.All(char.IsAsciiLetterLower) ? Case.Lower : Case.Title;
    }

    private const string Marks =
        @"❌\uFE0F?\s*NOT(?: APPLICABLE)?\b|(?:✅|✓|✔|☑|⬜|🔲|☐|🚧|⏳)\uFE0F?" +
        @"|\b(?:NOT APPLICABLE|N/A|BLOCKED|IN[ -]PROGRESS|PARTIAL(?:LY)?|MOSTLY DONE|NOT (?:DONE|YET|ADDRESSED|IMPLEMENTED|FIXED|COMPLETED?)|DONE|COMPLETED?|IMPLEMENTED|FIXED|RESOLVED|ADDRESSED|MITIGATED|TODO|TO DO|OPEN|PENDING|NOT STARTED)\b";

    [GeneratedRegex(Marks, RegexOptions.CultureInvariant)]
    private static partial Regex TextMark();

    [GeneratedRegex(Marks, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CellMark();
}
