using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A table with Impact and Effort columns: one item per row, placed on the priority matrix where the cells
/// are on a scale (High/Medium/Low, 1-5, stars); impacts and efforts in words go to the item's details.
/// </summary>
internal sealed class PriorityMatrixReader : ITableReader
{
    public BlockReading? TryRead(TableInput table, DocumentScan scan)
    {
        if (table.Column("impact") is not { } impact || table.Column("effort") is not { } effort)
        {
            return null;
        }

        var before = scan.Mentions.Count;
        var rows = table.Body;
        // The task column, never a column of references ("# | Finding | Impact | Effort").
        var task = TableColumns.TitleOf(table.Headers, table.Texts())
            ?? table.Column("task", "item", "action", "improvement", "initiative", "fix", "work", "feature", "name", "title") ?? 0;
        var status = table.Column("status", "state", "done");
        var priority = table.Column("priority", "score", "rank");
        var time = table.Column("time", "estimate", "effort (h", "hours", "duration");
        var explicitOpen = status is not null || AnyStruck(rows, task);
        foreach (var (line, cells) in rows)
        {
            if (cells.Count <= task || cells[task].Text.Length == 0 || TableInput.IsGroupRow(cells))
            {
                continue;
            }

            scan.MatrixRows++;
            var parts = TitleText.Parse(cells[task].Text);
            // The status column when it holds a status, else the first other cell with a mark.
            var cellStatus = TableInput.At(cells, status) is { } statusText ? StatusMarks.FindInCell(statusText) : null;
            if (cellStatus is null && MarkedCell(cells, task) is { } marked)
            {
                cellStatus = StatusMarks.FindInCell(marked);
            }

            var rowStatus = cells[task].Struck ? ItemStatus.Done : cellStatus;
            // The time column when it holds an estimate, else the last other cell that does.
            var estimate = (TableInput.At(cells, time) is { } timeText ? HourRange.Find(timeText) : null) ?? LastEstimate(cells, task, impact, effort)
                ?? (TableInput.At(cells, effort) is { } effortText ? HourRange.Find(effortText) : null);
            scan.AddMention(new Mention(MentionKind.MatrixRow, scan.Truncate(parts.Title.Length > 0 ? parts.Title : cells[task].Text, line, "A task title"), line)
            {
                Number = parts.Number,
                Section = scan.CurrentSection,
                Phase = scan.CurrentPhase,
                Estimate = estimate ?? parts.Estimate,
                Impact = CellWords.Level(TableInput.At(cells, impact)),
                Effort = CellWords.Level(TableInput.At(cells, effort)),
                FreeFacts = CellWords.FreeFacts(("Impact", TableInput.At(cells, impact)), ("Effort", TableInput.At(cells, effort))),
                Priority = CellWords.PriorityOfCell(TableInput.At(cells, priority)),
                Status = rowStatus ?? (explicitOpen ? ItemStatus.Open : null),
                Authority = rowStatus is not null ? Mention.Authorities.Explicit : explicitOpen ? Mention.Authorities.Implied : 0,
                StatusWhere = "the priority matrix",
            });
        }

        return table.Reading(BlockKind.Matrix, scan.Mentions.Count - before,
            $"a priority matrix: its {table.Header[impact].Text} and {table.Header[effort].Text} columns place each row's item on the matrix");
    }

    private static bool AnyStruck(List<(int Line, List<Cell> Cells)> rows, int column)
    {
        foreach (var (_, cells) in rows)
        {
            if (cells.Count > column && cells[column].Struck)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first cell but the task's with a done or open mark (✅ 🔲 ⬜).</summary>
    private static string? MarkedCell(List<Cell> cells, int task)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (i != task && (text.Contains('✅') || text.Contains("🔲", StringComparison.Ordinal) || text.Contains('⬜')))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The estimate of the last cell that holds one, but the task's, impact's and effort's.</summary>
    private static HourRange? LastEstimate(List<Cell> cells, int task, int impact, int effort)
    {
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (i != task && i != impact && i != effort && HourRange.Find(cells[i].Text) is { } estimate)
            {
                return estimate;
            }
        }

        return null;
    }
}
