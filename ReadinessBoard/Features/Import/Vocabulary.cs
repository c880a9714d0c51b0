using System.Globalization;
using System.Text;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// The words a checklist's cells use for a status or a priority, in every language the importer
/// reads (English and Spanish, German, Portuguese and French). Another language is a few more lines in
/// <see cref="s_status"/> and <see cref="s_priority"/>, and its header words in <see cref="TableColumns"/>.
/// Words are matched whole, without case or accents ("Implementado", "IN PROGRESS - Sprint 29");
/// the longest phrase in a cell wins, so "not started" is not "started".
/// </summary>
public static class Vocabulary
{
    private static readonly (string Phrase, ItemStatus Status)[] s_status =
    [
        // English
        ("done", ItemStatus.Done), ("complete", ItemStatus.Done), ("completed", ItemStatus.Done), ("implemented", ItemStatus.Done),
        ("fixed", ItemStatus.Done), ("resolved", ItemStatus.Done), ("closed", ItemStatus.Done), ("pass", ItemStatus.Done),
        ("passed", ItemStatus.Done), ("passing", ItemStatus.Done), ("yes", ItemStatus.Done), ("verified", ItemStatus.Done),
        ("ready", ItemStatus.Done), ("shipped", ItemStatus.Done), ("live", ItemStatus.Done), ("addressed", ItemStatus.Done),
        ("mitigated", ItemStatus.Done), ("compliant", ItemStatus.Done), ("signed", ItemStatus.Done), ("approved", ItemStatus.Done),
        ("not addressed", ItemStatus.Open), ("non-compliant", ItemStatus.Open), ("not compliant", ItemStatus.Open), ("not yet", ItemStatus.Open),
        ("in progress", ItemStatus.InProgress), ("in-progress", ItemStatus.InProgress), ("wip", ItemStatus.InProgress),
        ("ongoing", ItemStatus.InProgress), ("started", ItemStatus.InProgress), ("partial", ItemStatus.InProgress),
        ("partially", ItemStatus.InProgress), ("in review", ItemStatus.InProgress), ("review", ItemStatus.InProgress),
        ("blocked", ItemStatus.Blocked), ("on hold", ItemStatus.Blocked), ("waiting", ItemStatus.Blocked),
        ("not applicable", ItemStatus.NotApplicable), ("n/a", ItemStatus.NotApplicable), ("na", ItemStatus.NotApplicable),
        ("skipped", ItemStatus.NotApplicable), ("won't do", ItemStatus.NotApplicable), ("wont do", ItemStatus.NotApplicable),
        ("todo", ItemStatus.Open), ("to do", ItemStatus.Open), ("open", ItemStatus.Open), ("pending", ItemStatus.Open),
        ("not started", ItemStatus.Open), ("planned", ItemStatus.Open), ("missing", ItemStatus.Open), ("no", ItemStatus.Open),
        ("fail", ItemStatus.Open), ("failed", ItemStatus.Open), ("failing", ItemStatus.Open), ("not done", ItemStatus.Open),
        ("not implemented", ItemStatus.Open), ("gap", ItemStatus.Open), ("backlog", ItemStatus.Open),
        // An assessment's answers: "Not satisfied | Partially satisfied | Totally satisfied", "Met | Not met".
        ("satisfied", ItemStatus.Done), ("totally satisfied", ItemStatus.Done), ("fully satisfied", ItemStatus.Done),
        ("not satisfied", ItemStatus.Open), ("partially satisfied", ItemStatus.InProgress),
        ("met", ItemStatus.Done), ("fully met", ItemStatus.Done), ("not met", ItemStatus.Open), ("partially met", ItemStatus.InProgress),
        // Spanish
        ("hecho", ItemStatus.Done), ("completado", ItemStatus.Done), ("implementado", ItemStatus.Done), ("resuelto", ItemStatus.Done),
        ("terminado", ItemStatus.Done), ("listo", ItemStatus.Done), ("si", ItemStatus.Done),
        ("en progreso", ItemStatus.InProgress), ("en curso", ItemStatus.InProgress), ("parcial", ItemStatus.InProgress),
        ("bloqueado", ItemStatus.Blocked), ("en espera", ItemStatus.Blocked),
        ("no aplica", ItemStatus.NotApplicable),
        ("pendiente", ItemStatus.Open), ("planificado", ItemStatus.Open), ("no iniciado", ItemStatus.Open),
        ("por hacer", ItemStatus.Open), ("no implementado", ItemStatus.Open),
        // German
        ("erledigt", ItemStatus.Done), ("fertig", ItemStatus.Done), ("abgeschlossen", ItemStatus.Done), ("umgesetzt", ItemStatus.Done),
        ("ja", ItemStatus.Done), ("in arbeit", ItemStatus.InProgress), ("laufend", ItemStatus.InProgress), ("teilweise", ItemStatus.InProgress),
        ("blockiert", ItemStatus.Blocked), ("entfallt", ItemStatus.NotApplicable), ("nicht relevant", ItemStatus.NotApplicable),
        ("offen", ItemStatus.Open), ("ausstehend", ItemStatus.Open), ("geplant", ItemStatus.Open), ("nein", ItemStatus.Open),
        // Portuguese (implementado and bloqueado are read above)
        ("concluido", ItemStatus.Done), ("feito", ItemStatus.Done), ("sim", ItemStatus.Done),
        ("em andamento", ItemStatus.InProgress), ("em progresso", ItemStatus.InProgress), ("aguardando", ItemStatus.Blocked),
        ("nao se aplica", ItemStatus.NotApplicable), ("pendente", ItemStatus.Open), ("nao iniciado", ItemStatus.Open), ("a fazer", ItemStatus.Open),
        // French
        ("termine", ItemStatus.Done), ("fait", ItemStatus.Done), ("valide", ItemStatus.Done), ("oui", ItemStatus.Done),
        ("en cours", ItemStatus.InProgress), ("bloque", ItemStatus.Blocked), ("non applicable", ItemStatus.NotApplicable),
        ("a faire", ItemStatus.Open), ("non commence", ItemStatus.Open), ("en attente", ItemStatus.Blocked), ("non", ItemStatus.Open),
        // Italian
        ("completato", ItemStatus.Done), ("fatto", ItemStatus.Done), ("in corso", ItemStatus.InProgress), ("bloccato", ItemStatus.Blocked),
        ("da fare", ItemStatus.Open), ("aperto", ItemStatus.Open), ("non applicabile", ItemStatus.NotApplicable),
        // Japanese
        ("完了", ItemStatus.Done), ("済", ItemStatus.Done), ("対応中", ItemStatus.InProgress), ("進行中", ItemStatus.InProgress),
        ("未完了", ItemStatus.Open), ("未着手", ItemStatus.Open), ("未対応", ItemStatus.Open), ("対象外", ItemStatus.NotApplicable),
    ];

    // Symbols say less than words: they count only in a cell without a status word ("⏳ Planificado" is planned).
    private static readonly (string Symbol, ItemStatus Status)[] s_statusSymbols =
    [
        // A task box written in a cell: "| 1.2 | Retention rules agreed | [x] |".
        ("[x]", ItemStatus.Done), ("[X]", ItemStatus.Done), ("[ ]", ItemStatus.Open), ("☒", ItemStatus.Done),
        ("✅", ItemStatus.Done), ("✔", ItemStatus.Done), ("✓", ItemStatus.Done), ("☑", ItemStatus.Done),
        ("🔄", ItemStatus.InProgress), ("🚧", ItemStatus.InProgress), ("⏳", ItemStatus.InProgress), ("🔍", ItemStatus.InProgress),
        ("🟡", ItemStatus.InProgress),
        ("⏸", ItemStatus.Blocked), ("⛔", ItemStatus.Blocked), ("🚫", ItemStatus.Blocked),
        ("➖", ItemStatus.NotApplicable),
        ("⬜", ItemStatus.Open), ("🔲", ItemStatus.Open), ("☐", ItemStatus.Open), ("❌", ItemStatus.Open), ("🔴", ItemStatus.Open),
        ("📋", ItemStatus.Open),
    ];

    private static readonly (string Phrase, string Priority)[] s_priority =
    [
        // English
        ("critical", "Critical"), ("blocker", "Critical"), ("urgent", "Critical"), ("highest", "Critical"),
        ("high", "High"), ("major", "High"), ("important", "High"), ("medium", "Medium"), ("moderate", "Medium"), ("med", "Medium"),
        ("normal", "Medium"), ("low", "Low"), ("minor", "Low"), ("lowest", "Low"), ("trivial", "Low"),
        ("p0", "P0"), ("p1", "P1"), ("p2", "P2"), ("p3", "P3"), ("p4", "P4"),
        ("must", "Must"), ("must have", "Must"), ("must-have", "Must"), ("required", "Must"), ("mandatory", "Must"),
        ("should", "Should"), ("should have", "Should"), ("should-have", "Should"), ("recommended", "Should"),
        ("could", "Could"), ("could have", "Could"), ("may", "Could"), ("optional", "Could"),
        ("nice to have", "Nice"), ("nice-to-have", "Nice"), ("won't", "Won't"), ("wont", "Won't"),
        // Spanish
        ("critica", "Critical"), ("critico", "Critical"), ("criticos", "Critical"), ("criticas", "Critical"), ("alta", "High"), ("media", "Medium"), ("baja", "Low"),
        ("obligatorio", "Must"), ("recomendado", "Should"), ("opcional", "Could"), ("bloqueante", "Critical"), ("importante", "High"),
        // German, Portuguese, French
        ("kritisch", "Critical"), ("hoch", "High"), ("mittel", "Medium"), ("niedrig", "Low"),
        ("alto", "High"), ("medio", "Medium"), ("baixo", "Low"), ("bloqueador", "Critical"), ("bassa", "Low"), ("bloccante", "Critical"),
        ("高", "High"), ("中", "Medium"), ("低", "Low"),
        ("critique", "Critical"), ("haute", "High"), ("elevee", "High"), ("moyenne", "Medium"), ("basse", "Low"), ("bloquant", "Critical"),
    ];

    private static readonly (string Symbol, string Priority)[] s_prioritySymbols =
        [("🔴", "High"), ("🟠", "High"), ("🟡", "Medium"), ("🟢", "Low"), ("🔵", "Low")];

    /// <summary>The status a table cell states, or null.</summary>
    public static ItemStatus? StatusOfCell(string? cell) =>
        TryLongest(cell, s_status, out var status) ? status : TrySymbol(cell, s_statusSymbols, out status) ? status : null;

    /// <summary>The status a text is, word for word and nothing more ("Not satisfied", "N/A", "Yes"); null for "Done by" or "Status".</summary>
    public static ItemStatus? StatusOfWholeText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Words(text).Trim();
        foreach (var (phrase, status) in s_status)
        {
            if (words == phrase || (phrase.Contains('-', StringComparison.Ordinal) && words == phrase.Replace('-', ' ')))
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>The priority a table cell or a heading states (Critical, High, P1, Must…), or null.</summary>
    public static string? PriorityOfCell(string? cell) =>
        TryLongest(cell, s_priority, out var priority) ? priority : TrySymbol(cell, s_prioritySymbols, out priority) ? priority : null;

    private static bool TryLongest<T>(string? cell, (string Phrase, T Value)[] table, out T value)
    {
        value = default!;
        if (string.IsNullOrWhiteSpace(cell))
        {
            return false;
        }

        var words = Words(cell);
        var best = 0;
        foreach (var (phrase, meaning) in table)
        {
            if (phrase.Length > best && ContainsWhole(words, phrase))
            {
                (best, value) = (phrase.Length, meaning);
            }
        }

        return best > 0;
    }

    private static bool TrySymbol<T>(string? cell, (string Symbol, T Value)[] table, out T value)
    {
        value = default!;
        if (string.IsNullOrEmpty(cell))
        {
            return false;
        }

        foreach (var (symbol, meaning) in table)
        {
            if (cell.Contains(symbol, StringComparison.Ordinal))
            {
                value = meaning;
                return true;
            }
        }

        return false;
    }

    /// <summary>The cell in lower case without accents, its words separated by single spaces, padded with one at each end.</summary>
    private static string Words(string cell)
    {
        var decomposed = cell.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 2).Append(' ');
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch) || ch is '/' or '\'' or '-')
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

    /// <summary>Whether the phrase stands in the padded words as whole words.</summary>
    private static bool ContainsWhole(string words, string phrase)
    {
        for (var at = words.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = words.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (words[at - 1] == ' ' && words[at + phrase.Length] == ' ')
            {
                return true;
            }
        }

        // "in-progress" and "must-have" are written with a dash as often as with a space.
        return phrase.Contains('-', StringComparison.Ordinal) && ContainsWhole(words, phrase.Replace('-', ' '));
    }
}
