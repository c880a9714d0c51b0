using System.Text;
using System.Text.RegularExpressions;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// The board's source document with its status marks set to the items' current state, and every
/// other character exactly as stored. The importer is run again on the stored source to learn, for
/// each item key, every line that mentions the item; only items whose status differs from what the
/// document says get their marks rewritten, so a board with no changes exports its source unchanged.
/// </summary>
/// <remarks>
/// Marks rewritten: task boxes (<c>[ ]</c>, <c>[x]</c>, <c>[~]</c>); the status cell of a
/// priority-matrix row, and a struck-through task cell; status words and symbols in a numbered
/// heading, its <c>**Status:**</c> line (a <c>**Completed:**</c> line becomes one when the item is
/// no longer done), or a plan line. A box can say only done, open or not
/// applicable: an item in progress or blocked gets an empty box.
/// </remarks>
public sealed partial class MarkdownExporter
{
    public const string ContentType = "text/markdown; charset=utf-8";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Write(BoardExport board, Stream output)
    {
        ArgumentNullException.ThrowIfNull(board);
        var bytes = s_utf8.GetBytes(Rewrite(board.SourceMarkdown, board.Items));
        output.Write(bytes);
    }

    /// <summary>The source with the marks of every changed item rewritten.</summary>
    public static string Rewrite(string source, IReadOnlyList<ExportItem> items)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length == 0 || items.Count == 0)
        {
            return source;
        }

        // The importer parsed the repaired text; its lines are the source's lines.
        var repaired = MojibakeRepair.Repair(source).Text;
        var parsed = new MarkdownImporter().Parse(repaired);
        var current = new Dictionary<string, ItemStatus>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            current.TryAdd(item.Key, item.Status);
        }

        var changes = new SortedDictionary<int, ItemStatus>();
        foreach (var item in parsed.Items)
        {
            if (current.TryGetValue(item.Key, out var status) && status != item.Status)
            {
                foreach (var line in item.Lines.Count > 0 ? item.Lines : [item.Line])
                {
                    changes.TryAdd(line, status);
                }
            }
        }

        if (changes.Count == 0)
        {
            return source;
        }

        var sourceLines = SourceLines.Split(source);
        var lines = SourceLines.Split(repaired);
        var rewritten = new string?[lines.Count];
        var texts = lines.Select(l => repaired.Substring(l.Start, l.Length)).ToArray();
        foreach (var (number, status) in changes)
        {
            if (number >= 1 && number <= lines.Count)
            {
                RewriteLine(texts, rewritten, number - 1, status);
            }
        }

        // A garbled document whose marks change is written repaired, every line of it: a rewritten line is
        // repaired text, and repaired and garbled lines are never mixed in one file.
        var (basis, basisLines) = repaired == source ? (source, sourceLines) : (repaired, lines);
        var output = new StringBuilder(basis.Length + 64);
        for (var i = 0; i < basisLines.Count; i++)
        {
            var line = basisLines[i];
            if (rewritten[i] is { } changed && changed != texts[i])
            {
                output.Append(changed);
            }
            else
            {
                output.Append(basis.AsSpan(line.Start, line.Length));
            }

            output.Append(basis.AsSpan(line.Start + line.Length, line.TerminatorLength));
        }

        return output.ToString();
    }

    private static void RewriteLine(string[] texts, string?[] rewritten, int index, ItemStatus status)
    {
        var text = rewritten[index] ?? texts[index];
        if (HeadingLine().Match(text) is { Success: true } heading)
        {
            var start = heading.Length;
            if (StatusMarkText.Replace(text[start..], status, inCell: false) is { } replaced)
            {
                rewritten[index] = text[..start] + replaced;
            }

            RewriteMetaLines(texts, rewritten, index, status);
            return;
        }

        if (TaskBox().Match(text) is { Success: true } box)
        {
            var mark = box.Groups["mark"];
            var wanted = status switch
            {
                ItemStatus.Done => mark.Value == "X" ? 'X' : 'x',
                ItemStatus.NotApplicable => '~',
                _ => ' ',
            };
            if (mark.Value[0] != wanted)
            {
                rewritten[index] = string.Concat(text.AsSpan(0, mark.Index), wanted.ToString(), text.AsSpan(mark.Index + 1));
            }

            return;
        }

        // "- ☐ Restore rehearsed", "☐ **Consent:** …": a ballot box says done (☑) or not (☐), nothing else.
        if (BallotBox().Match(text) is { Success: true } ballot)
        {
            var mark = ballot.Groups["mark"].Value;
            var wanted = status != ItemStatus.Done ? "☐" : mark == "☒" ? mark : "☑";
            if (mark != wanted)
            {
                rewritten[index] = string.Concat(text.AsSpan(0, ballot.Groups["mark"].Index), wanted, text.AsSpan(ballot.Groups["mark"].Index + 1));
            }

            return;
        }

        if (text.Contains('|', StringComparison.Ordinal) && MarkdownTable.Find(texts, index) is { } table)
        {
            if (table.Rewrite(text, status) is { } row)
            {
                rewritten[index] = row;
            }

            return;
        }

        if (StatusMarkText.Replace(text, status, inCell: false) is { } line)
        {
            rewritten[index] = line;
        }
    }

    /// <summary>
    /// A numbered heading's status may also stand on the lines right below it: <c>**Status:** …</c>,
    /// or <c>**Completed:** date</c>, which becomes <c>**Status:** …</c> when the item is no longer done.
    /// </summary>
    private static void RewriteMetaLines(string[] texts, string?[] rewritten, int heading, ItemStatus status)
    {
        for (var i = heading + 1; i < texts.Length && i <= heading + 12; i++)
        {
            var text = rewritten[i] ?? texts[i];
            if (HeadingLine().IsMatch(text))
            {
                return;
            }

            if (StatusMeta().Match(text) is { Success: true } meta)
            {
                var value = meta.Groups["value"];
                if (StatusMarkText.Replace(value.Value, status, inCell: true) is { } replaced)
                {
                    text = string.Concat(text.AsSpan(0, value.Index), replaced, text.AsSpan(value.Index + value.Length));
                    rewritten[i] = text;
                }
            }

            if (status != ItemStatus.Done && CompletedMeta().Match(text) is { Success: true } completed)
            {
                var trailing = completed.Value.Length - completed.Value.TrimEnd().Length;
                var replacement = $"**Status:** {StatusMarkText.Word(status)}{completed.Value[^trailing..]}";
                rewritten[i] = string.Concat(text.AsSpan(0, completed.Index), replacement, text.AsSpan(completed.Index + completed.Length));
            }
        }
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}(?=[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(?<mark>[ xX~])\]", RegexOptions.CultureInvariant)]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?<mark>[☐☑☒])", RegexOptions.CultureInvariant)]
    private static partial Regex BallotBox();

    [GeneratedRegex(@"\*\*Status:\*\*(?<value>(?:(?!\*\*)[^|])*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatusMeta();

    [GeneratedRegex(@"\*\*Completed:\*\*(?:(?!\*\*)[^|])*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompletedMeta();
}

/// <summary>The lines of a text as CommonMark ends them (LF, CRLF or a lone CR), with their terminators.</summary>
internal static class SourceLines
{
    public readonly record struct Line(int Start, int Length, int TerminatorLength);

    public static List<Line> Split(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(new Line(start, i - start, 1));
                start = i + 1;
            }
            else if (text[i] == '\r')
            {
                var crlf = i + 1 < text.Length && text[i + 1] == '\n';
                lines.Add(new Line(start, i - start, crlf ? 2 : 1));
                i += crlf ? 1 : 0;
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new Line(start, text.Length - start, 0));
        }

        return lines;
    }
}
