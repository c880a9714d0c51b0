using System.Globalization;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A checklist written as a table: one item per row, its title from the task column (<see cref="TableColumns"/>),
/// the other columns filling it (status, priority, owner, due date, estimate, notes, the row's reference, the
/// levels that require it). Also reads any table a person chose to read as items, with the columns they named.
/// </summary>
internal sealed class ChecklistTableReader : ITableReader
{
    public BlockReading? TryRead(TableInput table, DocumentScan scan)
    {
        // A template's table with no row filled in yet ("| Description | Owner | Due Date |" over an empty row) stays a table.
        if (TableColumns.Find(table.HeaderTexts, table.Texts()) is not { } columns || !table.Body.Exists(row => Title(row.Cells, columns) is not null))
        {
            return null;
        }

        var items = Read(table, columns, scan);
        return table.Reading(BlockKind.Items, items, $"a checklist table: one item per row, titled by its {table.Header[columns.Title].Text} column{Describe(columns, table.Header)}",
            Chosen(columns));
    }

    /// <summary>Reads a table as items because a person chose so, with the columns they named over the ones its headers give.</summary>
    public static BlockReading ReadAsChosen(TableInput table, ChosenColumns? chosen, DocumentScan scan)
    {
        var columns = ChosenTableColumns(chosen, table);
        var items = Read(table, columns, scan);
        return table.Reading(BlockKind.Items, items, $"read as items, as you chose: one item per row, titled by its {table.Header[columns.Title].Text} column{Describe(columns, table.Header)}",
            Chosen(columns), chosen: true);
    }

    /// <summary>The row's title; none for a template's placeholder ("{{ACTION_1}}", "[Action]", "____").</summary>
    private static string? Title(List<Cell> cells, TableColumns columns) =>
        TableInput.At(cells, columns.Title) is { } title && !FactBulletReader.Placeholder().IsMatch(title.Trim()) ? title : null;

    private static ChosenColumns Chosen(TableColumns columns) => new(columns.Title, columns.Status, columns.Priority, columns.Owner, columns.Due);

    /// <summary>The columns a person named for a table, over the ones its headers give; a column out of the table is none.</summary>
    private static TableColumns ChosenTableColumns(ChosenColumns? chosen, TableInput table)
    {
        var headers = table.HeaderTexts;
        var found = TableColumns.Find(headers, table.Texts());
        int? Within(int? column) => column is { } at && at >= 0 && at < headers.Count ? at : null;
        var title = Within(chosen?.Title) ?? found?.Title ?? 0;
        if (chosen is null)
        {
            return found ?? new TableColumns(title, null, null, null, null, null, null, null, []);
        }

        var baseline = found ?? new TableColumns(title, null, null, null, null, null, null, null, []);
        int? Other(int? column) => column == title ? null : column;
        return baseline with
        {
            Title = title,
            Id = Other(baseline.Id),
            Status = Other(Within(chosen.Status) ?? baseline.Status),
            Priority = Other(Within(chosen.Priority) ?? baseline.Priority),
            Owner = Other(Within(chosen.Owner) ?? baseline.Owner),
            Due = Other(Within(chosen.Due) ?? baseline.Due),
            Estimate = Other(baseline.Estimate),
            Notes = Other(baseline.Notes),
        };
    }

    /// <summary>", with Status, Owner and Due": the columns that fill a checklist table's items.</summary>
    private static string Describe(TableColumns columns, List<Cell> header)
    {
        var named = new List<string>();
        foreach (var column in (int?[])[columns.Status, columns.Priority, columns.Owner, columns.Due, columns.Estimate])
        {
            if (column is { } at && at < header.Count)
            {
                named.Add(header[at].Text);
            }
        }

        var fields = named.Count switch
        {
            0 => "",
            1 => $", with {named[0]}",
            _ => $", with {string.Join(", ", named[..^1])} and {named[^1]}",
        };
        return columns.Answers.Count == 0 ? fields
            : $"{fields}; the status is the column each row marks: {string.Join(", ", columns.Answers.Where(a => a.Column < header.Count).Select(a => header[a.Column].Text))}";
    }

    /// <summary>One item per task row; the number of items read.</summary>
    private static int Read(TableInput table, TableColumns columns, DocumentScan scan)
    {
        var before = scan.Mentions.Count;
        var header = table.Header;
        var others = OtherColumns(columns, header.Count);
        foreach (var (line, cells) in table.Body)
        {
            // A group row ("| **Security** |") names the rows below it; a row with only its title filled
            // in (a template's, its status still to be given) is a task.
            if (Title(cells, columns) is not { } titleText
                || (TableInput.IsGroupRow(cells) && (cells[columns.Title].Bold || cells.Count < header.Count)))
            {
                continue;
            }

            scan.ChecklistRows++;
            var parts = TitleText.Parse(titleText);
            var statusText = TableInput.At(cells, columns.Status);
            ItemStatus? status = cells[columns.Title].Struck ? ItemStatus.Done
                : statusText is not null ? Vocabulary.StatusOfCell(statusText) ?? StatusMarks.FindInCell(statusText)
                : Answer(columns, header, cells, line, scan);
            var reference = TableInput.At(cells, columns.Id)?.Trim();
            scan.AddMention(new Mention(MentionKind.TableRow, scan.Truncate(parts.Title.Length > 0 ? parts.Title : titleText, line, "A task title"), line)
            {
                // "| 3 | Finding |": a plain number is the task's number, which a numbered heading may share.
                Number = parts.Number ?? (reference is { Length: > 0 } r && r.All(char.IsAsciiDigit) && r.Length <= 4 ? int.Parse(r, CultureInfo.InvariantCulture) : null),
                Ref = reference is { Length: > 0 } r2 && !r2.All(char.IsAsciiDigit) ? scan.Truncate(r2, line, "A reference") : null,
                Section = scan.CurrentSection,
                Phase = scan.CurrentPhase,
                Estimate = (TableInput.At(cells, columns.Estimate) is { } time ? HourRange.Find(time) : null) ?? parts.Estimate,
                Priority = TableInput.At(cells, columns.Priority) is { } priority ? Vocabulary.PriorityOfCell(priority) ?? CellWords.PriorityOfCell(priority) : null,
                Owner = CellWords.Person(TableInput.At(cells, columns.Owner)),
                Due = CellWords.DueDate(TableInput.At(cells, columns.Due)),
                Details = Details(CellWords.Join(CellWords.Filled(TableInput.At(cells, columns.Notes)), OtherCells(others, header, cells)), RequiredLevels(columns, header, cells)),
                Status = status ?? (columns.Status is not null || columns.Answers.Count > 0 ? ItemStatus.Open : null),
                Authority = status is not null ? Mention.Authorities.Explicit : columns.Status is not null || columns.Answers.Count > 0 ? Mention.Authorities.Implied : 0,
                StatusWhere = "the checklist table",
            });
        }

        return scan.Mentions.Count - before;
    }

    /// <summary>
    /// The answer the row marks ("x" under "Partially satisfied"); null when it marks none, which leaves the task open,
    /// or more than one, which a warning names.
    /// </summary>
    private static ItemStatus? Answer(TableColumns columns, List<Cell> header, List<Cell> cells, int line, DocumentScan scan)
    {
        (int Column, ItemStatus Status)? marked = null;
        foreach (var answer in columns.Answers)
        {
            if (!IsMark(TableInput.At(cells, answer.Column)))
            {
                continue;
            }

            if (marked is { } first)
            {
                scan.Warnings.Add(new ImportWarning(line,
                    $"The row is marked both \"{header[first.Column].Text}\" and \"{header[answer.Column].Text}\"; it is imported as open."));
                return null;
            }

            marked = answer;
        }

        return marked?.Status;
    }

    /// <summary>A cell that marks its answer: "x", "✓", "✅", "Yes"; not an empty box, a dash or a zero.</summary>
    private static bool IsMark(string? cell) =>
        cell?.Trim() is { Length: > 0 } text && text is not ("-" or "–" or "—" or "0" or "☐" or "⬜" or "🔲" or "[ ]" or "no" or "No" or "NO");

    /// <summary>The columns that fill no field ("| Requirement | Status | What is missing |"): their text is the item's details.</summary>
    private static List<int> OtherColumns(TableColumns columns, int count)
    {
        var others = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (i != columns.Title && i != columns.Id && i != columns.Status && i != columns.Priority && i != columns.Owner && i != columns.Due
                && i != columns.Estimate && i != columns.Notes && !columns.Levels.Contains(i) && !columns.Answers.Any(a => a.Column == i))
            {
                others.Add(i);
            }
        }

        return others;
    }

    /// <summary>"What is missing: It answers before the database is reachable", one line per other filled cell.</summary>
    private static string? OtherCells(List<int> others, List<Cell> header, List<Cell> cells)
    {
        string? text = null;
        foreach (var column in others)
        {
            if (CellWords.Filled(TableInput.At(cells, column)) is { } value && header[column].Text.Trim() is { Length: > 0 } name)
            {
                text = CellWords.Join(text, $"{name}: {value}");
            }
        }

        return text;
    }

    /// <summary>The levels whose column ticks the row ("Level B, Level A"): where the task is required, never that it is done.</summary>
    private static string? RequiredLevels(TableColumns columns, List<Cell> header, List<Cell> cells)
    {
        var levels = columns.Levels.Where(i => TableInput.At(cells, i) is { } tick && Vocabulary.StatusOfCell(tick) == ItemStatus.Done).Select(i => header[i].Text).ToList();
        return levels.Count == 0 ? null : $"Required at {string.Join(", ", levels)}.";
    }

    private static string? Details(string? notes, string? levels) =>
        notes is null ? levels : levels is null ? notes : $"{notes}\n\n{levels}";
}
