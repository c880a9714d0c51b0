using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>"Critical: rate limiting implementation, database backups": a line that names tasks of a priority inline.</summary>
internal sealed class InlinePriorityListReader : IListLineReader, IParagraphReader
{
    public bool TryRead(ListLine line, DocumentScan scan) => Read(line.Text, line.Line, scan);

    // A list line's first paragraph was offered as the line already.
    public bool TryRead(ParagraphBlock paragraph, DocumentScan scan) =>
        !ReferenceEquals(paragraph, scan.ListItemLead) && Read(scan.TextOf(paragraph), paragraph.Line + 1, scan);

    /// <summary>Reads the line when it is a priority list, a list's or a paragraph's; false when it is none.</summary>
    public static bool Read(string text, int line, DocumentScan scan)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40 || CellWords.PriorityWord(text[..colon]) is not { } priority)
        {
            return false;
        }

        var names = text[(colon + 1)..].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0 || names.Any(n => n.Length > 120))
        {
            return false;
        }

        foreach (var name in names)
        {
            scan.AddPriorityName(priority, name.TrimEnd('.', '…'), line);
        }

        return true;
    }
}
