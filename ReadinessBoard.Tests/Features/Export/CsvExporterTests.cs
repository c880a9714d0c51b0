using System.Text;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Export;

public class CsvExporterTests
{
    [Fact]
    public void Csv_HasAHeaderAndARowPerItem_Utf8WithByteOrderMark_AndCrlf()
    {
        var board = ExportBoards.FromDocument(TestFiles.ReadBytes("nested-tasks.md"));

        var bytes = Export(board);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.Equal(string.Join(',', CsvExporter.Columns), lines[0]);
        Assert.Equal(board.Items.Count + 2, lines.Length);
        Assert.StartsWith($"{board.Items[0].Section ?? "General"},{board.Items[0].Title},{board.Items[0].Status switch { ReadinessBoard.Domain.ItemStatus.Done => "Done", _ => "Open" }},", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void HostileText_IsQuotedAndGuarded_SoNoFieldRunsAsAFormula()
    {
        var board = ExportBoards.Hostile();

        var records = Parse(Encoding.UTF8.GetString(Export(board)[3..]));

        Assert.Equal(board.Items.Count + 1, records.Count);
        Assert.All(records.Skip(1), r => Assert.Equal(CsvExporter.Columns.Length, r.Count));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", records[1][1]);
        Assert.Equal("'+1+2", records[2][1]);
        Assert.Equal("'-2+3", records[3][1]);
        Assert.Equal("'@SUM(A1:A2)", records[4][1]);
        Assert.Equal("'\tTabbed", records[5][1]);
        Assert.Equal("'\rCarriage", records[6][1]);
        Assert.Equal("Line\nbreak", records[12][1]);
        Assert.Equal("Comma, \"quote\" and 'apostrophe'", records[13][1]);
        Assert.Equal(30_000, records[1][16].Length);
        foreach (var field in records.Skip(1).SelectMany(r => r))
        {
            Assert.False(FormulaGuard.LooksLikeFormula(field), $"\"{field}\" would run as a formula");
        }
    }

    private static byte[] Export(BoardExport board)
    {
        using var output = new MemoryStream();
        new CsvExporter().Write(board, output);
        return output.ToArray();
    }

    /// <summary>An RFC 4180 reader, to read back what the exporter wrote.</summary>
    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        return records;
    }
}
