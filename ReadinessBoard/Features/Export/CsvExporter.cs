using System.Globalization;
using System.Text;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// The items of a board as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a
/// comma, a quote or a line break), UTF-8 with a byte order mark so that Excel reads it as UTF-8.
/// Text that would run as a formula is prefixed with an apostrophe (<see cref="FormulaGuard"/>).
/// </summary>
public sealed class CsvExporter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Columns =
    [
        "Section", "Item", "Status", "Reason", "Priority", "Impact", "Effort", "Risk", "Estimate min (h)", "Estimate max (h)",
        "Phase", "Owner", "Due", "Completed", "Completed by", "Evidence", "Notes", "Line", "Key",
    ];

    public void Write(BoardExport board, Stream output)
    {
        ArgumentNullException.ThrowIfNull(board);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        WriteRow(writer, Columns);
        var fields = new string?[Columns.Length];
        foreach (var item in board.Items)
        {
            fields[0] = item.Section ?? XlsxExporter.GeneralSection;
            fields[1] = item.Title;
            fields[2] = item.Status.DisplayName();
            fields[3] = item.StatusReason;
            fields[4] = item.Priority;
            fields[5] = item.Impact;
            fields[6] = item.Effort;
            fields[7] = item.Risk;
            fields[8] = Number(item.EstimateMinHours);
            fields[9] = Number(item.EstimateMaxHours);
            fields[10] = item.Phase;
            fields[11] = item.Owner;
            fields[12] = item.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            fields[13] = item.CompletedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            fields[14] = item.CompletedBy;
            fields[15] = item.EvidenceUrl;
            fields[16] = item.Notes;
            fields[17] = item.SourceLine > 0 ? item.SourceLine.ToString(CultureInfo.InvariantCulture) : null;
            fields[18] = item.Key;
            WriteRow(writer, fields);
        }
    }

    private static void WriteRow(StreamWriter writer, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        writer.WriteLine();
    }

    /// <summary>Every field passes the guard, and is quoted when it holds a separator, a quote, a line break or the guard's apostrophe.</summary>
    private static void WriteField(StreamWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var text = FormulaGuard.ForCsv(value);
        if (text.AsSpan().IndexOfAny(s_quoted) < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static readonly System.Buffers.SearchValues<char> s_quoted = System.Buffers.SearchValues.Create(",\"\r\n'");

    private static string? Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
