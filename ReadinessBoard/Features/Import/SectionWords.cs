using System.Globalization;
using System.Text;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// What the name of a section or the label of a list says about the lines under it: an action list
/// ("Next steps", "Remediation"), or something that never lists tasks (references, a legend, a table
/// of contents, success targets, consequences, the document's front matter). Phrases are matched as
/// whole words in a short name, without case, accents or symbols; another language is more phrases.
/// </summary>
internal static class SectionWords
{
    private static readonly string[] s_actions =
    [
        "next steps", "next actions", "action items", "action plan", "actions", "to do", "todo", "to-do", "remediation",
        "remediation plan", "remediations", "recommendations", "recommended actions", "follow-ups", "follow ups", "follow-up items",
        "open items", "outstanding items", "what's left", "what is left", "required changes", "fixes needed",
        // Spanish
        "proximos pasos", "acciones", "recomendaciones", "pendientes", "tareas pendientes",
    ];

    private static readonly (string Phrase, string Reason)[] s_notItems =
    [
        ("table of contents", "a table of contents"), ("toc", "a table of contents"),
        ("references", "references"), ("resources", "resources"), ("further reading", "further reading"),
        ("reading", "further reading"), ("links", "links"), ("useful links", "links"), ("see also", "links"), ("related", "links"),
        ("bonus", "a bonus section"), ("appendix", "an appendix"), ("glossary", "a glossary"),
        ("legend", "a legend"), ("status key", "a legend"),
        ("success criteria", "success targets"), ("success metrics", "success targets"), ("success targets", "success targets"),
        ("success measures", "success targets"), ("targets", "success targets"), ("kpis", "success targets"),
        ("expected metrics", "figures to expect"), ("metrics", "figures to expect"), ("what to watch", "things to watch"),
        ("troubleshooting", "troubleshooting notes"), ("tips", "tips"), ("notes", "notes"), ("note", "notes"), ("remarks", "notes"), ("emergency contacts", "contacts"),
        ("risks", "a list of risks"), ("consequences", "a list of consequences"), ("impact", "a list of consequences"),
        ("why it matters", "a list of consequences"), ("symptoms", "a list of symptoms"), ("current state", "a description of the current state"),
        ("status summary", "a status summary"), ("current status", "a status summary"), ("system status", "a status summary"),
        ("contacts", "contacts"), ("stakeholders", "contacts"), ("changelog", "a change log"), ("revision history", "a change log"),
        // Spanish
        ("referencias", "references"), ("recursos", "resources"), ("enlaces", "links"), ("leyenda", "a legend"), ("indice", "a table of contents"),
    ];

    private static readonly string[] s_frontMatter =
    [
        "introduction", "overview", "summary", "executive summary", "background", "context", "scope", "purpose", "goals",
        "objectives", "non-goals", "conclusion", "conclusions", "about", "faq", "prerequisites", "notes", "license",
        "contributing", "acknowledgements", "acknowledgments", "methodology", "approach", "how to use", "how to use this checklist",
        "usage", "document control", "sign-off", "approvals", "assumptions", "out of scope",
        "introduccion", "resumen", "contexto", "alcance", "objetivos",
    ];

    // "Additional resources", "Recommended next steps", "Release checklist": words that may stand before any phrase,
    // the not-items ones too ("Release notes", "Launch risks" are never items).
    private static readonly string[] s_leads =
        ["additional", "useful", "external", "other", "more", "helpful", "recommended", "suggested", "immediate", "key", "main", "important", "quick",
         "release", "deployment", "launch", "go-live", "failover", "rollback", "recovery", "final", "pre-launch", "pre-release"];

    // Lists that are the checks themselves, boxes or not: "## Release checklist", "## Definition of Done". Their
    // lines are things to do, but the part is no front matter: headings under it may be its checks.
    private static readonly string[] s_checklists = ["checklist", "check list", "definition of done", "definition of ready", "steps", "procedure"];

    /// <summary>"Next steps", "Action items", "Remediation", "Recommendations", "TODO", "Release checklist": the lines under it are things to do.</summary>
    public static bool IsActions(string? name) => Find(name, s_actions) is not null || IsChecklist(name);

    /// <summary>"Release checklist", "Definition of Done", "Steps": a part that is the checks themselves.</summary>
    public static bool IsChecklist(string? name) => Find(name, s_checklists) is not null;

    /// <summary>Why the lines under a section or label are never items ("references", "a legend"), or null when they may be.</summary>
    public static string? NotItemsReason(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = Words(name);
        var lead = LeadEnd(words);
        foreach (var (phrase, reason) in s_notItems)
        {
            if (Starts(words, lead, phrase))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>An introduction, overview, summary, background…: a part of the document about it, not a check of the service.</summary>
    public static bool IsIntroduction(string? name) => Find(name, s_frontMatter) is not null;

    /// <summary>The phrase of <paramref name="phrases"/> a name starts with, maybe after one word of <see cref="s_leads"/> (see <see cref="Starts"/>).</summary>
    private static string? Find(string? name, string[] phrases)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = Words(name);
        var lead = LeadEnd(words);
        string? best = null;
        foreach (var phrase in phrases)
        {
            if (Starts(words, lead, phrase) && (best is null || phrase.Length > best.Length))
            {
                best = phrase;
            }
        }

        return best;
    }

    /// <summary>Where the words after a lead word ("additional", "recommended") start; -1 when the name starts with none.</summary>
    private static int LeadEnd(string words)
    {
        foreach (var lead in s_leads)
        {
            if (words.AsSpan(1).StartsWith(lead) && words.Length > lead.Length + 1 && words[lead.Length + 1] == ' ')
            {
                return lead.Length + 2;
            }
        }

        return -1;
    }

    /// <summary>Whether the padded words are the phrase, maybe after a lead word; a phrase of several words may have two words more.</summary>
    private static bool Starts(string words, int lead, string phrase) => StartsAt(words, 1, phrase) || (lead > 0 && StartsAt(words, lead, phrase));

    private static bool StartsAt(string words, int at, string phrase)
    {
        if (at + phrase.Length >= words.Length || !words.AsSpan(at).StartsWith(phrase) || words[at + phrase.Length] != ' ')
        {
            return false;
        }

        // A phrase of one word must stand alone: "Resources" is a list of links, "Resources utilisation" a topic.
        var after = words.AsSpan(at + phrase.Length).Trim();
        return after.IsEmpty || (phrase.Contains(' ', StringComparison.Ordinal) && after.Count(' ') < 2);
    }

    /// <summary>The name in lower case without accents, symbols or parentheses' contents, its words between single spaces and padded.</summary>
    private static string Words(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 2).Append(' ');
        var parentheses = 0;
        foreach (var ch in decomposed)
        {
            parentheses += ch == '(' ? 1 : ch == ')' && parentheses > 0 ? -1 : 0;
            if (parentheses > 0 || ch == ')' || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch) || ch is '\'' or '-')
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder[^1] == ' ' ? builder.ToString() : builder.Append(' ').ToString();
    }
}
