using System.Text;

namespace ReadinessBoard.Features.Export;

public enum ExportFormat
{
    Xlsx,
    Markdown,
    Csv,
}

public static class ExportFormats
{
    /// <summary>The names the command line and the URLs accept.</summary>
    public const string Names = "xlsx, md or csv";

    public static bool TryParse(string? name, out ExportFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "xlsx" or "excel":
                format = ExportFormat.Xlsx;
                return true;
            case "md" or "markdown":
                format = ExportFormat.Markdown;
                return true;
            case "csv":
                format = ExportFormat.Csv;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The word used in URLs: <c>xlsx</c>, <c>md</c>, <c>csv</c>.</summary>
    public static string Slug(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Markdown => "md",
        _ => "csv",
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => XlsxExporter.ContentType,
        ExportFormat.Markdown => MarkdownExporter.ContentType,
        _ => CsvExporter.ContentType,
    };

    /// <summary>Whether the file is text that can go to a terminal (<c>-o -</c>).</summary>
    public static bool IsText(this ExportFormat format) => format != ExportFormat.Xlsx;

    /// <summary>
    /// A file name from the board's title: letters, digits, spaces, dots, dashes and underscores
    /// kept; anything else (slashes, colons, quotes, control characters) dropped beside a space and
    /// a dash elsewhere ("a/b" is "a-b", "API: launch" is "API launch"); at most 80 characters.
    /// </summary>
    public static string FileName(this ExportFormat format, string title)
    {
        var name = new StringBuilder(Math.Min(title.Length, 80));
        var runes = title.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count && name.Length < 80; i++)
        {
            var rune = runes[i];
            if (rune.Value == ' ' && name.Length > 0 && name[^1] == ' ')
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune) || rune.Value is ' ' or '-' or '_' or '.')
            {
                name.Append(rune.ToString());
            }
            else if (name.Length > 0 && name[^1] is not (' ' or '-') && (i + 1 >= runes.Count || !Rune.IsWhiteSpace(runes[i + 1])))
            {
                name.Append('-');
            }
        }

        var stem = name.ToString().Trim(' ', '.', '-');
        return $"{(stem.Length == 0 ? "board" : stem)}.{format.Slug()}";
    }

    /// <summary>Writes the board in the format to the stream.</summary>
    public static void Write(this ExportFormat format, BoardExport board, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Xlsx:
                new XlsxExporter().Write(board, output);
                break;
            case ExportFormat.Markdown:
                new MarkdownExporter().Write(board, output);
                break;
            default:
                new CsvExporter().Write(board, output);
                break;
        }
    }
}
