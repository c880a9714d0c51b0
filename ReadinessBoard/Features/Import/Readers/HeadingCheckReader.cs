using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// Headings as checks: a guide whose every <c>###</c> heading is one check with prose under it, and
/// findings under a severity heading (<c>### Critical Issues</c> then <c>#### C1 …</c>). Each heading is
/// a candidate while it is read; it is a check when it has prose, no sub-headings and nothing else below
/// it that is an item. At the end of the document a run of at least two sibling candidates becomes
/// items, in a document that lists no tasks otherwise; findings under a priority heading always do.
/// </summary>
internal sealed partial class HeadingCheckReader : IHeadingReader
{
    // "**Date:** 2026-02-03", "**Version:** 1.2": lines that describe the document, not a check.
    private static readonly string[] s_documentKeys =
        ["date", "version", "author", "authors", "prepared by", "last updated", "updated", "reviewed by", "revision", "release date"];

    private static readonly string[] s_checkAndDocumentKeys = [.. Facts.CheckKeys, .. s_documentKeys];

    private HeadingCheck? _check;

    private readonly List<HeadingCheck> _checks = [];

    private sealed class HeadingCheck(Mention mention, int level, int sectionIndex, int readAtOpen, bool finding)
    {
        /// <summary>Where the document's mentions stood when the heading opened: bold leads from here on are the check's own notes.</summary>
        public int MentionsAtOpen { get; init; }

        /// <summary>A status, priority or owner line under the heading says it is a check: an item even alone, its bold leads notes.</summary>
        public bool Explicit { get; set; }

        /// <summary>A date, version or author line under it: the heading is the document's own subtitle, its status the document's.</summary>
        public bool DocumentHeader { get; set; }

        public Mention Mention { get; } = mention;
        public int Level { get; } = level;
        public int SectionIndex { get; } = sectionIndex;
        /// <summary>How much of the document was read into something when the heading opened: a check has nothing read under it.</summary>
        public int ReadAtOpen { get; } = readAtOpen;
        /// <summary>Under a priority heading: a finding of that severity, an item even alone.</summary>
        public bool Finding { get; } = finding;
        public StringBuilder Details { get; } = new();
        public bool Prose { get; set; }
        public bool Accepted { get; set; }
    }

    /// <summary>Starts reading a section heading that may be a check. Never claims it: it stays a section while it is read.</summary>
    public bool TryRead(HeadingInput heading, DocumentScan scan)
    {
        var line = heading.Line;
        var text = heading.Text;
        var sectionIndex = heading.Section;
        if (scan.InTaskHeading || heading.Priority is not null)
        {
            return false;
        }

        var finding = scan.ScopePriority is not null;
        var (reference, rest) = LeadingReference(text, finding);
        var parts = TitleText.Parse(rest);
        if (parts.Title.Length == 0)
        {
            return false;
        }

        var status = StatusMarks.Find(rest);
        var mention = new Mention(MentionKind.HeadingCheck, scan.Truncate(parts.Title, line, "A task title"), line)
        {
            Number = parts.Number,
            Section = scan.Sections[sectionIndex].ParentIndex,
            Phase = scan.CurrentPhase,
            Estimate = parts.Estimate,
            Status = status,
            Authority = status is null ? 0 : Mention.Authorities.Explicit,
            StatusWhere = "its heading",
            Ref = reference,
            ScopePriority = finding ? scan.ScopePriority : null,
        };
        _check = new HeadingCheck(mention, heading.Level, sectionIndex, ReadSoFar(scan), finding) { MentionsAtOpen = scan.Mentions.Count };
        return false;
    }

    /// <summary>Everything read so far that is not prose: mentions of tasks, priority lists, KPIs, costs, phases.</summary>
    private static int ReadSoFar(DocumentScan scan) =>
        scan.Mentions.Count - scan.SoftMentions + scan.PriorityNames.Count + scan.Metrics.Count + scan.Costs.Count + scan.Phases.Count;

    /// <summary>A heading ends the check being read: a deeper one breaks it (a check has no sub-headings), another closes it.</summary>
    public void End(int level, DocumentScan scan)
    {
        if (_check is not { } check)
        {
            return;
        }

        _check = null;
        // A heading without prose is kept too: a guide may be its headings alone (Accept decides).
        if (level > check.Level || ReadSoFar(scan) != check.ReadAtOpen || check.DocumentHeader)
        {
            return;
        }

        // Bold leads or recommendations under the heading: items of their own, unless a status line makes the heading the check and them its notes.
        if (scan.Mentions.Count > check.MentionsAtOpen)
        {
            if (!check.Explicit)
            {
                return;
            }

            // Their lines are in the check's details already, as every list under it.
            for (var i = check.MentionsAtOpen; i < scan.Mentions.Count; i++)
            {
                scan.Mentions[i].Dropped = true;
            }
        }

        if (check.Details.Length > 0)
        {
            check.Mention.Details = check.Details.ToString();
        }

        _checks.Add(check);
    }

    /// <summary>A block under the heading being read as a check: facts set its fields, anything else is its details.</summary>
    public void Content(Block block, DocumentScan scan)
    {
        // A heading with something read under it already is no check (End), and one with its details full needs no more.
        if (_check is not { } check || scan.InTaskHeading || check.Details.Length >= 2000 || ReadSoFar(scan) != check.ReadAtOpen)
        {
            return;
        }

        switch (block)
        {
            case ParagraphBlock paragraph:
                check.Prose = true;
                var any = false;
                if (paragraph.Inline?.FirstChild is EmphasisInline)
                {
                    foreach (var (key, value) in scan.MetaPairs(paragraph, s_checkAndDocumentKeys))
                    {
                        any |= Fact(check, key, value);
                        // Only the first heading under the title can be the document's subtitle: a finding may have its date.
                        check.DocumentHeader |= check.SectionIndex == 0 && Array.IndexOf(s_documentKeys, key) >= 0;
                    }
                }

                if (!any)
                {
                    AppendCheckDetails(check, scan.TextOf(paragraph));
                }

                break;
            case ListBlock { Count: > 0 } list when list[0] is ListItemBlock { Count: > 0 } first && first[0] is ParagraphBlock { Inline.FirstChild: TaskList }:
                // Task boxes are items: the heading is a section, and its details are not needed.
                break;
            case ListBlock list:
                check.Prose = true;
                // "- **Severity:** High", "- **Status:** Resolved": the finding's facts, as bullets (a few, at the top of the list).
                foreach (var item in list.OfType<ListItemBlock>().Take(12))
                {
                    if (item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: EmphasisInline } lead)
                    {
                        foreach (var (key, value) in scan.MetaPairs(lead, Facts.CheckKeys))
                        {
                            Fact(check, key, value);
                        }
                    }
                }

                foreach (var line in ListLines(list, ""))
                {
                    if (check.Details.Length >= 2000)
                    {
                        break;
                    }

                    AppendCheckDetails(check, line);
                }

                break;
            case CodeBlock code:
                check.Prose = true;
                AppendCheckDetails(check, code.Lines.ToString().TrimEnd());
                break;
            case QuoteBlock quote:
                check.Prose = true;
                foreach (var inner in quote.Descendants<ParagraphBlock>())
                {
                    AppendCheckDetails(check, MarkdownText.Of(inner.Inline));
                }

                break;
        }
    }

    /// <summary>Sets a fact of the check; a status, priority, owner or due date line says the heading is a check.</summary>
    private static bool Fact(HeadingCheck check, string key, string value)
    {
        check.Explicit |= key is "status" or "priority" or "severity" or "owner" or "assignee" or "due" or "completed";
        return Facts.Apply(check.Mention, key, value);
    }

    private static IEnumerable<string> ListLines(ListBlock list, string indent)
    {
        foreach (var child in list)
        {
            if (child is not ListItemBlock item)
            {
                continue;
            }

            foreach (var block in item)
            {
                if (block is ParagraphBlock paragraph)
                {
                    yield return $"{indent}- {MarkdownText.Of(paragraph.Inline)}";
                }
                else if (block is ListBlock nested)
                {
                    foreach (var line in ListLines(nested, indent + "  "))
                    {
                        yield return line;
                    }
                }
            }
        }
    }

    private static void AppendCheckDetails(HeadingCheck check, string text)
    {
        var details = check.Details;
        if (text.Length == 0 || details.Length >= 2000)
        {
            return;
        }

        if (details.Length > 0)
        {
            details.Append('\n');
        }

        details.Append(text.Length > 2000 - details.Length ? text[..(2000 - details.Length)] : text);
    }

    /// <summary>
    /// Makes items of the checks: findings always; a run of two or more sibling checks that are most of
    /// their siblings, in a document that lists no tasks otherwise and not under front matter.
    /// </summary>
    public void Accept(DocumentScan scan)
    {
        if (_checks.Count == 0)
        {
            return;
        }

        // Items found otherwise (a plan's lines aside) say the document lists its tasks some other way.
        var structured = scan.Mentions.Exists(m => m.Kind != MentionKind.PlanLine);
        var siblings = new Dictionary<(int? Parent, int Level), int>();
        foreach (var section in scan.Sections)
        {
            var key = (section.ParentIndex, section.Level);
            siblings[key] = siblings.GetValueOrDefault(key) + 1;
        }

        // Headings with nothing under them are checks only in a guide of three or more that read like checks
        // ("#### Build indexes concurrently": most of two words or more, half of three), not in an outline of topics.
        var bare = _checks.FindAll(c => !c.Prose);
        var bareGuide = bare.Count >= 3 && bare.Count(c => WordCount(c.Mention.Title) >= 2) * 3 >= bare.Count * 2
            && bare.Count(c => WordCount(c.Mention.Title) >= 3) * 2 >= bare.Count;
        foreach (var run in _checks.GroupBy(c => (c.Mention.Section, c.Level)))
        {
            // "### Overview" or "### Next steps" beside checks is part of the document, not a check.
            var checks = run.Where(c => !scan.IsFrontMatter(c.SectionIndex)).ToList();
            // Among siblings with prose, a step with nothing under it ("#### 1. Verify the milestone is closed") is as much a step.
            var withProse = checks.Count(c => c.Prose);
            if (!bareGuide)
            {
                checks.RemoveAll(c => !c.Prose && !(withProse >= 2 && WordCount(c.Mention.Title) >= 3));
            }

            if (checks.Count == 0)
            {
                continue;
            }

            var anchor = scan.Anchor(BlockShape.Headings, checks[0].Mention.Title, run.Key.Section);
            var choice = scan.Choices.For(anchor);
            var isRun = !structured && checks.Count >= 2 && checks.Count * 3 >= siblings[(run.Key.Section, run.Key.Level)] * 2
                && (run.Key.Section is not { } parent || !scan.IsFrontMatter(parent));
            var accepted = checks.Where(c => choice?.AsItems ?? (c.Finding || c.Explicit || isRun)).ToList();
            foreach (var check in accepted)
            {
                check.Accepted = true;
                scan.Mentions.Add(check.Mention);
            }

            foreach (var check in checks.Where(c => !c.Accepted))
            {
                for (var i = check.MentionsAtOpen; i < scan.Mentions.Count && scan.Mentions[i].Dropped && scan.Mentions[i].Line > check.Mention.Line; i++)
                {
                    scan.Mentions[i].Dropped = false;
                }
            }

            void Block(BlockKind kind, int items, string reason) => scan.AddBlock(
                new BlockReading(checks[0].Mention.Line, kind, items, reason) { Shape = BlockShape.Headings, Anchor = anchor, Chosen = choice is not null });
            if (choice is not null)
            {
                Block(choice.AsItems ? BlockKind.Items : BlockKind.NotItems, accepted.Count,
                    choice.AsItems ? "read as items, as you chose: one item per heading, the prose its details" : "sections, not items, as you chose");
            }
            else if (accepted.Count > 0)
            {
                Block(BlockKind.Items, accepted.Count, accepted.All(c => c.Finding)
                    ? $"findings under a {accepted[0].Mention.ScopePriority} heading: one item per heading"
                    : accepted.All(c => c.Explicit) ? "headings with a status line under them: one item per heading"
                    : accepted.TrueForAll(c => c.Prose) ? "headings with prose under them and no boxes: one item per heading, the prose its details"
                    : "headings that read like checks, with little or nothing under them: one item per heading");
            }
            else if (checks.Count >= 2)
            {
                Block(BlockKind.NotItems, 0, structured
                    ? "headings with prose under them, read as sections: the document lists its tasks elsewhere"
                    : "headings with prose under them, read as sections: too few of their siblings read like checks");
            }
        }
    }

    private static int WordCount(string title) => title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// "C1: SQL injection", "[SEC-004] Open bucket", "H2 - Weak TLS", "A01: Access control": the reference a
    /// check starts with, and the text after it. A short one without a dash or a leading zero ("C1") counts only
    /// under a severity heading, so that "S3: bucket policies" keeps its name.
    /// </summary>
    private static (string? Reference, string Remainder) LeadingReference(string text, bool finding)
    {
        var match = FindingReference().Match(text);
        if (!match.Success)
        {
            // Under a severity heading "C2 Statement export…" starts with its reference too.
            return finding && BareReference().Match(text) is { Success: true } bare ? (bare.Groups["ref"].Value, text[bare.Length..]) : (null, text);
        }

        // "AUTH-010", "[C1]", "A01" (a number with a leading zero is an id), or any under a severity heading.
        var reference = match.Groups["ref"].Value;
        var idLike = reference.Contains('-') || LeadingZero().IsMatch(reference);
        return idLike || finding || match.Groups["bracket"].Success ? (reference, text[match.Length..]) : (null, text);
    }

    [GeneratedRegex(@"^\s*(?:(?<bracket>\[)(?<ref>[A-Z]{1,6}-?\d{1,4}(?:\.\d{1,3})?)\]\s*[:.\-–—]?\s*|(?<ref>[A-Z]{1,6}-?\d{1,4}(?:\.\d{1,3})?)(?:\s*[:.)–—]\s*|\s+-\s+))(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex FindingReference();

    [GeneratedRegex(@"^\s*(?<ref>[A-Z]{1,3}-?\d{1,3})\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex BareReference();

    [GeneratedRegex(@"^[A-Z]{1,6}0\d", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingZero();
}
