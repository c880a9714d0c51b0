namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A bullet that starts with bold words ("- **Rate limiting** - add it to the public API"): an item, its title the
/// bold words, the rest its details. Whether such bullets are items is known only at the end of the document
/// (<see cref="End"/>): not in one that names its tasks as numbered headings or matrix rows, nor in a section with
/// task boxes, where they are notes.
/// </summary>
internal sealed class BoldBulletReader : IListLineReader
{
    // Lists of bold-lead bullets: the index of their reading, and the range of mentions they gave.
    private readonly List<(int Reading, int From, int To)> _lists = [];

    public bool TryRead(ListLine line, DocumentScan scan)
    {
        if (line.BoldLead is not { } lead)
        {
            return false;
        }

        var text = line.Text;
        var title = TitleText.Clean(lead).TrimEnd(':').Trim();
        // "**STOP**: share what you found", "**Note:** …": a callout among the lines, not a task named "STOP".
        if (LineShapes.IsCallout(lead, text))
        {
            return true;
        }

        var rest = text.Length > lead.Length ? text[(text.IndexOf(lead, StringComparison.Ordinal) + lead.Length)..] : "";
        rest = rest.TrimStart(' ', '-', '–', '—', ':').Trim();
        // "**NATS Security:** https://…" is a reference, not a task.
        if (title.Length == 0 || rest.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (LineShapes.WhenLead(lead, text) is { } when && TitleText.Parse(when.What) is { Title.Length: > 0 } timed)
        {
            // "- **Week 1:** Set up the alerts": the label says when, the words after it what.
            scan.SoftMentions++;
            scan.AddMention(new Mention(MentionKind.BoldBullet, scan.Truncate(timed.Title, line.Line, "A task title"), line.Line)
            {
                Section = scan.CurrentSection,
                Phase = when.Phase is { } phase ? scan.PhaseFor(phase, line.Line) : null,
                Estimate = timed.Estimate,
            });
            return true;
        }

        // "**Fix the ESLint config** (1 hour)": the estimate after the lead is the item's, not its details.
        var restParts = TitleText.Parse(rest);
        scan.SoftMentions++;
        scan.AddMention(new Mention(MentionKind.BoldBullet, scan.Truncate(title, line.Line, "A task title"), line.Line)
        {
            Section = scan.CurrentSection,
            Estimate = restParts.Estimate,
            Details = restParts.Title.Length == 0 ? null : restParts.Estimate is null ? rest : restParts.Title,
        });
        return true;
    }

    /// <summary>Notes a list of bold-lead bullets, whose reading <see cref="End"/> settles.</summary>
    public void Listed(int reading, int from, int to) => _lists.Add((reading, from, to));

    /// <summary>Settles each list of bold-lead bullets as items or notes, now that the whole document is read.</summary>
    public void End(DocumentScan scan)
    {
        var mentions = scan.Mentions;
        var structured = mentions.Exists(m => m.Kind is MentionKind.Heading or MentionKind.MatrixRow);
        foreach (var (reading, from, to) in _lists)
        {
            var items = 0;
            var notes = 0;
            for (var i = from; i < to; i++)
            {
                notes += mentions[i].Dropped ? 1 : 0;
                items += mentions[i] is { Kind: MentionKind.BoldBullet, Dropped: false } bullet && (bullet.Section is not { } s || !scan.SectionsWithTasks.Contains(s)) ? 1 : 0;
            }

            var block = scan.BlockReadings[reading];
            scan.BlockReadings[reading] = notes > 0 && notes == to - from
                ? block with { Kind = BlockKind.NotItems, Items = 0, Reason = "notes of the heading above it, which a status line makes an item" }
                : structured
                ? block with { Kind = BlockKind.NotItems, Items = 0, Reason = "bullets with a bold lead: emphasis, in a document that names its tasks in numbered headings or a matrix" }
                : items == 0
                    ? block with { Kind = BlockKind.NotItems, Items = 0, Reason = "bullets with a bold lead: notes, in a section with task boxes" }
                    : block with { Items = items };
        }
    }
}
