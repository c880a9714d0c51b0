using System.Text.RegularExpressions;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// A pipe table around a row of the source, found from the text: its header (the line above the
/// delimiter row), the task column and the status column, chosen by the same header words the
/// importer uses for a priority matrix.
/// </summary>
internal sealed partial class MarkdownTable
{
    private static readonly string[] s_taskHeaders = ["task", "item", "action", "improvement", "initiative", "fix", "work", "feature", "name", "title"];
    private static readonly string[] s_statusHeaders = ["status", "state", "done"];

    private readonly int _taskColumn;
    private readonly int? _statusColumn;
    private readonly bool _usesStrikes;

    private MarkdownTable(int taskColumn, int? statusColumn, bool usesStrikes)
    {
        _taskColumn = taskColumn;
        _statusColumn = statusColumn;
        _usesStrikes = usesStrikes;
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

            var headers = Cells(lines[i - 1]).Select(c => lines[i - 1][c].ToLowerInvariant()).ToList();
            var task = Column(headers, s_taskHeaders) ?? 0;
            var status = Column(headers, s_statusHeaders);
            var strikes = false;
            for (var row = i + 1; row < lines.Length && lines[row].Contains('|', StringComparison.Ordinal); row++)
            {
                var cells = Cells(lines[row]);
                strikes |= cells.Count > task && IsStruck(lines[row][cells[task]]);
            }

            return new MarkdownTable(task, status, strikes);
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

        var statusCell = _statusColumn is { } column && column < cells.Count && column != _taskColumn
            ? column
            : FallbackStatusCell(row, cells);
        if (statusCell is { } at)
        {
            var cell = row[cells[at]];
            if (StatusMarkText.Replace(cell, status, inCell: true) is { } replaced)
            {
                edits.Add((cells[at], replaced));
            }
            else if (cell.Trim().Length == 0 && _statusColumn == at)
            {
                edits.Add((cells[at], $" {StatusMarkText.ForEmptyCell(status)} "));
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
