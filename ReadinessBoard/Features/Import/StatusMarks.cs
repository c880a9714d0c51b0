using System.Text.RegularExpressions;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Status written in words and symbols: ✅ ✓ DONE Completed IMPLEMENTED for done; N/A and
/// NOT APPLICABLE for not applicable; ⬜ 🔲 TODO for open; IN PROGRESS; BLOCKED.
/// </summary>
public static partial class StatusMarks
{
    /// <summary>A status in running text, where only upper-case words count ("Open ports" is no status).</summary>
    public static ItemStatus? Find(string text) => Find(text, text);

    /// <summary>A status in a status cell of a table, where any case counts ("Done", "todo").</summary>
    public static ItemStatus? FindInCell(string text) => Find(text, text.ToUpperInvariant());

    private static ItemStatus? Find(string text, string words)
    {
        // "❌ NOT DONE", "⚠️ NOT STARTED": open, whatever mark stands before it.
        if (NotDone().IsMatch(words))
        {
            return ItemStatus.Open;
        }

        if (NotApplicable().IsMatch(words))
        {
            return ItemStatus.NotApplicable;
        }

        if (Blocked().IsMatch(words))
        {
            return ItemStatus.Blocked;
        }

        if (InProgress().IsMatch(words))
        {
            return ItemStatus.InProgress;
        }

        if (text.Contains('✅') || text.Contains('✓') || text.Contains('✔') || text.Contains('☑') || Done().IsMatch(words))
        {
            return ItemStatus.Done;
        }

        if (text.Contains('⬜') || text.Contains("🔲", StringComparison.Ordinal) || text.Contains('☐') || Open().IsMatch(words))
        {
            return ItemStatus.Open;
        }

        return null;
    }

    /// <summary>The text with status words and marks removed, for titles.</summary>
    public static string Strip(string text) => Words().BlankMatches(text);

    [GeneratedRegex(@"\b(NOT APPLICABLE|N/A)\b|❌\s*NOT\b(?!\s+(DONE|STARTED|YET|ADDRESSED|IMPLEMENTED|FIXED|COMPLETED?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NotApplicable();

    [GeneratedRegex(@"\bNOT\s+(DONE|STARTED|YET|ADDRESSED|IMPLEMENTED|FIXED|COMPLETED?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotDone();

    [GeneratedRegex(@"\bBLOCKED\b", RegexOptions.CultureInvariant)]
    private static partial Regex Blocked();

    [GeneratedRegex(@"\bIN[ -]PROGRESS\b|\bPARTIAL(LY)?\b|\bMOSTLY DONE\b|\bIN CORSO\b|🚧|⏳", RegexOptions.CultureInvariant)]
    private static partial Regex InProgress();

    [GeneratedRegex(@"\b(DONE|COMPLETED?|IMPLEMENTED|FIXED|RESOLVED|ADDRESSED|MITIGATED|COMPLETATO)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    [GeneratedRegex(@"\b(TODO|TO DO|OPEN|PENDING|NOT STARTED)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Open();

    [GeneratedRegex(@"[✅✓✔☑⬜🔲☐❌🚧⏳]|\b(NOT (DONE|STARTED|YET|ADDRESSED|IMPLEMENTED|FIXED|COMPLETED?)|NOT APPLICABLE|N/A|BLOCKED|IN[ -]PROGRESS|PARTIAL(LY)?|MOSTLY DONE|DONE|COMPLETED?|IMPLEMENTED|FIXED|RESOLVED|ADDRESSED|MITIGATED|COMPLETATO|IN CORSO|TODO|TO DO|PENDING)\b!*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
