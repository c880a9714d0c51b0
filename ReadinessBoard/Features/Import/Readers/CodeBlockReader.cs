using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A fenced or indented code block whose lines look like task boxes (a template shown as an example, a
/// commit message): never items, whatever they look like. Said in the preview, so that a person who counts
/// those boxes sees why the board does not; there is no other way to read it.
/// </summary>
internal static partial class CodeBlockReader
{
    public static BlockReading? Read(CodeBlock code, DocumentScan scan)
    {
        var boxes = 0;
        string? first = null;
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines.Lines[i].Slice.AsSpan();
            if (BoxLine().IsMatch(text))
            {
                boxes++;
                first ??= text.Trim().ToString();
            }
        }

        return boxes == 0 ? null : new BlockReading(code.Line + 1, BlockKind.NotItems, 0,
            $"a code block: {(boxes == 1 ? "its line with a box is" : $"its {boxes} lines with boxes are")} example text, never items")
        {
            Shape = BlockShape.Code,
            Anchor = scan.Anchor(BlockShape.Code, first ?? ""),
        };
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[ xX~]\]", RegexOptions.CultureInvariant)]
    private static partial Regex BoxLine();
}
