using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>One cell of a table: its text, and whether all of it is struck through or bold.</summary>
internal sealed record Cell(string Text, bool Struck, bool Bold = false)
{
    public static Cell Of(TableCell cell)
    {
        var paragraph = cell.Count > 0 ? cell[0] as ParagraphBlock : null;
        var text = paragraph is null ? "" : MarkdownText.Of(paragraph.Inline);
        return new Cell(text, paragraph is not null && MarkdownText.IsStruck(paragraph.Inline), paragraph is not null && MarkdownText.IsBold(paragraph.Inline));
    }
}

/// <summary>A table with a header row, as the table readers see it: its headers, its rows and where it stands.</summary>
internal sealed class TableInput(int line, List<Cell> header, List<(int Line, List<Cell> Cells)> body, string anchor, string sectionName)
{
    /// <summary>The table's first line in the document (1-based).</summary>
    public int Line { get; } = line;

    public List<Cell> Header { get; } = header;

    /// <summary>The header texts as written.</summary>
    public List<string> HeaderTexts { get; } = header.ConvertAll(c => c.Text);

    /// <summary>The header texts in lower case, for looking columns up by name.</summary>
    public List<string> Headers { get; } = header.ConvertAll(c => c.Text.ToLowerInvariant());

    public List<(int Line, List<Cell> Cells)> Body { get; } = body;

    /// <summary>The name the table keeps across versions of the document (<see cref="BlockReading.Anchor"/>).</summary>
    public string Anchor { get; } = anchor;

    /// <summary>The section the table stands in, which names its cost lines.</summary>
    public string SectionName { get; } = sectionName;

    /// <summary>The row texts, cell by cell.</summary>
    public List<IReadOnlyList<string>> Texts() => Body.ConvertAll(row => (IReadOnlyList<string>)row.Cells.ConvertAll(c => c.Text));

    /// <summary>How the table was read, for the preview and the dry run.</summary>
    public BlockReading Reading(BlockKind kind, int items, string reason, ChosenColumns? columns = null, bool chosen = false) =>
        new(Line, kind, items, reason) { Shape = BlockShape.Table, Anchor = Anchor, Headers = HeaderTexts, Columns = columns, Chosen = chosen };

    /// <summary>The first column whose lower-case header contains one of <paramref name="names"/>.</summary>
    public int? Column(params string[] names)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            foreach (var name in names)
            {
                if (Headers[i].Contains(name, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return null;
    }

    /// <summary>The text of a row's cell in <paramref name="column"/>; null when the row has no such cell or it is empty.</summary>
    public static string? At(List<Cell> cells, int? column) => column is { } c && c < cells.Count && cells[c].Text.Length > 0 ? cells[c].Text : null;

    /// <summary>"| **Quick Wins** |": a row with nothing after its first cell groups the rows below it.</summary>
    public static bool IsGroupRow(List<Cell> cells)
    {
        for (var i = 1; i < cells.Count; i++)
        {
            if (cells[i].Text.Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// A reader of one shape of table (a priority matrix, KPIs, costs, a checklist). The scan offers each table
/// with a header row to the readers in turn (<see cref="DocumentReaders.Tables"/>); the first that claims it
/// reads it into the scan and says how it was read. A table no reader claims is kept as it is.
/// </summary>
internal interface ITableReader
{
    /// <summary>Reads the table when it is of this reader's shape and says how; null leaves it to the next reader.</summary>
    BlockReading? TryRead(TableInput table, DocumentScan scan);
}
