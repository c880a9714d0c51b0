using System.Globalization;
using System.Text;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Seeded random mutations of the fixtures and the corpus: lines deleted, duplicated and swapped;
/// markup, emoji, control characters and invalid UTF-8 inserted; files cut at any byte; very deep
/// nesting and very long lines. Whatever comes in, the importer either refuses it with an
/// <see cref="ImportException"/> or returns a result that holds together. Same seed, same inputs:
/// a failure names the document and the run, and reproduces.
/// </summary>
public class ImportFuzzTests
{
    private const int RunsPerDocument = 300;
    private static readonly ImportLimits s_limits = ImportLimits.Default;
    private static readonly MarkdownImporter s_importer = new(s_limits);

    private static readonly string[] s_fragments =
    [
        "|", "||", "| |", "*", "**", "***", "~", "~~", "[", "]", "[ ]", "[x]", "[~]", "[X] ", "#", "## ", "### 7. ", "`", "```", "~~~",
        "- ", "- [ ] ", "- [x] ", "1. ", "99999. ", "> ", ">>", "    ", "\t", " ", "---", "===", "\\", "<", ">", "&amp;", "&#0;", "&#xD800;",
        "<br>", "<!--", "-->", "<div>", "http://", "](", "![", "(", ")", ":", "**Impact:** HIGH | **Effort:** LOW", "**Completed:** 2026-02-30",
        "**Status:** DONE", "**Goal:**", "Week 0", "Day 999-0", "Month 2", "Week 1",
        "$", "$5-", "~$1,000,000.5/mo", "+$118", "-", "3/0", "<15min", "99.9%", "DONE", "TODO", "N/A", "NOT APPLICABLE", "IN PROGRESS", "BLOCKED",
        "IMPLEMENTED", "Critical:", "**High:**", "High: a, b, c", "Total", "✅", "❌", "🔲", "⬜", "⭐", "🔴", "🟡", "🟢", "⚠️", "✓", "🚧",
        "‚úÖ", "üî¥", "√", "\uF8FF", "\u200D", "\uFE0F", "\u20E3", "\u0301", "\u2028", "\u2029", "\u0085", "\u00A0", "\u202E", "\uFEFF",
        "\uFFFD", "👩‍💻", "𝕏", "مرحبا", "\r", "\r\n", "\n", "\n\n", "\f",
    ];

    /// <summary>Estimates go only where a line has room for one: see <see cref="ShapeLine"/>.</summary>
    private static readonly string[] s_estimates = ["(2-4 hours)", "(9999 weeks)", "1-2d", "0.5h", "(1 day)", "2-3h", "(0h)", ""];

    private static readonly byte[][] s_badBytes =
    [
        [0x00], [0x01], [0x07], [0x0B], [0x1B], [0x1F], [0x7F], [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x9C],
        [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x94],
    ];

    /// <summary>The fixtures and the corpus, each named by where it lives: "TestData/plan.md", "corpus/004_….txt".</summary>
    private static readonly string[] s_documents =
    [
        .. ShapeFixtureTests.Fixtures.Append("nested-tasks.md").Select(f => "TestData/" + f),
        .. Directory.GetFiles(TestFiles.CorpusDirectory).Select(f => "corpus/" + Path.GetFileName(f)).Order(StringComparer.Ordinal),
    ];

    public static TheoryData<string> Documents() => new(s_documents);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Import_OfRandomMutations_RefusesOnlyWithImportException_OrReturnsAConsistentResult(string document)
    {
        var original = Load(document);
        var donors = s_documents.SelectMany(d => Lines(Load(d))).ToList();
        var random = new Random(StableSeed(document));

        for (var run = 0; run < RunsPerDocument; run++)
        {
            var input = Mutate(original, random, donors);
            ImportAndCheck(input, $"{document}, run {run}");
        }
    }

    private static void ImportAndCheck(byte[] input, string where)
    {
        ParseResult result;
        string text;
        try
        {
            text = DocumentDecoder.Decode(input, s_limits).Text;
            result = s_importer.Parse(text, "fallback");
        }
        catch (ImportException refused)
        {
            Assert.True(refused.Line is null || (refused.Line >= 1 && refused.Line <= LineCount(input)),
                $"{where}: refused on line {refused.Line} of {LineCount(input)}: {refused.Message}");
            return;
        }

        Consistent(result, LineCount(text), where);
    }

    private static void Consistent(ParseResult result, int lines, string where)
    {
        void Check(bool condition, string what)
        {
            if (!condition)
            {
                Assert.Fail($"{where}: {what}");
            }
        }

        bool IsLine(int line) => line >= 1 && line <= lines;
        bool IsTitle(string title) => title.Length > 0 && title.Length <= s_limits.MaxTitleLength;

        Check(IsTitle(result.Title), $"document title \"{result.Title}\"");

        for (var i = 0; i < result.Sections.Count; i++)
        {
            var section = result.Sections[i];
            Check(section.Index == i, $"section {i} has index {section.Index}");
            Check(section.ParentIndex is null || (section.ParentIndex >= 0 && section.ParentIndex < i), $"section {i} has parent {section.ParentIndex}");
            Check(IsTitle(section.Title), $"section {i} title \"{section.Title}\"");
            Check(IsLine(section.Line), $"section {i} on line {section.Line} of {lines}");
        }

        for (var i = 0; i < result.Phases.Count; i++)
        {
            var phase = result.Phases[i];
            Check(phase.Index == i, $"phase {i} has index {phase.Index}");
            Check(phase.ParentIndex is null || (phase.ParentIndex >= 0 && phase.ParentIndex < result.Phases.Count && phase.ParentIndex != i),
                $"phase {i} has parent {phase.ParentIndex}");
            Check(IsLine(phase.Line), $"phase {i} on line {phase.Line} of {lines}");
            Check(phase.StartDay <= phase.EndDay, $"phase {phase.Path} runs from day {phase.StartDay} to day {phase.EndDay}");
        }

        Check(result.Phases.Select(p => p.Order).Order().SequenceEqual(Enumerable.Range(1, result.Phases.Count)), "phase orders are not 1..n");
        Check(result.Items.Count <= s_limits.MaxItems, $"{result.Items.Count} items");
        Check(result.Items.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count() == result.Items.Count, "item keys are not unique");

        foreach (var item in result.Items)
        {
            var name = $"item \"{item.Title}\" (line {item.Line})";
            Check(item.Key.Length > 0, $"{name} has no key");
            Check(IsTitle(item.Title), $"{name}: title of {item.Title.Length} characters");
            Check(item.SectionIndex is null || (item.SectionIndex >= 0 && item.SectionIndex < result.Sections.Count), $"{name} in section {item.SectionIndex}");
            Check(item.PhaseIndex is null || (item.PhaseIndex >= 0 && item.PhaseIndex < result.Phases.Count), $"{name} in phase {item.PhaseIndex}");
            Check(IsLine(item.Line) && item.Lines.All(IsLine) && item.Lines.Contains(item.Line), $"{name}: lines {string.Join(",", item.Lines)} of {lines}");
            Check(item.Estimate is null || (item.Estimate.Min >= 0 && item.Estimate.Min <= item.Estimate.Max), $"{name}: estimate {item.Estimate}");
        }

        foreach (var metric in result.Metrics)
        {
            Check(IsTitle(metric.Name), $"metric \"{metric.Name}\"");
            Check(IsLine(metric.Line), $"metric \"{metric.Name}\" on line {metric.Line} of {lines}");
            Check(metric.SectionIndex is null || (metric.SectionIndex >= 0 && metric.SectionIndex < result.Sections.Count), $"metric \"{metric.Name}\" in section {metric.SectionIndex}");
        }

        foreach (var cost in result.Costs)
        {
            Check(IsTitle(cost.Name), $"cost line \"{cost.Name}\"");
            Check(IsLine(cost.Line), $"cost line \"{cost.Name}\" on line {cost.Line} of {lines}");
            Check(cost.Amounts.All(a => a.Min <= a.Max), $"cost line \"{cost.Name}\" has a range upside down");
        }

        foreach (var warning in result.Warnings)
        {
            Check(IsLine(warning.Line), $"warning on line {warning.Line} of {lines}: {warning.Message}");
            Check(warning.Message.Length > 0, "a warning without a message");
        }
    }

    private static byte[] Mutate(byte[] original, Random random, List<byte[]> donors)
    {
        var bytes = original;
        var mutations = random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            bytes = random.Next(100) switch
            {
                < 12 => DeleteLine(bytes, random),
                < 22 => DuplicateLine(bytes, random),
                < 32 => SwapLines(bytes, random),
                < 54 => InsertAt(bytes, CharBoundary(bytes, random), RandomText(random)),
                < 62 => InsertAt(bytes, LineStart(bytes, random), [.. donors[random.Next(donors.Count)], (byte)'\n']),
                < 68 => InsertAt(bytes, random.Next(bytes.Length + 1), s_badBytes[random.Next(s_badBytes.Length)]),
                < 72 => bytes[..random.Next(bytes.Length + 1)],
                < 79 => InsertAt(bytes, LineStart(bytes, random), DeepNesting(random)),
                < 82 => InsertAt(bytes, LineStart(bytes, random), HugeLine(random)),
                < 88 => ReplaceByte(bytes, random),
                _ => InsertAt(bytes, LineStart(bytes, random), ShapeLine(random)),
            };
        }

        return bytes;
    }

    private static byte[] RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var count = random.Next(1, 6); count > 0; count--)
        {
            text.Append(s_fragments[random.Next(s_fragments.Length)]);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Lists and quotes nested past the importer's limit of 32 and past Markdig's own (about 64 lists,
    /// 128 quotes), and inlines nested thousands deep.
    /// </summary>
    private static byte[] DeepNesting(Random random)
    {
        var depth = random.Next(1, 200);
        var inlineDepth = random.Next(40, 6000);
        var text = random.Next(8) switch
        {
            0 => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- [ ] level " + i + "\n")),
            1 => string.Concat(Enumerable.Repeat("> ", depth)) + "- [x] quoted\n",
            2 => string.Concat(Enumerable.Repeat("- ", depth)) + "[ ] listed\n",
            3 => string.Concat(Enumerable.Repeat("1. ", depth)) + "**deep**\n",
            4 => new string('[', inlineDepth * 2) + "link" + new string(']', inlineDepth * 2) + "(x)\n",
            5 => string.Concat(Enumerable.Repeat("*_", inlineDepth)) + "emphasis" + string.Concat(Enumerable.Repeat("_*", inlineDepth)) + "\n",
            6 => new string('`', inlineDepth) + " code " + new string('`', inlineDepth) + "\n",
            _ => string.Concat(Enumerable.Repeat("> - ", depth)) + "**Day 1-2:**\n",
        };
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>
    /// One line of 5,000 to 100,000 characters, in a shape the importer reads, with up to thousands of
    /// fragments of markup in it (and letters outside the BMP, which a shortened title must not cut).
    /// </summary>
    private static byte[] HugeLine(Random random)
    {
        var fragments = s_fragments.Append("𝕏").ToList();
        var length = random.Next(5_000, 100_000);
        var markup = random.Next(1, 3000);
        var body = new StringBuilder(length + 100);
        while (body.Length < length)
        {
            if (markup > 0 && random.Next(10) == 0)
            {
                body.Append(fragments[random.Next(fragments.Count)]);
                markup--;
            }
            else
            {
                body.Append("word");
            }

            body.Append(' ');
        }

        var prefix = random.Next(6) switch
        {
            0 => "- [ ] ",
            1 => "### 3. ",
            2 => "| ",
            3 => "- **",
            4 => "# ",
            _ => "",
        };
        return Encoding.UTF8.GetBytes(prefix + body + "\n");
    }

    /// <summary>
    /// A line in one of the shapes the importer looks for, with random content, estimates anywhere
    /// (two in one title, too), and numbered headings that may have no words at all.
    /// </summary>
    private static byte[] ShapeLine(Random random)
    {
        string Bit() => s_fragments[random.Next(s_fragments.Length)];
        string Estimate() => s_estimates[random.Next(s_estimates.Length)];
        var line = random.Next(8) switch
        {
            0 => $"| {Bit()} | {Bit()} | {Bit()} | {Bit()} |",
            1 => $"| Task | Impact | Effort | {Bit()} |\n|---|---|---|---|\n| {Bit()} task | High | {Bit()} | {Estimate()} |",
            2 => $"| Metric | Current | Target | Status |\n|---|---|---|---|\n| {Bit()} | {Bit()} | {Bit()} | {Bit()} |",
            3 => $"| Item | Monthly Cost | One-Time Cost |\n|---|---|---|\n| {Bit()} | ${random.Next(1000)}-{Bit()} | {Bit()} |",
            4 => $"### {random.Next(100)}. {(random.Next(2) == 0 ? "Check " : "")}{Bit()} {Estimate()} {Bit()} {Estimate()}\n**Impact:** {Bit()} | **Effort:** {Bit()}",
            5 => $"## Week {random.Next(10)} ({random.Next(100)} hours)\n**Day {random.Next(10)}-{random.Next(10)}:**\n{random.Next(1, 9)}. {Bit()} {Estimate()}",
            6 => $"**{Bit()}:**\n- {Bit()}/{Bit()}",
            _ => $"- [{" xX~"[random.Next(4)]}] {Estimate()} {Bit()}{Bit()} {Estimate()}",
        };
        return Encoding.UTF8.GetBytes(line + "\n");
    }

    private static byte[] DeleteLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count > 0)
        {
            lines.RemoveAt(random.Next(lines.Count));
        }

        return Join(lines);
    }

    private static byte[] DuplicateLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count > 0)
        {
            var at = random.Next(lines.Count);
            lines.Insert(at, lines[at]);
        }

        return Join(lines);
    }

    private static byte[] SwapLines(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count > 1)
        {
            var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }

        return Join(lines);
    }

    private static byte[] ReplaceByte(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static byte[] InsertAt(byte[] bytes, int at, byte[] insert) => [.. bytes.AsSpan(0, at), .. insert, .. bytes.AsSpan(at)];

    /// <summary>A position that does not split a UTF-8 sequence, so that most inserts still decode.</summary>
    private static int CharBoundary(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        while (at < bytes.Length && (bytes[at] & 0xC0) == 0x80)
        {
            at++;
        }

        return at;
    }

    private static int LineStart(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        while (at > 0 && bytes[at - 1] != (byte)'\n')
        {
            at--;
        }

        return at;
    }

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines)
    {
        var joined = new List<byte>();
        foreach (var line in lines)
        {
            joined.AddRange(line);
            joined.Add((byte)'\n');
        }

        return [.. joined];
    }

    /// <summary>Lines as CommonMark counts them: LF, CRLF and a lone CR each end one.</summary>
    private static int LineCount(ReadOnlySpan<char> text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    private static int LineCount(byte[] bytes) => LineCount(Encoding.Latin1.GetString(bytes));

    private static byte[] Load(string document) => document.StartsWith("corpus/", StringComparison.Ordinal)
        ? File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, document["corpus/".Length..]))
        : TestFiles.ReadBytes(document["TestData/".Length..]);

    /// <summary>A seed from the document's name that is the same in every process, unlike string.GetHashCode.</summary>
    private static int StableSeed(string document) => document.Aggregate(17, (hash, ch) => unchecked((hash * 31) + ch));
}
