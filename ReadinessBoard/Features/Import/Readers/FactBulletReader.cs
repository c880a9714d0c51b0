using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A bullet that states a fact, not a task: "- **Effort:** 1 hour" under a bullet sets that item's field (or
/// joins its details); at the top of a list a known key ("**Impact:** …"), a figure ("**Active users:** 10-25")
/// or a template's field to fill in ("**Date:** ____") is never an item.
/// </summary>
internal sealed partial class FactBulletReader : IListLineReader
{
    private static readonly string[] s_factKeys =
    [
        "impact", "effort", "risk", "priority", "severity", "status", "estimate", "time", "owner", "due", "issue", "problem", "fix",
        "solution", "context", "why", "cause", "location", "file", "files", "notes", "note", "details", "description", "recommendation",
        "evidence", "result", "current", "target", "expected", "actual", "example", "command", "metric", "value", "threshold",
        // Findings of an audit
        "remediation", "remediation phase", "mitigation", "component", "affected component", "affected files", "affected", "cwe", "cvss",
        "cvss score", "category", "reference", "references", "standard", "standards", "owasp", "likelihood", "exploitability", "discovered",
        "reported", "fixed in", "version", "environment", "endpoint", "phase", "root cause", "attack vector",
    ];

    public bool TryRead(ListLine line, DocumentScan scan)
    {
        if (line.BoldLead is not { } lead || FactKey(lead, line.Text, scan.ListNesting > 1) is not { } key)
        {
            return false;
        }

        if (scan.ParentListItemMention is not { } parent)
        {
            return true;
        }

        var value = ValueAfter(lead, line.Text);
        if (!Facts.Apply(parent, key, value) && (parent.Details?.Length ?? 0) < 2000)
        {
            var fact = $"{TitleText.StripSymbols(lead).TrimEnd(':', ' ')}: {value}";
            parent.Details = parent.Details is null ? fact : $"{parent.Details}\n{fact}";
        }

        return true;
    }

    /// <summary>The value of a fact line: the words after its bold key.</summary>
    public static string ValueAfter(string lead, string text)
    {
        var at = text.IndexOf(lead, StringComparison.Ordinal);
        return (at < 0 ? text : text[(at + lead.Length)..]).TrimStart(':', ' ').Trim();
    }

    /// <summary>The key of a bullet that states a fact rather than a task, or null.</summary>
    public static string? FactKey(string lead, string text, bool nested)
    {
        var at = text.IndexOf(lead, StringComparison.Ordinal);
        var after = at < 0 ? "" : text[(at + lead.Length)..].TrimStart();
        var labelled = lead.TrimEnd().EndsWith(':') || after.StartsWith(':');
        if (!labelled)
        {
            return null;
        }

        var key = TitleText.StripSymbols(lead).TrimEnd(':', ' ').Trim().ToLowerInvariant();
        var value = after.TrimStart(':', ' ');
        if (key.Length == 0 || (key.Count(c => c == ' ') > 2 && !Placeholder().IsMatch(after.TrimStart(':', ' '))))
        {
            return null;
        }

        var figure = value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '<' or '>' or '~' or '$' or '≤' or '≥' or '€' or '£');
        // "**Release name / version:** ‹name›", "**Date:** ____": a template's field to fill in.
        var field = value.Length > 0 && Placeholder().IsMatch(value);
        return nested || Array.IndexOf(s_factKeys, key) >= 0 || figure || field ? key : null;
    }

    // "____", "________ years", "____%", "‹name›", "[Definition, e.g. …]", "{{OWNER_1}}", "TBD".
    [GeneratedRegex(@"^(?:\{\{[^{}]{1,80}\}\}|[_.…\-–—\s]{3,}(?:\s*(?:%|\p{L}{1,12}))?|[‹<\[{(][^›>\]})]{0,80}[›>\]})]|tbd|tba|n/?a)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex Placeholder();
}
