using System.Text.RegularExpressions;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// A pipe table around a row of the source, found from the text: its header (the line above the
/// delimiter row), the task column and the status column, chosen as the importer chooses them
/// (<see cref="TableColumns"/> for a checklist table, the header words of a priority matrix).
/// </summary>
internal sealed partial class MarkdownTable
{
    private static readonly string[] s_taskHeaders = ["task", "item", "action", "improvement", "initiative", "fix", "work", "feature", "name", "title"];
    private static readonly string[] s_statusHeaders = ["status", "state", "done"];

    private readonly int _taskColumn;
    private readonly int? _statusColumn;
    private readonly bool _usesStrikes;
    // How the table's own status cells say each status ("Yes", "✅ Implementado"): a cell is rewritten in the table's words.
    private readonly Dictionary<ItemStatus, string> _says;
    // "| Yes | No | N/A |": the column a row marks is its status (TableColumns.Answers), marked as the table marks ("X", "✓").
    private IReadOnlyList<(int Column, ItemStatus Status)> _answers = [];
    private string _answerMark = "X";

    private MarkdownTable(int taskColumn, int? statusColumn, bool usesStrikes, Dictionary<ItemStatus, string> says)
    {
        _taskColumn = taskColumn;
        _statusColumn = statusColumn;
        _usesStrikes = usesStrikes;
        _says = says;
    }

    /// <summary>The table the line at <paramref name="index"/> is a body row of, or null.</summary>
    public static MarkdownTable? Find(string[] lines, int index)
    {
        for (var i = index - 1; i >= 1 && lines[i].Contains('|', StringComparison.Ordinal); i--)
        {
            if (!DelimiterRow().IsMatch(lines[i]))
            {
                continue;
            }

            var headerTexts = Cells(lines[i - 1]).Select(c => lines[i - 1][c].Trim()).ToList();
            var headers = headerTexts.ConvertAll(h => h.ToLowerInvariant());
            var body = new List<IReadOnlyList<string>>();
            for (var row = i + 1; row < lines.Length && lines[row].Contains('|', StringComparison.Ordinal); row++)
            {
                body.Add(Cells(lines[row]).Select(c => lines[row][c].Trim()).ToList());
            }

            var checklist = TableColumns.Find(headerTexts, body);
            var task = checklist?.Title ?? TableColumns.TitleOf(headerTexts, body) ?? Column(headers, s_taskHeaders) ?? 0;
            var status = checklist is null ? Column(headers, s_statusHeaders) : checklist.Status;
            var says = new Dictionary<ItemStatus, string>();
            foreach (var cells in body)
            {
                if (status is { } column && column < cells.Count && ReadsAs(cells[column]) is { } said)
                {
                    says.TryAdd(said, cells[column]);
                }
            }

            var answers = checklist?.Answers ?? [];
            var mark = body.SelectMany(cells => answers.Where(a => a.Column < cells.Count).Select(a => cells[a.Column].Trim())).FirstOrDefault(c => c.Length > 0);
            return new MarkdownTable(task, status, body.Any(cells => cells.Count > task && IsStruck(cells[task])), says)
            {
                _answers = answers,
                _answerMark = mark ?? "X",
            };
        }

        return null;
    }

    /// <summary>The row with its status cell, and the strike of its task cell, set to <paramref name="status"/>; null when nothing changes.</summary>
    public string? Rewrite(string row, ItemStatus status)
    {
        var cells = Cells(row);
        if (cells.Count <= _taskColumn)
        {
            return null;
        }

        var edits = new List<(Range Cell, string Text)>();
        var task = row[cells[_taskColumn]];
        if (IsStruck(task) && status != ItemStatus.Done)
        {
            edits.Add((cells[_taskColumn], Unstruck(task)));
        }

        if (_statusColumn is null && _answers.Count > 0)
        {
            // The mark moves to the new status's column; a status without a column of its own (blocked) marks none, which reads as open.
            foreach (var (answerColumn, says) in _answers)
            {
                if (answerColumn < cells.Count && row[cells[answerColumn]] is var cell
                    && (cell.Trim().Length > 0) != (says == status))
                {
                    edits.Add((cells[answerColumn], says == status ? $" {_answerMark} " : new string(' ', Math.Max(1, cell.Length))));
                }
            }
        }

        var statusCell = _answers.Count > 0 && _statusColumn is null ? null
            : _statusColumn is { } column && column < cells.Count && column != _taskColumn
            ? column
            : FallbackStatusCell(row, cells);
        if (statusCell is { } at)
        {
            var cell = row[cells[at]];
            if (StatusMarkText.Replace(cell, status, inCell: true) is { } replaced && ReadsAs(replaced) == status)
            {
                edits.Add((cells[at], replaced));
            }
            else if (ReadsAs(cell) != status && (_statusColumn == at || cell.Trim().Length > 0))
            {
                // The words the table itself uses for that status, else the app's own ("✅ Done").
                var says = _says.TryGetValue(status, out var said) ? said : StatusMarkText.ForEmptyCell(status);
                var lead = cell.Length - cell.TrimStart().Length;
                var trail = cell.Length - cell.TrimEnd().Length;
                edits.Add((cells[at], cell.Trim().Length == 0 ? $" {says} " : $"{cell[..lead]}{says}{cell[(cell.Length - trail)..]}"));
            }
        }
        else if (status == ItemStatus.Done && _usesStrikes && !IsStruck(task) && task.Trim().Length > 0)
        {
            // A table that marks done rows by striking them through, and has no status column.
            edits.Add((cells[_taskColumn], Struck(task)));
        }

        if (edits.Count == 0)
        {
            return null;
        }

        var text = row;
        foreach (var (cell, replacement) in edits.OrderByDescending(e => e.Cell.Start.Value))
        {
            text = string.Concat(text.AsSpan(0, cell.Start.Value), replacement, text.AsSpan(cell.End.Value));
        }

        return text;
    }

    /// <summary>The status a cell says, read as the importer reads a checklist table's status cell.</summary>
    private static ItemStatus? ReadsAs(string cell) => Vocabulary.StatusOfCell(cell) ?? StatusMarks.FindInCell(cell);

    /// <summary>Without a status column the importer reads ✅, 🔲 or ⬜ in any other cell.</summary>
    private int? FallbackStatusCell(string row, List<Range> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = row[cells[i]];
            if (i != _taskColumn && (cell.Contains('✅', StringComparison.Ordinal) || cell.Contains("🔲", StringComparison.Ordinal) || cell.Contains('⬜', StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The content of each cell, without the pipes; an escaped <c>\|</c> stays inside its cell.</summary>
    public static List<Range> Cells(string row)
    {
        var cells = new List<Range>();
        var start = 0;
        var first = row.AsSpan().TrimStart();
        if (first.Length > 0 && first[0] == '|')
        {
            start = row.IndexOf('|', StringComparison.Ordinal) + 1;
        }

        var code = false;
        for (var i = start; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '`')
            {
                code = !code;
            }
            else if (row[i] == '|' && !code)
            {
                cells.Add(start..i);
                start = i + 1;
            }
        }

        if (row.AsSpan(start).Trim().Length > 0)
        {
            cells.Add(start..row.Length);
        }

        return cells;
    }

    private static int? Column(List<string> headers, string[] names)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (names.Any(n => headers[i].Contains(n, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsStruck(string cell)
    {
        var text = cell.AsSpan().Trim();
        return text.Length > 4 && text.StartsWith("~~") && text.EndsWith("~~");
    }

    private static string Unstruck(string cell)
    {
        var open = cell.IndexOf("~~", StringComparison.Ordinal);
        var close = cell.LastIndexOf("~~", StringComparison.Ordinal);
        return string.Concat(cell.AsSpan(0, open), cell.AsSpan(open + 2, close - open - 2), cell.AsSpan(close + 2));
    }

    private static string Struck(string cell)
    {
        var lead = cell.Length - cell.TrimStart().Length;
        var trail = cell.Length - cell.TrimEnd().Length;
        return $"{cell[..lead]}~~{cell.Trim()}~~{cell[(cell.Length - trail)..]}";
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DelimiterRow();
}
