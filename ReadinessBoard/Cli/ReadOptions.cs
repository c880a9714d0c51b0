using System.Globalization;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Cli;

/// <summary>
/// The <c>--read</c> options of <c>import</c>: <c>LINE=items</c>, <c>LINE=not-items</c>, or for a table
/// <c>LINE=items:title=Control,status=Estado</c>. A block is named by the line it starts on in the
/// document, as the dry run lists them; a column by its header or its number, from 1.
/// </summary>
internal static class ReadOptions
{
    public static ReadingChoices Parse(IEnumerable<string> options, IReadOnlyList<BlockReading> blocks)
    {
        var choices = new List<ReadingChoice>();
        foreach (var option in options)
        {
            choices.Add(Parse(option, blocks));
        }

        return new ReadingChoices(choices);
    }

    private static ReadingChoice Parse(string option, IReadOnlyList<BlockReading> blocks)
    {
        var equals = option.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || !int.TryParse(option.AsSpan(0, equals), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
        {
            throw new ImportException($"--read {option}: write LINE=items or LINE=not-items, where LINE is the line a list, table or run of headings starts on.");
        }

        var block = blocks.FirstOrDefault(b => b.Line == line)
            ?? throw new ImportException($"--read {option}: no list, table or run of headings starts on line {line}; they start on lines {string.Join(", ", blocks.Select(b => b.Line))}.");
        var reading = option[(equals + 1)..];
        var colon = reading.IndexOf(':', StringComparison.Ordinal);
        var columns = colon < 0 ? null : reading[(colon + 1)..];
        reading = colon < 0 ? reading : reading[..colon];
        return reading.ToLowerInvariant() switch
        {
            "items" => new ReadingChoice(block.Anchor, AsItems: true, columns is null ? null : Columns(option, columns, block)),
            "not-items" or "table" when columns is null => new ReadingChoice(block.Anchor, AsItems: false),
            _ => throw new ImportException($"--read {option}: the reading is items or not-items (columns only with items)."),
        };
    }

    private static ChosenColumns Columns(string option, string text, BlockReading block)
    {
        if (block.Shape != BlockShape.Table)
        {
            throw new ImportException($"--read {option}: line {block.Line} starts a {block.Shape.ToString().ToLowerInvariant()}, which has no columns.");
        }

        int? title = null, status = null, priority = null, owner = null, due = null;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var field = equals > 0 ? pair[..equals].Trim().ToLowerInvariant() : "";
            int? column = equals > 0 ? Column(option, pair[(equals + 1)..].Trim(), block) : null;
            switch (field)
            {
                case "title": title = column; break;
                case "status": status = column; break;
                case "priority": priority = column; break;
                case "owner": owner = column; break;
                case "due": due = column; break;
                default:
                    throw new ImportException($"--read {option}: \"{pair}\" is not one of title=, status=, priority=, owner=, due=.");
            }
        }

        return new ChosenColumns(title ?? throw new ImportException($"--read {option}: name the title column (title=COLUMN)."), status, priority, owner, due);
    }

    private static int Column(string option, string name, BlockReading block)
    {
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= block.Headers.Count)
        {
            return number - 1;
        }

        for (var i = 0; i < block.Headers.Count; i++)
        {
            if (string.Equals(block.Headers[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ImportException($"--read {option}: the table on line {block.Line} has no column \"{name}\"; its columns are {string.Join(", ", block.Headers.Select(h => $"\"{h}\""))}.");
    }
}
