using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// A heading that gives a priority to everything under it: MoSCoW (<c>## Must have</c>, <c>### Should Have (Week 2)</c>),
/// severities and priorities (<c>### Critical Issues</c>, <c>## High priority</c>, <c>## 🔴 CRITICAL (Fix This Week)</c>,
/// <c>## P0 - fix before launch</c>, <c>## Prioridad alta</c>). The priority word must lead and be followed by nothing,
/// a separator, parentheses or a word that says what is ranked (issues, findings, priority…): "High Availability",
/// "Low latency" and "Critical Infrastructure Gaps" are topics, not priorities.
/// </summary>
public static partial class PriorityHeading
{
    private static readonly HashSet<string> s_rankedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "priority", "priorities", "severity", "issue", "issues", "finding", "findings", "risk", "risks", "item", "items",
        "task", "tasks", "fix", "fixes", "gap", "gaps", "vulnerability", "vulnerabilities", "bug", "bugs", "concern", "concerns",
        "recommendation", "recommendations", "action", "actions", "requirement", "requirements", "impact", "test", "tests", "check", "checks",
        // Spanish
        "prioridad", "hallazgos", "riesgos", "tareas",
    };

    public static string? Find(string heading)
    {
        // "Tier 1: Critical", "Level 2 - High": the rank's number says nothing more than its word.
        var text = Tier().Replace(TitleText.StripSymbols(heading).Trim(), "");
        if (text.Length == 0)
        {
            return null;
        }

        if (Moscow().Match(text) is { Success: true } moscow)
        {
            return Vocabulary.PriorityOfCell(moscow.Value);
        }

        // "Prioridad alta", "Priority: High", "Severity - Critical": the word after the label.
        if (Labelled().Match(text) is { Success: true } labelled)
        {
            return Vocabulary.PriorityOfCell(labelled.Groups["word"].Value);
        }

        // "Task 1: Migrate the database (30 min) 🔴 CRITICAL": a priority written in capitals at the very end.
        if (Trailing().Match(text) is { Success: true } trailing)
        {
            return Vocabulary.PriorityOfCell(trailing.Groups["word"].Value);
        }

        if (Leading().Match(text) is not { Success: true } lead)
        {
            return null;
        }

        var rest = text[lead.Length..];
        // "High-priority items" is ranked, "High-level design" and "Low-hanging fruit" are not.
        if (rest.StartsWith('-') && rest.Length > 1 && rest[1] != ' ')
        {
            rest = rest[1..];
        }

        rest = rest.TrimStart();
        // "IMPORTANT", "Important (fix before release)", "Important issues" rank; a bare "Important" is a note to read.
        if (lead.Value.Equals("important", StringComparison.OrdinalIgnoreCase) && lead.Value != "IMPORTANT" && (rest.Length == 0 || rest[0] is ':'))
        {
            return null;
        }

        var ranked = rest.Length == 0 || rest[0] is '(' or '-' or '–' or '—' or ':' or '|' or '/' or ','
            || s_rankedWords.Contains(FirstWord(rest))
            // "High-priority items", "P1 Must fix": the word itself says priority.
            || lead.Value.StartsWith('P') || lead.Value.StartsWith('p');
        return ranked ? Vocabulary.PriorityOfCell(lead.Value) : null;
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '\''))
        {
            end++;
        }

        return text[..end];
    }

    [GeneratedRegex(@"^(?:tier|level|group)\s*\d{1,2}\s*[:\-–—]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tier();

    [GeneratedRegex(@"^(?:must|should|could|nice)(?:[- ]to)?[- ]have\b|^won'?t[- ]have\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Moscow();

    [GeneratedRegex(@"^(?:priority|severity|prioridad|severidad)\s*[:\-–—]?\s*(?<word>critical|high|medium|low|p[0-4]|alta|media|baja|cr[ií]tica)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\s[-–—|(]?\s*(?<word>CRITICAL|BLOCKER|URGENT|HIGH|MEDIUM|LOW|P[0-4])(?:\s+PRIORITY)?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(?:critical|blocker|urgent|important|high|medium|low|p[0-4]|cr[ií]ticos?|cr[ií]ticas?|alta|media|baja)(?=$|[\s(\-–—:|/,])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();
}
