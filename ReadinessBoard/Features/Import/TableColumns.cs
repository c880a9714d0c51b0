using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// What the columns of a checklist table hold, from their headers (and, for the title and the ID, their
/// cells): one row per task, the title from the task column, the other columns filling the item.
/// </summary>
/// <remarks>
/// Headers are matched as lower-case words, in English, Spanish, German, Portuguese and French. The title is never a column of IDs
/// (<c>#</c>, <c>AUTH-010</c>, <c>C1</c>, <c>A.9.1.1</c>): that column is the row's reference instead.
/// </remarks>
public sealed partial record TableColumns(
    int Title, int? Id, int? Status, int? Priority, int? Owner, int? Due, int? Estimate, int? Notes, IReadOnlyList<int> Levels)
{
    // In order of preference: "Requirement" over "Control" in "| Control | Requirement | Status |".
    private static readonly string[] s_title =
    [
        "task", "requirement", "check", "item", "finding", "gap", "action", "recommendation", "step", "to do", "todo",
        "deliverable", "criterion", "criteria", "control", "test", "activity", "issue", "name", "title", "what",
        "tarea", "requisito", "accion", "acción", "elemento", "nombre", "entregable", "qué", "que",
        "aufgabe", "punkt", "anforderung", "maßnahme", "massnahme", "prüfpunkt", "tarefa", "ação", "acao",
        "tâche", "tache", "intitulé", "intitule", "exigence", "critère", "critere",
        "attività", "attivita", "compito", "controllo", "voce", "チェック項目", "確認項目", "項目", "タスク", "作業", "内容",
        "improvement", "initiative", "fix", "feature", "work", "question", "pregunta", "frage", "pergunta", "domanda",
    ];

    // Titles only beside a status column: "| Role | Owner | Status |" is a list of sign-offs to collect,
    // where "| Role | Responsibility |" or "| Area | Owner |" says who does what.
    private static readonly string[] s_titleWithStatus =
        ["sign-off", "signoff", "approval", "role", "rol", "team", "component", "area", "system", "service", "approver", "category", "categoría", "categoria", "domain", "dominio"];

    // The words of a row told at length, titling the rows only where nothing else does: "| Requirement ID | Description | MoSCoW |".
    private static readonly string[] s_titleLast = ["description", "descripción", "descripcion", "summary", "resumen"];

    private static readonly string[] s_id = ["#", "id", "no", "no.", "nr", "nr.", "n°", "nº", "ref", "ref.", "key", "código", "codigo"];
    private static readonly string[] s_status = ["status", "state", "done", "complete", "result", "estado", "hecho", "pass", "signature", "signed", "approved", "decision", "decisión", "verdict",
        "erledigt", "situação", "situacao", "statut", "état", "etat", "stato", "sign-off", "signoff", "sign off", "状態", "ステータス", "結果", "確認", "記録"];
    private static readonly string[] s_priority = ["priority", "prio", "severity", "criticality", "importance", "weight", "prioridad", "severidad", "moscow", "priorität", "prioritat", "prioridade", "priorité", "priorite"];
    private static readonly string[] s_notPriority = ["risk", "impact", "effort", "likelihood", "probability", "level", "nivel"];
    private static readonly string[] s_owner = ["担当", "担当者", "責任者", "responsabile", "owner", "assignee", "assigned", "responsible", "who", "lead", "dri", "approver", "responsable", "dueño", "verantwortlich", "zuständig", "zustandig", "responsável", "responsavel", "affectation", "assigné"];
    private static readonly string[] s_due = ["期限", "期日", "scadenza", "due", "deadline", "target date", "due date", "date", "when", "fecha", "plazo", "fällig", "fallig", "termin", "frist", "prazo", "échéance", "echeance", "date limite"];
    private static readonly string[] s_estimate = ["estimate", "effort", "fix time", "hours", "time", "duration", "esfuerzo", "tiempo", "horas", "aufwand", "esforço", "charge"];
    private static readonly string[] s_notes =
        ["備考", "タイミング", "notes", "note", "comment", "comments", "details", "description", "remarks", "evidence", "notas", "comentario", "comentarios", "observaciones", "cómo", "como", "how", "bemerkung", "bemerkungen", "anmerkung", "observações", "commentaire", "commentaires", "remarques"];

    /// <summary>
    /// The columns of a checklist table, or null when the table is no checklist: it needs a column of task
    /// titles and at least one that says something of each task (its status, priority, owner, due date or
    /// estimate). A table of names and emails, or a legend, is no checklist.
    /// </summary>
    /// <summary>
    /// Columns that are each an answer ("Yes | No | N/A", "Not satisfied | Partially satisfied | Totally satisfied"): the
    /// column a row marks is its status. Empty unless two or more columns give different answers.
    /// </summary>
    public IReadOnlyList<(int Column, Domain.ItemStatus Status)> Answers { get; init; } = [];

    public static TableColumns? Find(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var lower = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var answers = AnswerColumns(lower);
        var levels = LevelColumns(lower);
        // Level and answer columns are neither titles nor fields.
        List<int> marked = answers.Count > 0 ? [.. levels, .. answers.Select(a => a.Column)] : levels;
        var id = IdColumn(lower, rows);
        var titled = DescriptionOverCategories(lower, rows, TitleOf(lower, rows, id, marked), marked);
        // "| Role | Name | Decision |": the role, where the title would be the person's name (not beside a Task column).
        var role = titled is null || lower[titled.Value] is "name" or "nombre" ? SignOffRole(lower) : null;
        if ((role ?? titled ?? TitleBesideAStatus(lower, rows, id, marked) ?? TitleOf(lower, rows, id, marked, s_titleLast)) is not { } t)
        {
            return null;
        }

        // The first word that heads a column wins: "Due" over "Start date" for the due date.
        int? Of(string[] words)
        {
            foreach (var word in words)
            {
                for (var i = 0; i < lower.Count; i++)
                {
                    if (i != t && i != id && !marked.Contains(i) && HasWord(lower[i], word))
                    {
                        return i;
                    }
                }
            }

            return null;
        }

        // "| Role | Name | Decision |": a sign-off per role, the person's name its owner.
        var owner = role == t ? lower.FindIndex(h => h is "name" or "nombre") : -1;
        var columns = new TableColumns(t, id, Of(s_status), Of(s_priority), owner >= 0 ? owner : Of(s_owner), Of(s_due), Of(s_estimate), Of(s_notes), levels)
        {
            Answers = answers,
        };
        // A "Level" column that is not one of several level columns is the priority ("| Name | Level |") when it holds priorities;
        // "| Level | Name | Meant for |" with L1, L2 in it defines the levels.
        if (columns.Priority is null && levels.Count == 0
            && Enumerable.Range(0, lower.Count).Cast<int?>().FirstOrDefault(i => i != t && lower[i!.Value] is "level" or "nivel") is { } level
            && HoldsPriorities(rows, level))
        {
            columns = columns with { Priority = level };
        }

        // "| Item | Tipo | Status |" over 🔴 Blocker, 🟠 High: a column of priorities whatever its header (not a risk, impact or effort).
        if (columns.Priority is null && Enumerable.Range(0, lower.Count).Cast<int?>().FirstOrDefault(i => i != t && i != id && i != columns.Status
                && i != columns.Owner && i != columns.Due && i != columns.Estimate && i != columns.Notes && !marked.Contains(i!.Value)
                && !s_notPriority.Any(w => HasWord(lower[i.Value], w)) && HoldsPriorities(rows, i.Value, all: true)) is { } priorities)
        {
            columns = columns with { Priority = priorities };
        }

        var saysSomething = columns.Status is not null || columns.Priority is not null || columns.Owner is not null
            || columns.Due is not null || columns.Estimate is not null || levels.Count > 0 || answers.Count > 0;
        return saysSomething ? columns : null;
    }

    /// <summary>The columns headed by an answer alone ("Yes", "Partially satisfied", "N/A"), when two or more give different ones.</summary>
    private static List<(int Column, Domain.ItemStatus Status)> AnswerColumns(List<string> lower)
    {
        var answers = new List<(int Column, Domain.ItemStatus Status)>();
        for (var i = 0; i < lower.Count; i++)
        {
            // The header is the answer and nothing more: "Done" is one, "Done by" or "Status" none.
            if (Vocabulary.StatusOfWholeText(lower[i]) is { } status)
            {
                answers.Add((i, status));
            }
        }

        return answers.Count >= 2 && answers.Select(a => a.Status).Distinct().Count() >= 2 ? answers : [];
    }

    /// <summary>
    /// "| Item | Item Description |" where the Item column only repeats a few categories (Architecture, Architecture,
    /// Monitoring…) and the description tells each row apart: the description is the title, the category a detail.
    /// </summary>
    private static int? DescriptionOverCategories(List<string> lower, IReadOnlyList<IReadOnlyList<string>> rows, int? title, List<int> levels)
    {
        if (title is not { } t || TitleOf(lower, rows, null, [.. levels, t], s_titleLast) is not { } description)
        {
            return title;
        }

        var titles = FilledValues(rows, t);
        var descriptions = FilledValues(rows, description);
        var repeats = titles.Count >= 4 && titles.Distinct(StringComparer.OrdinalIgnoreCase).Count() * 2 <= titles.Count;
        var distinct = descriptions.Count * 10 >= titles.Count * 9
            && descriptions.Distinct(StringComparer.OrdinalIgnoreCase).Count() * 10 >= descriptions.Count * 9;
        return repeats && distinct ? description : title;
    }

    private static List<string> FilledValues(IReadOnlyList<IReadOnlyList<string>> rows, int column) =>
        [.. rows.Where(r => column < r.Count && !string.IsNullOrWhiteSpace(r[column])).Select(r => r[column].Trim())];

    /// <summary>"| Role | Name | Decision |": the role titles the row where a name column says who holds it (beside a status: a list of contacts is none).</summary>
    private static int? SignOffRole(List<string> lower)
    {
        var role = lower.FindIndex(h => h is "role" or "rol");
        return role >= 0 && lower.Exists(h => h is "name" or "nombre") && lower.Exists(h => s_status.Any(w => HasWord(h, w))) ? role : null;
    }

    /// <summary>Whether most (or <paramref name="all"/>) filled cells of the column name a priority (High, P1, Must).</summary>
    private static bool HoldsPriorities(IReadOnlyList<IReadOnlyList<string>> rows, int column, bool all = false)
    {
        var filled = 0;
        var priorities = 0;
        foreach (var row in rows)
        {
            if (column < row.Count && row[column].Trim() is { Length: > 0 } cell)
            {
                filled++;
                priorities += Vocabulary.PriorityOfCell(cell) is not null ? 1 : 0;
            }
        }

        // By content alone, the column must name a rank plainly somewhere: "Major"/"Minor" may be a version bump.
        return filled > 0 && (all ? priorities == filled && rows.Any(r => column < r.Count && PlainRank().IsMatch(r[column])) : priorities * 2 >= filled);
    }

    /// <summary>
    /// The column of task titles: the first header, in <see cref="s_title"/>'s order of preference, that
    /// names one and does not hold references; null when none does.
    /// </summary>
    public static int? TitleOf(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var lower = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        return TitleOf(lower, rows, IdColumn(lower, rows), LevelColumns(lower));
    }

    private static int? TitleBesideAStatus(List<string> lower, IReadOnlyList<IReadOnlyList<string>> rows, int? id, List<int> levels)
    {
        var statuses = Enumerable.Range(0, lower.Count).Where(i => s_status.Any(w => HasWord(lower[i], w))).ToList();
        // The status column is never the title, whatever else its header says ("Service status").
        return statuses.Count > 0 ? TitleOf(lower, rows, id, [.. levels, .. statuses], s_titleWithStatus) : null;
    }

    /// <summary>
    /// The title column, by the header that says it best: one that is the word itself ("Item"), then one
    /// that ends with it ("Category Name"), then one that holds it anywhere ("Check Interval" only last).
    /// A column of references or of finding numbers ("#2, #5") is never the title.
    /// </summary>
    private static int? TitleOf(List<string> lower, IReadOnlyList<IReadOnlyList<string>> rows, int? id, List<int> levels, string[]? words = null)
    {
        foreach (var fit in (Func<string, string, bool>[])[IsWord, EndsWithWord, HasWord])
        {
            foreach (var word in words ?? s_title)
            {
                for (var i = 0; i < lower.Count; i++)
                {
                    if (i != id && !levels.Contains(i) && fit(lower[i], word) && !IsIdColumn(rows, i) && !IsNumberList(rows, i))
                    {
                        return i;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsWord(string header, string word) => HasWord(header, word) && Words(header).Length == 1;

    private static bool EndsWithWord(string header, string word) => Words(header) is { Length: > 0 } words && HasWord(words[^1], word);

    private static string[] Words(string header) => header.Split([' ', '/', '(', ')', '-', '_', ':'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Cells that only point elsewhere: "#2, #5", "3", "N/A", "-".</summary>
    private static bool IsNumberList(IReadOnlyList<IReadOnlyList<string>> rows, int column) =>
        FilledCells(rows, column, NumberList()) is var (filled, numbers) && filled > 0 && numbers == filled;

    /// <summary>How many cells of the column are filled, and how many of those the pattern matches.</summary>
    private static (int Filled, int Matching) FilledCells(IReadOnlyList<IReadOnlyList<string>> rows, int column, Regex pattern)
    {
        var filled = 0;
        var matching = 0;
        foreach (var row in rows)
        {
            if (column < row.Count && row[column].Trim() is { Length: > 0 } cell)
            {
                filled++;
                matching += pattern.IsMatch(cell) ? 1 : 0;
            }
        }

        return (filled, matching);
    }

    /// <summary>
    /// "Level C | Level B | Level A", or two or more of "L1 | L2 | L3": ticks under them say at which level a task is required,
    /// not that it is done.
    /// </summary>
    private static List<int> LevelColumns(List<string> lower)
    {
        var levels = Enumerable.Range(0, lower.Count).Where(i => LevelColumn().IsMatch(lower[i])).ToList();
        var shortForms = Enumerable.Range(0, lower.Count).Where(i => ShortLevelColumn().IsMatch(lower[i])).ToList();
        return shortForms.Count >= 2 ? [.. levels, .. shortForms] : levels;
    }

    /// <summary>The row's reference: a column headed as one, or a first column of references.</summary>
    private static int? IdColumn(List<string> lower, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (var i = 0; i < lower.Count; i++)
        {
            if (s_id.Contains(lower[i]) || HasWord(lower[i], "id"))
            {
                return i;
            }
        }

        // Without a header that says so, a first column of references ("AUTH-010", "C1") that is headed as nothing else ("Due" with "Q1" is a date).
        var known = s_status.Concat(s_priority).Concat(s_owner).Concat(s_due).Concat(s_estimate).Concat(s_notes);
        return lower.Count > 0 && IsIdColumn(rows, 0) && !known.Any(word => HasWord(lower[0], word)) ? 0 : null;
    }

    /// <summary>Whether most filled cells of the column look like references: <c>3</c>, <c>AUTH-010</c>, <c>C1</c>, <c>A.9.1.1</c>.</summary>
    private static bool IsIdColumn(IReadOnlyList<IReadOnlyList<string>> rows, int column) =>
        FilledCells(rows, column, IdLike()) is var (filled, ids) && filled > 0 && ids * 5 >= filled * 4;

    /// <summary>
    /// Whether <paramref name="word"/> stands in the header as a word of its own, or its plural ("due" in
    /// "Due date", "task" in "Tasks"; not "due" in "Overdue").
    /// </summary>
    private static bool HasWord(string header, string word)
    {
        for (var at = header.IndexOf(word, StringComparison.Ordinal); at >= 0; at = header.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            end += header.AsSpan(end).StartsWith("es") ? 2 : header.AsSpan(end).StartsWith("s") ? 1 : 0;
            if ((at == 0 || !char.IsLetter(header[at - 1])) && (end == header.Length || !char.IsLetter(header[end])))
            {
                return true;
            }
        }

        return false;
    }

    // "#2, #5", "3", and counts: "2 issues", "0 findings".
    [GeneratedRegex(@"^(?:#?\d{1,4}(?:\s*[,;]\s*#?\d{1,4})*|\d{1,4}\s+\p{L}{1,20}|n/?a|-|—|–)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberList();

    [GeneratedRegex(@"^(level|nivel|tier)\s+\S{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LevelColumn();

    [GeneratedRegex(@"🔴|🟠|🟡|🟢|🔵|\b(?:critical|blocker|high|medium|low|p[0-4])\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlainRank();

    [GeneratedRegex(@"^l[1-5]$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortLevelColumn();

    [GeneratedRegex(@"^[A-Za-z]{0,8}[-.]?\d{1,5}(?:[.-]\d{1,5})*[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdLike();
}
